"""Reporting nouns: the that-clause after "be" when the noun is its subject ("Her view is that
..."), nouns of belief and expectation ("speculation that ...", "a recognition that ..."), and
particles that turn a reporting verb into another verb ("back down", "call off")."""

import pytest


def found(quotes):
    return [(q.cue, q.speaker.text if q.speaker else None, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("The president's view is that sanctions have failed.", ("view", "The president's", "that sanctions have failed")),
    ("His argument was that the tax would hurt farmers.", ("argument", "His", "that the tax would hurt farmers")),
    ("Her position has always been that the war must end.", ("position", "Her", "that the war must end")),
    ("Moscow's bet is that the West will tire of the war.", ("bet", "Moscow's", "that the West will tire of the war")),
])
def test_a_noun_whose_clause_follows_be(find_quotes, text, expected):
    assert expected in found(find_quotes(text))


@pytest.mark.parametrize("text, expected", [
    ("There is widespread speculation that the minister will resign.",
     ("speculation", None, "that the minister will resign")),
    ("The summit ended with a recognition that the borders were poorly defended.",
     ("recognition", None, "that the borders were poorly defended")),
    ("Investors' fear that the bank would fail drove the shares down.",
     ("fear", "Investors", "that the bank would fail")),
])
def test_nouns_of_belief_and_expectation(find_quotes, text, expected):
    assert expected in found(find_quotes(text))


def test_the_problem_is_that_is_no_report(find_quotes):
    assert not find_quotes("The problem is that nobody trusts the government.")


@pytest.mark.parametrize("text, absent", [
    ("The governor's message was clear: the state will not back down.", "back"),
    ("The unions called off the strike.", "called"),
    ("The army backed away from its threat.", "backed"),
])
def test_a_particle_can_make_another_verb(find_quotes, text, absent):
    assert not [q for q in find_quotes(text) if q.cue == absent]


@pytest.mark.parametrize("text, cue, content", [
    ("The minister played down the risk of a wider war.", "played down", "the risk of a wider war"),
    ("The Kremlin shrugged off the new sanctions.", "shrugged off", "the new sanctions"),
    ("The coach brushed aside questions about his future.", "brushed aside", "questions about his future"),
])
def test_phrasal_verbs_of_dismissal(find_quotes, text, cue, content):
    assert [q.text for q in find_quotes(text) if q.cue == cue] == [content]


@pytest.mark.parametrize("text, expected", [
    ("Officials voiced concern that the deal would collapse.", ("concern", "Officials", "that the deal would collapse")),
    ("The administration will make the case that the bill is a bad idea.",
     ("case", "The administration", "that the bill is a bad idea")),
    ("Investors have raised fears that the bank could fail.", ("fears", "Investors", "that the bank could fail")),
    ("Diplomats had a feeling that the talks would fail.", ("feeling", "Diplomats", "that the talks would fail")),
])
def test_a_light_verbs_subject_holds_its_reporting_noun(find_quotes, text, expected):
    assert expected in found(find_quotes(text))


def test_a_reporting_verb_with_a_reporting_noun_gives_one_quote(find_quotes):
    quotes = find_quotes("The agency issued a warning that the storm would hit the coast.")
    assert found(quotes) == [("issued", "The agency", "a warning that the storm would hit the coast")]


def test_a_rejected_claim_is_not_the_rejecters(find_quotes):
    quotes = find_quotes("The ministry rejected claims that its troops had crossed the border.")
    assert ("claims", "The ministry", "that its troops had crossed the border") not in found(quotes)
