"""One word can be what was urged, vowed or demanded ("urged calm", "vow consequences"), and "warn
of" reports what is warned of; a quantity ("proposed little") or a noun whose phrase goes on ("offers
loans to parents") is no such word."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The UN envoy urged calm in the divided city.", "urged", "calm"),
    ("Union leaders demanded answers.", "demanded", "answers"),
    # "rule out" is a stance verb since session 16: not ruling out retaliation is a position on it, as "did not
    # suggest retaliation" is
    ("The general did not rule out retaliation.", "rule out", "retaliation"),
    ("Both governments vowed revenge.", "vowed", "revenge"),
    ("The minister did not suggest retaliation.", "suggest", "retaliation"),
])
def test_a_one_word_object(find_quotes, text, cue, content):
    quotes = [(q.cue, q.text) for q in find_quotes(text)]
    if cue is None:
        assert all(len(t.split()) > 1 for _, t in quotes)
    else:
        assert quotes == [(cue, content)]


@pytest.mark.parametrize("text", [
    "The senator has proposed little.",
    "The agency offers loans to parents.",
])
def test_no_quantity_or_cut_phrase(find_quotes, text):
    assert all(len(q.text.split()) > 1 for q in find_quotes(text))


@pytest.mark.parametrize("text, content, speaker", [
    ("The central bank warned of a sharp slowdown in Asia.", "a sharp slowdown in Asia", "The central bank"),
    ("Aid agencies have warned of a looming famine.", "a looming famine", "Aid agencies"),
    ("Merkel warns of new refugee wave.", "new refugee wave", "Merkel"),
])
def test_warn_of(find_quotes, text, content, speaker):
    assert [(q.text, q.speaker.text) for q in find_quotes(text)] == [(content, speaker)]
