"""Session 11 (quotes): reported clauses the parser hangs oddly, and their speakers."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a participle aside between the reporting verb and its that-clause names the source, not the words
    ("The broadcaster said, citing unnamed officials, that the ceasefire talks had broken down.",
     "said", "that the ceasefire talks had broken down", "The broadcaster"),
    ("The business daily reported, citing three bankers, that the lender would close 40 branches.",
     "reported", "that the lender would close 40 branches", "The business daily"),
    ("The health ministry said on Sunday, quoting a senior official, that the crossing would reopen.",
     "said", "that the crossing would reopen", "The health ministry"),
])
def test_a_participle_aside_before_the_that_clause_is_not_content(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)], \
        [(q.cue, q.text) for q in find_quotes(text)]


def test_the_aside_is_cited_by_the_reporter(find_quotes):
    quotes = [q for q in find_quotes("The broadcaster said, citing unnamed officials, that the talks had broken down.")
              if q.cue == "citing"]
    assert all(q.speaker is not None and q.speaker.text == "The broadcaster" for q in quotes)
