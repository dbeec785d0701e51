"""Who does what a demand asks: "X called on Y to do Z" is X's demand, and Y's act inside it is
part of it (not a quote of Y's own); the demand keeps X as its speaker even when the act is itself
a reporting verb ("to apologize for saying ...")."""

import pytest


def _by_cue(quotes):
    return {q.cue: (q.text, q.speaker.text if q.speaker else None) for q in quotes}


@pytest.mark.parametrize("text, cue, speaker, inner", [
    ("The mayor calls on Brandt to apologize for suggesting the minister takes bribes.", "calls on", "The mayor",
     "suggesting"),
    ("The union called on the minister to retract his claim that nurses were overpaid.",
     "called on", "The union", "retract"),
    ("Rights groups have called on Ankara to stop denouncing journalists as traitors.",
     "called on", "Rights groups", "denouncing"),
    ("The opposition leader calls on the premier to explain why he praised the deal.",
     "calls on", "The opposition leader", "praised"),
])
def test_the_demand_is_the_quote_of_whoever_makes_it(find_quotes, text, cue, speaker, inner):
    found = _by_cue(find_quotes(text))
    assert cue in found, found
    assert found[cue][1] == speaker
    assert inner not in found                  # the addressee's act is part of the demand


@pytest.mark.parametrize("text, cue, speaker", [
    ("Kowalski called on the senator to stop attacking the nurses and say sorry.", "called on", "Kowalski"),
    ("Teachers called on the mayor to resign over the funding cuts.", "called on", "Teachers"),
])
def test_one_quote_for_a_demand(find_quotes, text, cue, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text) for q in quotes] == [(cue, speaker)]


@pytest.mark.parametrize("text, cue, speaker", [
    ("The senator went on CNN to say that the bill was dead.", "say", "The senator"),
    ("Merkel used the summit to warn that Europe must stand together.", "warn", "Merkel"),
])
def test_an_on_phrase_that_is_no_addressee_leaves_the_subject(find_quotes, text, cue, speaker):
    assert _by_cue(find_quotes(text))[cue][1] == speaker
