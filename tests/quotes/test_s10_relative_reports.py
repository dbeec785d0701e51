"""A report inside a non-restrictive relative clause whose pronoun is the subject of what was said
("the plant, which regulators said last year posed no risk", "the launch, which state media claimed now
allows ..."): the content runs from the pronoun, even when the parser takes the pronoun for the
reporting verb's object or hangs the reported verb outside the relative clause."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The plant, which regulators said last year posed no risk, was closed on Monday.",
     "which regulators said last year posed no risk", "regulators"),
    ("The deal, which the ministry said was signed on Monday, covers gas and oil.",
     "which the ministry said was signed on Monday", "the ministry"),
    ("The council met to discuss the launch, which state media claimed now allows the army to strike distant targets.",
     "which state media claimed now allows the army to strike distant targets", "state media"),
    ("The board approved the merger, which analysts predicted will cut 2,000 jobs.",
     "which analysts predicted will cut 2,000 jobs", "analysts"),
])
def test_the_relative_report_runs_from_the_pronoun(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    "He toured the dam, which the company built in 1990.",
    "She praised the bridge, which engineers finished early.",
])
def test_a_relative_clause_that_reports_nothing_gives_no_quote(find_quotes, text):
    assert not any(q.text.startswith("which") for q in find_quotes(text)), [(q.cue, q.text) for q in find_quotes(text)]
