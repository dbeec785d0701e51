"""An adverb of hearsay ("allegedly", "reportedly") attributes the clause it modifies to no one named;
a reporting verb it modifies keeps its own quote."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The guard was detained after he allegedly fired two shots at a passing patrol.", "allegedly",
     "he allegedly fired two shots at a passing patrol"),
    ("Iran reportedly seized a tanker in the Gulf on Sunday.", "reportedly",
     "Iran reportedly seized a tanker in the Gulf on Sunday"),
    ("The two men, who allegedly ran the smuggling ring, were arrested in Athens.", "allegedly",
     "who allegedly ran the smuggling ring"),
    ("The militia purportedly controls three of the border crossings.", "purportedly",
     "The militia purportedly controls three of the border crossings"),
])
def test_hearsay_adverb_reports_its_clause(find_quotes, text, cue, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.speaker, q.text) for q in quotes] == [(None, content)]


def test_a_reporting_verb_keeps_its_own_quote(find_quotes):
    quotes = find_quotes("The general reportedly told his troops to hold the bridge.")
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [("told", "The general")]
