"""That-clauses the parser hangs from the wrong word. A reporting noun's clause hung from the verb
that governs the noun ("make the case to lawmakers that ...", "fueling worries from Madrid to Warsaw
that ..."), and a subordinate reporting verb hung as an adverbial of the clause it reports ("While
he acknowledged money was one reason, ..."): the clause is still what the noun or verb reports."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The White House tried to make the case to wavering senators that the treaty would protect jobs.",
     "that the treaty would protect jobs", "The White House"),
    ("The attacks spread fear across the region, fueling worries from Madrid to Warsaw that open borders "
     "were a danger.", "that open borders were a danger", "Madrid"),
    ("The leak sparked speculation in Washington that the director would resign.",
     "that the director would resign", None),
    ("The lawyers made their case before the court on Monday that the law violates the constitution.",
     "that the law violates the constitution", "The lawyers"),
])
def test_a_nouns_clause_hung_from_its_verb(find_quotes, text, content, speaker):
    quotes = find_quotes(text)
    hits = [q for q in quotes if q.text == content]
    assert hits, [(q.cue, q.text) for q in quotes]
    assert (hits[0].speaker.text if hits[0].speaker else None) == speaker


def test_a_reporting_verbs_own_clause_is_not_taken_for_a_nouns(find_quotes):
    quotes = find_quotes("The minister told the reporters that the talks had failed.")
    assert [(q.cue, q.text, q.speaker.text) for q in quotes] == \
        [("told", "that the talks had failed", "The minister")]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("While he acknowledged money was one reason for the delay, the mayor blamed the contractors.",
     "acknowledged", "money was one reason for the delay", "he"),
    ("As he admitted mistakes had been made, the chief executive promised a full review.",
     "admitted", "mistakes had been made", "he"),
    ("Though he conceded the deal was flawed, the senator voted for it.",
     "conceded", "the deal was flawed", "he"),
])
def test_a_subordinate_reporting_verb_reports_its_clause(find_quotes, text, cue, content, speaker):
    quotes = find_quotes(text)
    hits = [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.cue == cue]
    assert hits == [(content, speaker)], [(q.cue, q.text) for q in quotes]


def test_a_subordinate_clause_of_another_verb_reports_nothing(find_quotes):
    assert find_quotes("While he spoke, the crowd cheered.") == []
