"""A poll or estimate in an "in"/"by" phrase of a clause reports the clause, like "according to":
"In the latest poll, Clinton leads ...", "Trump did well in online polls", "..., by one estimate"."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("In the latest Gallup survey, 55 percent of Americans approve of the president's handling of the economy.",
     "In", "55 percent of Americans approve of the president's handling of the economy", "the latest Gallup survey"),
    ("In the previous Reuters poll, taken in late May, Macron led Le Pen by 20 points among decided voters.",
     "In", "Macron led Le Pen by 20 points among decided voters", "the previous Reuters poll"),
    ("The senator fared poorly in snap polls taken after the televised debate.", "in", "The senator fared poorly",
     "snap polls taken after the televised debate"),
    ("More than 10,000 people have died in the fighting, by one estimate.", "by",
     "More than 10,000 people have died in the fighting", "one estimate"),
    ("By some estimates, the war has cost the economy $50 billion.", "By", "the war has cost the economy $50 billion",
     "some estimates"),
])
def test_a_poll_reports_its_clause(find_quotes, text, cue, content, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, content, speaker)]


@pytest.mark.parametrize("text", [
    "Clinton's lead in the polls has narrowed sharply.",             # the phrase modifies a noun
    "A change in the survey's methods drew little notice.",
])
def test_no_source_quote(find_quotes, text):
    assert not [q for q in find_quotes(text) if q.cue in ("in", "In", "by", "By")]


def test_a_reporting_verb_keeps_its_own_content(find_quotes):
    quotes = find_quotes("Most voters said in the survey that the economy was their main concern.")
    assert [(q.cue, q.text) for q in quotes] == [("said", "that the economy was their main concern")]
