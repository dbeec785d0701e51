"""Walking the parse from a reporting verb to its speaker: links through xcomp, acomp, conj,
participles and 'for saying' compare tokens by index (a spaCy Token is made anew on each access)."""

import pytest


def by_cue(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, cue, speaker", [
    ("The senator was quick to deny that he had met the lobbyist.", "deny", "The senator"),
    ("The governor defended the plan, saying it would create thousands of jobs.", "saying", "The governor"),
    ("The envoy said that the rebels had agreed to a truce, adding that talks would resume on Monday.",
     "adding", "The envoy"),
    ("The president thanked the troops and promised that they would be home by Christmas.",
     "promised", "The president"),
    ("The ministry wanted to stress that no civilians had been hurt.", "stress", "The ministry"),
    ("The mayor apologized for saying that the police had overreacted.", "saying", "The mayor"),
])
def test_the_speaker_is_found_up_the_parse(find_quotes, text, cue, speaker):
    assert by_cue(find_quotes(text), cue).speaker.text == speaker


@pytest.mark.parametrize("text", ["Let us say that the plan fails.", "Let's say that the deal falls through."])
def test_let_us_say_is_a_supposition(find_quotes, text):
    assert not [q for q in find_quotes(text) if q.cue == "say"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Democratic Sen. Claire McCaskill (D-Mo.) said the products did not work.", "said",
     "Democratic Sen. Claire McCaskill (D-Mo.)"),
    ("House Speaker Paul D. Ryan (R-Wis.) told reporters the vote would go ahead.", "told",
     "House Speaker Paul D. Ryan (R-Wis.)"),
    ('Raising the tariff "is the wrong tool," said Mr. Hale (a view shared by each trade lawyer I called).',
     "said", "Mr. Hale"),
])
def test_a_speaker_never_leaves_a_bracket_open(find_quotes, text, cue, speaker):
    assert by_cue(find_quotes(text), cue).speaker.text == speaker
