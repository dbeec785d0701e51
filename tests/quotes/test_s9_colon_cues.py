"""A reporting noun in a short clause closed by a colon introduces what follows (``quotes/colon_cues.py``):
the noun's possessor or "of"/"from" object speaks, else the subject of the verb that takes the noun."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("His reply to the critics was short: he would not resign.", "reply", "His", "he would not resign"),
    ("Her verdict on the talks was harsh: they had achieved nothing.", "verdict", "Her",
     "they had achieved nothing"),
    ("The verdict of Human Rights Watch was clear: the trial was unfair.", "verdict", "Human Rights Watch",
     "the trial was unfair"),
    ("The verdict of the inspectors was clear: the plant was unsafe.", "verdict", None, "the plant was unsafe"),
    ("She gave a simple answer: the money had run out.", "answer", "She", "the money had run out"),
    ("Police gave a grim assessment: dozens were still missing.", "assessment", "Police",
     "dozens were still missing"),
    ("The coalition issued a stark warning on Monday: the dam could fail within days.", "warning",
     "The coalition", "the dam could fail within days"),
])
def test_indirect_content_after_the_colon(find_quotes, text, cue, speaker, content):
    quotes = [(q.speaker.text if q.speaker else None, q.text, q.kind) for q in find_quotes(text) if q.cue == cue]
    assert quotes == [(speaker, content, "indirect")]


@pytest.mark.parametrize("text, speaker, words", [
    ("The general had a simple answer for reporters: \"We are winning.\"", "The general", "We are winning."),
    ("The statement ended with a pledge: \"We will rebuild every school.\"", "The statement",
     "We will rebuild every school."),
    ("The rebels sent a short message to the capital: \"Surrender the airport by dawn.\"", "The rebels",
     "Surrender the airport by dawn."),
])
def test_quotation_after_the_colon(find_quotes, text, speaker, words):
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [(q.speaker.text, q.text.strip('"')) for q in quotes] == [(speaker, words)]


@pytest.mark.parametrize("text, noun", [
    ("The reason was simple: the plant had failed two inspections.", "reason"),   # no reporting noun
    ("Comment: the vote will be close.", "Comment"),                              # a label with no holder
    ("The warning that reached the ministry was vague: the dam might break.", "warning"),   # a verb between
])
def test_no_colon_cue(find_quotes, text, noun):
    assert not any(q.cue == noun for q in find_quotes(text))


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The minister had one answer for the strikers — the mines would stay open.", "answer", "The minister",
     "the mines would stay open"),
    ("The warning from the army was clear -- civilians had to leave by noon.", "warning", None,
     "civilians had to leave by noon"),
])
def test_a_spaced_dash_stands_for_the_colon(find_quotes, text, cue, speaker, content):
    quotes = [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text) if q.cue == cue]
    assert quotes == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "His reply — a short one — came after the vote.",
    "Apples were listed -- to sway the views of one senator -- and so were pears from the coast.",
])
def test_a_dash_of_an_aside_is_no_colon(find_quotes, text):
    assert not any(q.cue in ("reply", "views") for q in find_quotes(text))
