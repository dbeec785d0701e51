"""Session 13 sub-code decisions (owner "codes").

1. The general-denial veto (discards.yaml#general_denial) tells a claim of land or of a right ("dismissed
   Y's claims to the islands", "territorial claims") from an accusation: the first is a rejection (12) of the
   claimant, the second stays no event. The rule's ``spare`` field says which prepositions or modifiers of
   the object keep it from counting.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dictionaries.verb_lexicon import load_discard_file
from eventwire.errors import DictionaryError

from .coded_rows import Row, event_rows

PUB = "2024-03-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- 1. claims of land are rejected, not denied
@pytest.mark.parametrize("text, source, target", [
    ("Malaysia dismissed Manila's claims to the state of Sabah on Wednesday.", "MYS", "PHL"),
    ("The Belize foreign ministry dismissed Guatemala's claim over the southern cays as unfounded.", "BLZ", "GTM"),
    ("Eritrea dismissed Djibouti's territorial claims on the border hills.", "ERI", "DJI"),
])
def test_a_claim_to_territory_dismissed_is_a_rejection(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert any(r[0].startswith("12") and (r[1] or "")[:3] == source and (r[2] or "")[:3] == target
               for r in rows), rows


@pytest.mark.parametrize("text", [
    "Belize's government dismissed the claims from Guatemala on Monday.",
    "Eritrea dismissed Djibouti's claims that its troops had crossed the border.",
    "The Malaysian police dismissed the activists' claims of abuse in custody.",
])
def test_an_accusation_dismissed_stays_no_event(pipeline, text):
    rows = coded(pipeline, text)
    assert not [r for r in rows if r[0][:2] in ("01", "12")], rows


def _write_rule(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "discards.yaml"
    path.write_text("discards:\n  - id: some_denial\n    lemmas: [dismiss]\n    context: [claim, report]\n"
                    f"{extra}    example: \"Chile dismissed the report.\"\n", encoding="utf-8")
    return path


def test_spare_is_read_as_a_context_word_and_its_spared_words(tmp_path):
    rules = load_discard_file(_write_rule(tmp_path, "    context_in: object\n    spare: {claim: [to, over]}\n"))
    assert rules[0].spare == (("claim", frozenset({"to", "over"})),)


@pytest.mark.parametrize("extra", [
    "    spare: {claim: [to]}\n",                              # needs context_in: object
    "    context_in: object\n    spare: {charge: [to]}\n",     # not a context word
    "    context_in: object\n    spare: {claim: []}\n",        # nothing spared
])
def test_a_bad_spare_is_a_load_error(tmp_path, extra):
    with pytest.raises(DictionaryError):
        load_discard_file(_write_rule(tmp_path, extra))
