"""Transcript turns over several paragraphs, stage directions, and Q/A interviews."""

import pytest


def turns(quotes):
    return [(q.speaker.text, q.text) for q in quotes if q.cue == ":"]


def test_a_turn_runs_over_its_paragraphs_until_the_next_label(find_quotes):
    text = ('Partial transcript as follows:\n\n"WALLACE: Will she be there?\n\n'
            '"PENCE: Well, look, she thinks this is a game show. It is serious business.\n\n'
            '"But the truth is that the governor has a unique way of communicating.\n\n'
            '"WALLACE: If I may, sir.\n\n"PENCE: She will not be attending.')
    got = turns(find_quotes(text))
    assert [s for s, _ in got] == ["WALLACE", "PENCE", "WALLACE", "PENCE"]
    assert got[1][1].startswith("Well, look") and got[1][1].endswith("a unique way of communicating")
    assert got[3][1] == "She will not be attending"


def test_a_quotation_inside_a_turn_is_part_of_the_turn(find_quotes):
    text = ("The exchange went on.\nCOOPER: What did you mean?\n"
            "TRUMP: I think the senator said the deal was a disaster, and he was right about that.\n"
            "COOPER: Thank you.")
    got = turns(find_quotes(text))
    assert ("TRUMP", "I think the senator said the deal was a disaster, and he was right about that") in got
    assert not [q for q in find_quotes(text) if q.cue in ("said", "think")]


def test_unmarked_turns_and_a_stage_direction(find_quotes):
    text = ("Transcript:\nHOLT: Your time is up.\nCLINTON: We need a plan for jobs.\nAnd we need it now.\n"
            "(APPLAUSE)\nHOLT: Thank you.\nThe debate lasted an hour.")
    got = turns(find_quotes(text))
    assert ("CLINTON", "We need a plan for jobs.\nAnd we need it now") in got
    assert ("HOLT", "Thank you") in got
    assert not any("debate lasted" in words for _, words in got)


def test_interview_questions_are_the_interviewers_and_answers_the_interviewees(find_quotes):
    text = ("The newspaper interviewed Angela Merkel in Berlin on Monday.\n\nQ: Will you run again?\n\n"
            "A: I have not decided yet. We will see in the spring.\n\nQ: What about the refugees?\n\n"
            "A: We will manage it.")
    got = turns(find_quotes(text))
    assert got == [("The newspaper", "Will you run again?"),
                   ("Angela Merkel", "I have not decided yet. We will see in the spring"),
                   ("The newspaper", "What about the refugees?"), ("Angela Merkel", "We will manage it")]
    text = "Reporters met the chancellor.\n\nQ: Will you run again?\n\nA: We will see."
    assert turns(find_quotes(text))[0] == ("Q", "Will you run again?")


@pytest.mark.parametrize("intro, interviewer, interviewee", [
    ("The newspaper interviewed Angela Merkel in Berlin on Monday.", "The newspaper", "Angela Merkel"),
    ("In an interview with The Washington Post, Clinton spoke about her career.", "The Washington Post", "Clinton"),
    ("Merkel spoke to Der Spiegel in an interview.", "Der Spiegel", "Merkel"),
])
def test_the_interview_sentence_names_both_sides(find_quotes, intro, interviewer, interviewee):
    got = turns(find_quotes(intro + "\n\nQ: Will you run again?\n\nA: We will see in the spring."))
    assert got == [(interviewer, "Will you run again?"), (interviewee, "We will see in the spring")]


def test_a_single_a_line_is_no_interview(find_quotes):
    text = "Officials met on Monday.\nA: The first item on the agenda was trade.\nThe talks ended."
    assert turns(find_quotes(text)) == []
