"""Session 11, second round (quotes2): the source's own asides, headline attributions, a message named after a dash."""

import pytest


def _summary(quotes):
    return [(q.cue, q.text, q.speaker.text if q.speaker else None, q.via) for q in quotes]


@pytest.mark.parametrize("text, cue, content, speaker, via", [
    # a citing participle after the source of "according to" is where the source had it from: no content
    ("According to Reuters, citing two sources, the cabinet will raise fuel duties next month.", "According to",
     "the cabinet will raise fuel duties next month", "Reuters", "Reuters"),
    ("According to the Wall Street Journal, quoting people close to the talks, the two firms are near a merger.",
     "According to", "the two firms are near a merger", "the Wall Street Journal", "Wall Street Journal"),
    ("The cabinet will raise fuel duties next month, according to Reuters, citing two sources familiar with the plan.",
     "according to", "The cabinet will raise fuel duties next month", "Reuters", "Reuters"),
])
def test_a_citing_aside_after_the_source_is_part_of_the_attribution(find_quotes, text, cue, content, speaker, via):
    assert _summary(find_quotes(text)) == [(cue, content, speaker, via)]


def test_a_participle_that_is_no_citing_verb_stays_content(find_quotes):
    quotes = find_quotes("According to the ministry, rising prices have pushed millions into poverty.")
    assert _summary(quotes) == [("According to", "rising prices have pushed millions into poverty", "the ministry", None)]


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a headline or standfirst with no full stop is its own sentence, whatever follows it
    ("Iran to free two detained sailors, officials say\n\nThe two men were held for a month.",
     "say", "Iran to free two detained sailors", "officials"),
    ("Ministry says no talks with strikers this week\n\nThe strike entered its third day on Monday.",
     "says", "no talks with strikers this week", "Ministry"),
    ("Border crossing will reopen next week - governor\n\nTrucks were queuing on Sunday.",
     "―", "Border crossing will reopen next week", "governor"),
    ("Truce holds in the north - UN\nShops reopened in the main town.",
     "―", "Truce holds in the north", "UN"),
])
def test_a_headline_line_without_a_stop_gives_its_quote(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.start < text.index("\n")]
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, content, speaker)]


@pytest.mark.parametrize("text", [
    "Truce holds in the north - The Guardian\nShops reopened in the main town.",   # the site's name
    "Live updates - Day 3\nThe summit opened on Tuesday.",
    "Prices rise again - 2 March 2024\nInflation rose for a third month.",
])
def test_a_dash_before_no_speaker_in_a_headline_gives_no_quote(find_quotes, text):
    assert [q.text for q in find_quotes(text) if q.start < text.index("\n")] == []


def test_a_bare_object_of_said_in_a_stopped_sentence_is_no_headline(find_quotes):
    assert find_quotes("The minister says nothing about the budget in his speech.") == []


@pytest.mark.parametrize("text, cue, speaker", [
    # a quotation named afterwards by a reporting noun: the noun's "of"/"from" phrase says it
    ('"We will not give up a single village." That was the message from the defence minister on Friday.',
     "message", "the defence minister"),
    ('"The plan is finished," was the verdict of one senior negotiator.', "verdict", "one senior negotiator"),
    ('"Prices will keep rising" — this is the warning of the central bank.', "warning", "the central bank"),
])
def test_a_quotation_named_by_a_message_noun_afterwards_takes_its_holder(find_quotes, text, cue, speaker):
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, speaker)]


def test_a_quotation_before_a_noun_that_reports_nothing_has_no_speaker(find_quotes):
    assert [q for q in find_quotes('"Casablanca" was the favourite film of the late president.') if q.speaker] == []


def test_a_sentence_named_by_the_next_as_a_verdict_is_its_holders(find_quotes):
    text = "Sanctions alone will never end the war. That was the blunt verdict of the European envoy on Monday."
    assert _summary(find_quotes(text)) == [("verdict", "Sanctions alone will never end the war", "the European envoy", None)]


@pytest.mark.parametrize("text, cues", [
    ("The army entered the city at dawn. That was the start of the long offensive.", []),   # no reporting noun
    ("The talks collapsed, the mediator said. That was the view of the other side too.", ["said"]),   # claimed
])
def test_a_sentence_before_that_was_stays_as_it_was(find_quotes, text, cues):
    assert [q.cue for q in find_quotes(text)] == cues
