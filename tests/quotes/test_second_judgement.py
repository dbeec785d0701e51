"""A thing that "drew praise from A and criticism from B" got two judgements of two speakers: two
quotes of the same words (the judged thing), one per speaker, with distinct record ids."""

import pytest


@pytest.mark.parametrize("text, judged, speakers", [
    ("The proposal drew praise from Democrats and criticism from Republicans.", "The proposal",
     ["Democrats", "Republicans"]),
    ("The ruling drew sharp criticism from civil rights groups and praise from the governor.", "The ruling",
     ["civil rights groups", "the governor"]),
    ("The deal has won praise from Washington but condemnation from Tehran.", "The deal",
     ["Washington", "Tehran"]),
    ("The speech earned praise from delegates and scorn from the opposition.", "The speech",
     ["delegates", "the opposition"]),
])
def test_two_judgements_give_two_speakers(find_quotes, text, judged, speakers):
    quotes = find_quotes(text)
    assert sorted((q.text, q.speaker.text if q.speaker else None) for q in quotes) == \
        sorted((judged, s) for s in speakers)
    assert len({q.id for q in quotes}) == len(quotes)


@pytest.mark.parametrize("text, judged, speaker", [
    ("The verdict drew criticism and condemnation from human rights groups.", "The verdict", "human rights groups"),
    ("The court's decision drew praise from rights groups.", "The court's decision", "rights groups"),
])
def test_one_speaker_gives_one_quote(find_quotes, text, judged, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(judged, speaker)]


def test_a_second_judgement_without_a_speaker_adds_nothing(find_quotes):
    quotes = find_quotes("The film drew praise from critics and some criticism.")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [("The film", "critics")]
