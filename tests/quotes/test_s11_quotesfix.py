"""Session 11 fix-up (quotesfix): review items 51, 12, 13, 14, 16, 19b of the quotes owner."""

import pytest


def _turns_of(quotes, name):
    return [q.text for q in quotes if q.cue == ":" and q.speaker is not None and q.speaker.text == name]


# -- review 51: the last transcript turn stops at another voice ------------------------------------------

@pytest.mark.parametrize("after, other_cue, other_speaker", [
    # a later paragraph quoting another person is that person's, even with "I" inside the marks
    ('The opposition leader, Ana Ruiz, told reporters later: "I do not believe a word of it."',
     "told", "The opposition leader, Ana Ruiz"),
    ('Asked about the plan, a union official said: "You cannot trust these figures."',
     "said", "a union official"),
    # the writer's paragraph: another speaker's attribution, and the writer's own "we"
    ("Unions said they would continue their strike, and we understand talks will resume on Monday.",
     "said", "Unions"),
    ("Our correspondent says the mood in the capital is tense, and we expect more protests.",
     "says", "Our correspondent"),
])
def test_the_last_turn_stops_at_another_voice(find_quotes, after, other_cue, other_speaker):
    text = ("HOST: Minister, what about the budget?\n\nMINISTER: We will balance it.\n\n" + after)
    quotes = find_quotes(text)
    assert _turns_of(quotes, "MINISTER") == ["We will balance it"], [(q.cue, q.text) for q in quotes]
    assert [q.speaker.text for q in quotes if q.cue == other_cue and q.speaker is not None] == [other_speaker]


def test_first_person_words_only_inside_quotes_do_not_continue_the_turn(find_quotes):
    text = ('PRESENTER: Will the ceasefire hold?\n\nGENERAL: That depends on the other side.\n\n'
            'Banners reading "We want peace" hung from the balconies of the old town.')
    assert _turns_of(find_quotes(text), "GENERAL") == ["That depends on the other side"]


def test_the_last_turn_still_runs_on_over_its_own_reported_words(find_quotes):
    text = ("HOST: Minister, what about the budget?\n\nMINISTER: We will balance it.\n\n"
            "And I told my colleagues that we must not give up.")
    assert _turns_of(find_quotes(text), "MINISTER") == [
        "We will balance it.\n\nAnd I told my colleagues that we must not give up"]


def test_a_marked_transcript_keeps_its_own_quotation_marks(find_quotes):
    text = ('The transcript reads:\n\n"ANCHOR: Are you running?\n\n"SENATOR: I have not decided.\n\n'
            '"But you will hear from me soon."')
    assert _turns_of(find_quotes(text), "SENATOR") == ["I have not decided.\n\n\"But you will hear from me soon"]


# -- review 12: a citing aside keeps its own words, the that-clause is the reporting verb's --------------

@pytest.mark.parametrize("text, verb, clause, cited", [
    ("The president said, citing security concerns, that the border would close.",
     "said", "that the border would close", "security concerns"),
    ("The governor said, citing budget pressures, that schools would close early.",
     "said", "that schools would close early", "budget pressures"),
    # the parser hangs this one's clause from the reporting verb already: unchanged
    ("The airline announced, citing rising fuel costs, that it would cut routes to Asia.",
     "announced", "that it would cut routes to Asia", "rising fuel costs"),
])
def test_a_citing_aside_does_not_swallow_the_that_clause(find_quotes, text, verb, clause, cited):
    quotes = find_quotes(text)
    assert sorted((q.cue, q.text) for q in quotes) == sorted([(verb, clause), ("citing", cited)])


# -- review 19b: a closing speaker the parser read as the verb's object, before the verb's adjuncts -------

@pytest.mark.parametrize("text, words, speaker", [
    ('"We will keep fighting," vowed the rebels in a statement.', '"We will keep fighting,"', "the rebels"),
    ('"There will be consequences," warned the minister on Monday.', '"There will be consequences,"', "the minister"),
    ('"Nobody will be left behind," added the spokesman for the city council.', '"Nobody will be left behind,"',
     "the spokesman for the city council"),
])
def test_a_closing_speaker_read_as_object_before_an_adjunct(find_quotes, text, words, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(words, speaker)]


# -- review 13: whether an "in" phrase has a clause is its own question ------------------------------------

def test_the_verb_of_a_reporting_nouns_in_phrase(quote_stage_runner):
    from eventwire.quotes.colon_cues import _phrase_verb

    doc = quote_stage_runner("The ministry was blunt in its reply: the deal was dead.").doc
    assert _phrase_verb(next(t for t in doc if t.lower_ == "reply")).lower_ == "was"
    doc = quote_stage_runner("The minister's answer in a letter to the council: the city would run out of money.").doc
    assert _phrase_verb(next(t for t in doc if t.lower_ == "letter")) is None


# -- review 14: picking the quotes to drop changes no speaker; the hand-over is a step of its own ----------

def test_choosing_drops_leaves_speakers_alone(find_quotes, monkeypatch):
    from eventwire.quotes import finder, nesting

    seen = []
    real = finder.outermost

    def spy(doc, cue_at, found, refusals=frozenset()):
        before = [q.speaker for q in found]
        nesting._one_of_controlled(doc, cue_at, found, refusals)
        seen.append([q.speaker for q in found] == before)
        return real(doc, cue_at, found, refusals)

    monkeypatch.setattr(finder, "outermost", spy)
    quotes = find_quotes("The envoy repeated her warning: the truce would not survive the winter.")
    assert seen == [True]
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [("warning", "The envoy")]
