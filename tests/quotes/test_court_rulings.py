"""A court's ruling is its stance on what it rules against, overturns, overrules or upholds, like a
ruling "that ..."; judging someone fit or unfit is a belief with its predicate."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("A federal appeals court ruled against Ohio's procedure for removing voters.", "ruled against",
     "A federal appeals court", "Ohio's procedure for removing voters"),
    ("The Supreme Court overturned the lower court's decision on Monday.", "overturned", "The Supreme Court",
     "the lower court's decision"),
    ("A three-judge panel overruled a district judge's finding that the process was lawful.", "overruled",
     "A three-judge panel", "a district judge's finding that the process was lawful"),
    ("The constitutional court in Bogota upheld the national bullfighting ban.", "upheld",
     "The constitutional court in Bogota", "the national bullfighting ban"),
    ("The judges ruled that the law was unconstitutional.", "ruled", "The judges", "that the law was unconstitutional"),
    ("More voters now judge him ready for the job.", "judge", "More voters", "him ready for the job"),
])
def test_rulings_and_judgements(find_quotes, text, cue, speaker, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.speaker.text, q.text) for q in quotes] == [(speaker, content)]


def test_a_ruling_still_to_come_names_no_content(find_quotes):
    assert find_quotes("Judge Smith will rule on the motion next week.") == []
