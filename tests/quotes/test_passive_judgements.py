"""A passive verb of judging reports the judged one with the judgement: "He has been criticized
for X" (no speaker), "The governor has been called a liar by fellow Republicans" (the "by" object)."""

import pytest


def quote_of(quotes, cue_word):
    found = [q for q in quotes if q.cue and cue_word in q.cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("She has been sharply criticized for reforms that the unions see as attacks on workers.", "criticized",
     "She has been sharply criticized for reforms that the unions see as attacks on workers", None),
    ("The mayor was widely praised for his handling of the floods.", "praised",
     "The mayor was widely praised for his handling of the floods", None),
    ("European governments have often been criticised for being slow to act during crises.", "criticised",
     "European governments have often been criticised for being slow to act during crises", None),
    ("The governor has been called a liar by fellow Republicans.", "called",
     "The governor has been called a liar", "fellow Republicans"),
    ("The raid was condemned by the United Nations as a violation of international law.", "condemned",
     "The raid was condemned by the United Nations as a violation of international law", "the United Nations"),
    ("The protesters were branded terrorists by state television.", "branded",
     "The protesters were branded terrorists", "state television"),
    # the parser may hang the "by" phrase on the predicate noun
    ("The minister has been labelled a failure by his own party.", "labelled",
     "The minister has been labelled a failure", "his own party"),
])
def test_a_passive_judgement_is_a_quote(find_quotes, text, cue, content, speaker):
    q = quote_of(find_quotes(text), cue)
    assert q.text == content
    assert (q.speaker.text if q.speaker else None) == speaker


@pytest.mark.parametrize("text", [
    "The former aide was called to testify before the committee on Tuesday.",
    "The match was called off because of the storm.",
    "The bill was blocked in the Senate on Thursday.",
    "Two soldiers were attacked near the border overnight.",
])
def test_other_passives_are_no_quotes(find_quotes, text):
    assert find_quotes(text) == []


@pytest.mark.parametrize("text, cue, speaker", [
    ("She has been investigated by prosecutors for falsely promoting miracle diet drinks.", "promoting", "She"),
    ("The firm was fined by regulators for promoting unproven cures.", "promoting", "The firm"),
])
def test_the_one_acted_on_does_the_gerund(find_quotes, text, cue, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes and quotes[0].speaker.text == speaker, [(q.cue, q.text, q.speaker) for q in quotes]


def test_a_quote_given_up_for_its_inner_one_swallows_nothing(find_quotes):
    quotes = find_quotes("The senator wanted to stress that the war was not lost.")
    assert [(q.cue, q.text) for q in quotes] == [("stress", "that the war was not lost")]
