"""Stance and intent attributions as PolNeAR marks them: objects of presentation verbs, 'talk
about X', passives with a 'by' agent, addressees of directives, and no quote inside another."""

import pytest


def _one(quotes, cue_word):
    found = [q for q in quotes if q.cue and cue_word in q.cue]
    assert len(found) == 1, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("Halvorsen went on to discuss newly published surveys of the contest.", "discuss",
     "newly published surveys of the contest", "Halvorsen"),
    ("Donald Trump is touting his polling strength.", "touting", "his polling strength", "Donald Trump"),
    ("The senator complained about his microphone.", "complained", "his microphone", "The senator"),
    ("Trump is promising lower taxes and more jobs.", "promising", "lower taxes and more jobs", "Trump"),
])
def test_object_of_a_presentation_or_pledge_verb(find_quotes, text, cue, content, speaker):
    q = _one(find_quotes(text), cue)
    assert q.text == content and q.kind == "indirect" and q.speaker.text == speaker


def test_passive_with_agent_reports_the_subject(find_quotes):
    q = _one(find_quotes("Donald Trump was endorsed by the Dallas Morning News."), "endorsed")
    assert q.text == "Donald Trump" and q.speaker.text == "the Dallas Morning News"


def test_directive_keeps_its_addressee(find_quotes):
    q = _one(find_quotes("Trump urged his supporters to monitor polling places on Election Day."), "urged")
    assert q.text == "his supporters to monitor polling places on Election Day"


def test_reported_speech_inside_a_quote_is_not_a_quote_of_its_own(find_quotes):
    quotes = find_quotes("Stein said she plans to march with her backers at the rally.")
    assert [(q.cue, q.text) for q in quotes] == [("said", "she plans to march with her backers at the rally")]


def test_a_continued_turn_is_its_own_quote(find_quotes):
    quotes = find_quotes('"This is in their heads," said Caddell, speaking of Clinton\'s health.')
    assert {q.cue for q in quotes} == {"said", "speaking of"}


def test_speaker_inside_reported_speech_is_no_antecedent(find_quotes):
    quotes = find_quotes("Peskov said that the two presidents had not talked about trade. "
                         "He added that the call was good.")
    added = _one(quotes, "added")
    assert added.speaker.text == "He"


def test_a_paragraph_ending_in_a_colon_introduces_the_next(find_quotes):
    text = ("The governor added:\n\nThat is just like Hillary Clinton. She has no idea how it works.\n\n"
            "The debate is on Monday.")
    quotes = find_quotes(text)
    block = _one(quotes, "added")
    assert block.text == "That is just like Hillary Clinton. She has no idea how it works."
    assert block.speaker.text == "The governor" and block.kind == "indirect"


def test_a_paragraph_may_open_with_a_reversed_curly_mark(find_quotes):
    text = "Voters were asked.\n\n”Fear. I am truly afraid that he will win the race.” ― Edwin G. Monroy\n"
    [q] = find_quotes(text)
    assert q.text.startswith("”Fear.") and q.speaker.text == "Edwin G. Monroy" and q.kind == "direct"


def test_a_complement_runs_on_to_the_end_of_its_sentence(find_quotes):
    q = _one(find_quotes("The bank announced it would scrap the bonus scheme, starting in March."),
             "announced")
    assert q.text == "it would scrap the bonus scheme, starting in March"


def test_an_expectation_without_holder_keeps_its_subject(find_quotes):
    q = _one(find_quotes("Roughly one in six buyers next year is expected to be a first-time owner."), "expected")
    assert q.text == "Roughly one in six buyers next year is expected to be a first-time owner"
    assert q.speaker is None


def test_evidence_reports_its_object(find_quotes):
    q = _one(find_quotes("Surveys show a tight race in the county."), "show")
    assert q.text == "a tight race in the county" and q.speaker.text == "Surveys"
    assert not find_quotes("The senator showed a photo to reporters.")


def test_stance_noun_reports_its_topic(find_quotes):
    q = _one(find_quotes("The mayor has faced questions about his hiring practices for months."), "questions")
    assert q.text == "his hiring practices" and q.speaker is None
    q = _one(find_quotes("Clinton's attacks on Machado drew attention."), "attacks")
    assert q.text == "Machado" and q.speaker.text == "Clinton's"   # PolNeAR sources keep the 's
