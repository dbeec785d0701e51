"""Session 9 reporting words (data/quotes/reporting_verbs.yaml): verbs of saying ("grumbled that",
"reasoned that", "underlined that", "protested that"), of telling ("reassured X that", "briefed X that")
and pledging ("guaranteed that"), and reporting nouns with a that-clause ("the court's ruling that",
"his reply that")."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The farmers grumbled that the new quotas favoured the big importers.", "grumbled", "The farmers",
     "that the new quotas favoured the big importers"),
    ("The governor reasoned that a smaller army would cost less.", "reasoned", "The governor",
     "that a smaller army would cost less"),
    ("The ministry underlined that the ceasefire remained in force.", "underlined", "The ministry",
     "that the ceasefire remained in force"),
    ("Opposition lawmakers protested that the vote had been rigged.", "protested", "Opposition lawmakers",
     "that the vote had been rigged"),
    ("The envoy reassured the villagers that the troops would leave by March.", "reassured", "The envoy",
     "that the troops would leave by March"),
    ("Officials briefed reporters that the talks had stalled.", "briefed", "Officials", "that the talks had stalled"),
    ("The bank guaranteed that deposits would be safe.", "guaranteed", "The bank", "that deposits would be safe"),
    ("The court's ruling that the law was unconstitutional surprised the government.", "ruling", "The court's",
     "that the law was unconstitutional"),
    ("The governor chided lawmakers for missing the budget deadline.", "chided", "The governor",
     "lawmakers for missing the budget deadline"),
])
def test_new_reporting_words(find_quotes, text, cue, speaker, content):
    quotes = [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text) if q.cue == cue]
    assert quotes == [(speaker, content)]


def test_a_street_protest_is_no_quote(find_quotes):
    assert find_quotes("Students protested outside the ministry on Monday.") == []
