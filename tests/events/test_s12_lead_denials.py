"""A denied "that" clause is a denial of the denier's own act (016) when its subject is a force or agent the denier
answers for (``own_side_nouns`` in data/cameo/arguments.yaml), and no event when it is anything else."""

from __future__ import annotations

from eventwire.events.argument_words import argument_words

from .form_checks import form_tests

PUB = "2024-03-04"

_FORMS = [
    ("The Kremlin denied that the army had shelled the village.", "016", "deny_doing", "RUSGOV", None),
]

_NOT = [
    ("The Kremlin denied that the talks had collapsed.", "01"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


def test_the_own_side_nouns_are_data():
    words = argument_words().own_side_nouns
    assert {"army", "police", "drone"} <= words and "talks" not in words
