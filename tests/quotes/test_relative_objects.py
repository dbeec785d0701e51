"""A reporting verb in a relative clause whose object is the relative pronoun ("the merger,
which the network pointed to as proof of its independence"): the relative clause from the pronoun is the
content, the clause's subject the speaker."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("Lopez condemned the merger in a long speech, which the network pointed to as proof of its independence.",
     "pointed to", "which the network pointed to as proof of its independence", "the network"),
    ("Twenty people were hurt by an explosion that the mayor described as an intentional act.", "described",
     "that the mayor described as an intentional act", "the mayor"),
    ("Cross-selling was central to the bank's strategy, which the bank detailed in its filings.", "detailed",
     "which the bank detailed in its filings", "the bank"),
])
def test_the_relative_clause_is_the_content(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].text == content and quotes[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    "The committee approved the budget that the governor signed on Friday.",
    "It was not what the minister wanted.",
])
def test_other_relative_clauses_report_nothing(find_quotes, text):
    assert not [q for q in find_quotes(text) if q.text.startswith(("that", "which", "what"))]
