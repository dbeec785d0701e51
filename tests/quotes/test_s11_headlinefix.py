"""Session 11 fix-up (headlinefix, review item 54 and quotes2's reported risk of 66de93d): a headline or
standfirst is a paragraph of its own, not a line of hard-wrapped text; a sentence named afterwards as
someone's message is a claim, not a past act the writer tells."""

import pytest

from eventwire.quotes.headline_forms import is_hard_wrapped, unstopped_lines


def _summary(quotes):
    return [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes]


_WRAPPED_REVIEW = ("The foreign minister of Japan said on Monday that the government\n"
                   "would send a special envoy to Seoul next week to discuss the\n"
                   "dispute over wartime labour, a move officials said could ease\n"
                   "tensions between the two neighbours.")
_WRAPPED_OWN = ("The army said on Sunday that rebels had attacked a convoy near the\n"
                "border town overnight, and a local official says dozens of civilians\n"
                "were missing after the fighting, which the government blamed on\n"
                "foreign fighters crossing from the south.")


@pytest.mark.parametrize("text", [_WRAPPED_REVIEW, _WRAPPED_OWN])
def test_lines_of_hard_wrapped_text_are_no_headlines(text):
    assert is_hard_wrapped(text)
    assert list(unstopped_lines(text)) == []


@pytest.mark.parametrize("text, junk_cue", [(_WRAPPED_REVIEW, "discuss"), (_WRAPPED_OWN, "says")])
def test_hard_wrapped_text_is_not_cut_into_headline_quotes(find_quotes, text, junk_cue):
    # the line parsed alone gave "discuss" -> "the", "says" -> "dozens of civilians" (speaker "border town ...")
    assert [q for q in find_quotes(text) if q.cue == junk_cue] == []


def test_a_wrapped_line_before_a_capital_is_no_headline_in_wrapped_text():
    text = ("Officials in the capital said the delegation would fly to\n"
            "Seoul next week for talks on the fishing dispute - the\n"
            "talks were first planned for March.")
    assert list(unstopped_lines(text)) == []


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a blank line on both sides, or the start of the text: a headline still gives its quote
    ("Kremlin says no plans for talks with Kyiv\n\nMoscow has no intention of meeting Ukrainian officials, "
     "a spokesman said on Monday.", "says", "no plans for talks with Kyiv", "Kremlin"),
    ("Ports strike will spread to railways - union chief\n\nThe strike at the country's ports entered its "
     "second week on Friday.", "―", "Ports strike will spread to railways", "union chief"),
])
def test_a_headline_paragraph_still_gives_its_quote(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.start < text.index("\n")]
    assert _summary(quotes) == [(cue, content, speaker)]


def test_a_standfirst_between_blank_lines_of_a_wrapped_text_gives_its_quote(find_quotes):
    text = ("Fuel prices to rise again in May, minister says\n\n"
            "Drivers will pay more for petrol from next month, the energy minister told\n"
            "parliament on Tuesday, after the government ended a subsidy that cost\n"
            "the treasury billions a year.")
    assert is_hard_wrapped(text)
    assert list(unstopped_lines(text)) == [(0, text.index("\n"))]
    quotes = [q for q in find_quotes(text) if q.start < text.index("\n")]
    assert _summary(quotes) == [("says", "Fuel prices to rise again in May", "minister")]


def test_a_line_whose_next_words_go_on_in_lower_case_is_no_headline():
    text = "Ministers from both countries say the border crossing\n\nwill reopen next week."
    assert list(unstopped_lines(text)) == []


@pytest.mark.parametrize("text", [
    # the writer tells a past act: no one's words
    "The minister resigned on Friday. That was the message from the party.",
    "The army withdrew its last troops from the border town overnight. That was the message from the defence ministry.",
    "The embassy was closed after the attack. That was the message from the foreign ministry.",
])
def test_a_narrated_past_act_named_afterwards_is_no_quote(find_quotes, text):
    first = text[:text.index(".")]
    assert [q for q in find_quotes(text) if q.text == first] == []


@pytest.mark.parametrize("text, noun, speaker", [
    # a claim: present or future tense, a modal, an evaluation, a past told by "we"
    ("Sanctions alone will never end the war. That was the blunt verdict of the European envoy.",
     "verdict", "the European envoy"),
    ("Sanctions are not working against the regime. That was the blunt verdict of the European envoy.",
     "verdict", "the European envoy"),
    ("The government has failed the families of the victims. That was the verdict of the opposition leader.",
     "verdict", "the opposition leader"),
    ("The country should hold new elections within a year. That was the message from the union leaders.",
     "message", "the union leaders"),
    ("The vote was unfair and the count was rigged. That was the verdict of the observers.",
     "verdict", "the observers"),
    ("We did nothing wrong in the negotiations. That was the message from the finance minister.",
     "message", "the finance minister"),
])
def test_a_claim_named_afterwards_is_its_holders_quote(find_quotes, text, noun, speaker):
    first = text[:text.index(".")]
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in find_quotes(text) if q.text == first] \
        == [(noun, speaker)]
