""" "X left no doubt that ...": "leave" is a light verb, its subject holds the reporting noun."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The general left no doubt that the offensive would continue.",
     "that the offensive would continue", "The general"),
    ("The minister's remarks leave little doubt that the government will raise taxes.",
     "that the government will raise taxes", "The minister's remarks"),
    ("Merkel has left no doubt that Germany will stand by its allies.",
     "that Germany will stand by its allies", "Merkel"),
    ("The report, which left no doubt that the drug was unsafe, was published in March.",
     "that the drug was unsafe", "which"),
])
def test_the_subject_of_leave_holds_the_doubt(find_quotes, text, content, speaker):
    found = [(q.text, q.speaker.text if q.speaker else None) for q in find_quotes(text)]
    assert (content, speaker) in found


def test_leaving_a_place_reports_nothing(find_quotes):
    assert find_quotes("He left the room before the vote, and the talks left the capital quiet.") == []
