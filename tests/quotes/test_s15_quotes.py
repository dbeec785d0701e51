"""Session 15 (quotes): shapes of world-press reports. "called on X to do Y" when the parser hangs the
infinitive as an adverbial; a verb coordinated inside the claim in a form the reporting verb's own next act
cannot take (a bare participle, the other tense) stays in the claim; a wire dateline closed by a colon
("KARACHI (APP): ") is neither speaker nor content; "in what X insisted was not Y" reports the whole
"what" clause; "called on" someone named with nothing asked of them is a visit; a participle after a
subordinate aside (", years after talks opened,") goes with the main clause's subject; of two phrases of a phrasal
verb's preposition ("appealed for food aid for the victims") the first is what was asked."""

import pytest


def _by_cue(quotes):
    return {q.cue: (q.speaker.text if q.speaker else None, q.text) for q in quotes}


@pytest.mark.parametrize("text, speaker, content", [
    ("The two ministers denounced the raids and called on Ankara to ensure that no land it controls serves as a "
     "base for militants.", "The two ministers",
     "Ankara to ensure that no land it controls serves as a base for militants"),
    ("The nurses called on Governor Ramos to reopen the clinic.", "The nurses", "Governor Ramos to reopen the clinic"),
])
def test_call_on_with_an_infinitive_hung_as_an_adverbial(find_quotes, text, speaker, content):
    assert _by_cue(find_quotes(text)).get("called on") == (speaker, content)


@pytest.mark.parametrize("text, cue, speaker, content", [
    # present report, past conjunct: the man's refusal is part of what the police claim
    ("Police say the man pulled a knife and refused to drop it.", "say", "Police",
     "the man pulled a knife and refused to drop it"),
    # a bare participle shares the claim's auxiliary
    ("The spokesman said the decree had been drafted and approved by the council.", "said", "The spokesman",
     "the decree had been drafted and approved by the council"),
])
def test_conjunct_in_another_form_stays_in_the_claim(find_quotes, text, cue, speaker, content):
    got = _by_cue(find_quotes(text))
    assert got.get(cue) == (speaker, content), got
    assert len(got) == 1, got


def test_a_second_verb_of_saying_still_opens_its_own_report(find_quotes):
    got = _by_cue(find_quotes("The coach says the striker missed training and said he was unwell."))
    assert got.get("says") == ("The coach", "the striker missed training"), got


@pytest.mark.parametrize("text, speaker, content", [
    ("LAHORE (APP): The provincial cabinet on Monday approved a grant for families hit by the storm.",
     "The provincial cabinet", "a grant for families hit by the storm"),
    ("KARACHI, March 3 (APP): Rangers arrested four suspects in a raid on a warehouse, a spokesman said on "
     "Sunday.", "a spokesman", "Rangers arrested four suspects in a raid on a warehouse"),
])
def test_dateline_closed_by_a_colon(find_quotes, text, speaker, content):
    got = [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text)]
    assert got == [(speaker, content)]


def test_what_clause_the_parser_hung_beside_the_verb(find_quotes):
    text = "Soldiers detained the president at dawn in what the army insisted was not a takeover."
    assert _by_cue(find_quotes(text)).get("insisted") == ("the army", "what the army insisted was not a takeover")


@pytest.mark.parametrize("text", [
    "The visiting premier also called on King Harald at the palace.",
    "During his stay the envoy called on President Ramos.",
])
def test_calling_on_someone_named_is_a_visit(find_quotes, text):
    assert "called on" not in _by_cue(find_quotes(text))


def test_calling_on_someone_for_something_is_still_an_appeal(find_quotes):
    got = _by_cue(find_quotes("The union called on Parliament for an inquiry into the crash.")).get("called on")
    assert got is not None and got[1].startswith("Parliament"), got


def test_participle_after_a_subordinate_aside(find_quotes):
    text = ("Chile and Korea wrapped up negotiations on a trade pact on Friday, three years after talks opened, "
            "agreeing to drop duties on copper.")
    assert _by_cue(find_quotes(text)).get("agreeing") == ("Chile and Korea", "to drop duties on copper")


@pytest.mark.parametrize("text, cue, content", [
    ("Relief agencies appealed for food aid for thousands of flood victims.", "appealed for",
     "food aid for thousands of flood victims"),
    ("The bishops called for a truce in the valley.", "called for", "a truce in the valley"),
])
def test_first_phrase_of_the_particle_is_what_was_asked(find_quotes, text, cue, content):
    assert _by_cue(find_quotes(text)).get(cue, (None, None))[1] == content
