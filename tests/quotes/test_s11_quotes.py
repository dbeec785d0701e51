"""Session 11 (quotes): reported clauses the parser hangs oddly, and their speakers."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a participle aside between the reporting verb and its that-clause names the source, not the words
    ("The broadcaster said, citing unnamed officials, that the ceasefire talks had broken down.",
     "said", "that the ceasefire talks had broken down", "The broadcaster"),
    ("The business daily reported, citing three bankers, that the lender would close 40 branches.",
     "reported", "that the lender would close 40 branches", "The business daily"),
    ("The health ministry said on Sunday, quoting a senior official, that the crossing would reopen.",
     "said", "that the crossing would reopen", "The health ministry"),
])
def test_a_participle_aside_before_the_that_clause_is_not_content(find_quotes, text, cue, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)], \
        [(q.cue, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize("text, cited, reporter", [
    # the aside hung inside the reported clause by the parser is still the reporter's
    ("The channel said, citing security sources, that the militants had fled.", "security sources", "The channel"),
    ("The network said, citing unnamed sources, that the deal had collapsed.", "unnamed sources", "The network"),
])
def test_the_aside_is_cited_by_the_reporter(find_quotes, text, cited, reporter):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.cue == "citing"] == [(cited, reporter)]


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a reporting verb whose object is a reporting noun with a clause of its own: one attribution, the clause
    ("He repeated the claim that the vote count had been rigged.", "claim", "that the vote count had been rigged", "He"),
    ("The governor issued a stark warning: the state would run out of cash by spring.",
     "warning", "the state would run out of cash by spring", "The governor"),
    ("She reiterated her warning: the bank would default within weeks.",
     "warning", "the bank would default within weeks", "She"),
])
def test_a_reporting_noun_as_object_gives_one_quote(find_quotes, text, cue, content, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, content, speaker)]


def test_an_object_noun_with_an_infinitive_stays_the_verbs_object(find_quotes):
    quotes = find_quotes("The mayor laid out her proposals to expand the bus network.")
    assert [(q.cue, q.text) for q in quotes] == [("laid out", "her proposals to expand the bus network")]


@pytest.mark.parametrize("text, cue, content, speaker", [
    # a reporting noun in an "in" phrase of a clause that a colon closes introduces what follows the colon
    ("The ministry was blunt in its reply: the pipeline deal was dead and would not be revived.",
     "reply", "the pipeline deal was dead and would not be revived", "The ministry"),
    ("Merkel was clear in her message to the summit: the bloc had to stand together.",
     "message", "the bloc had to stand together", "Merkel"),
    ("The warning came in a letter to the council: the city would run out of money by March.",
     "letter", "the city would run out of money by March", None),
])
def test_a_colon_after_a_reporting_noun_in_a_phrase(find_quotes, text, cue, content, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, content, speaker)]


def test_a_phrase_before_a_colon_that_names_no_report_gives_nothing(find_quotes):
    assert find_quotes("The talks ended in a deadlock: neither side would give ground.") == []


@pytest.mark.parametrize("text, reports", [
    # the refusal is no quote; the report beside it keeps its speaker
    ("A spokesman for the ministry, who declined to be named, confirmed the arrests.", []),
    ("A senior diplomat who refused to be identified said the envoy would resign.",
     [("said", "the envoy would resign", "A senior diplomat who refused to be identified")]),
    ("Two officials, who did not want to be named because the talks were private, said a deal was close.",
     [("said", "a deal was close", "Two officials")]),
])
def test_refusing_to_be_named_is_no_quote(find_quotes, text, reports):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == reports


@pytest.mark.parametrize("text, content, speaker", [
    # a dateline with a date, or a title-case place with a date and an agency, is no speaker and no content
    ("Kyiv, 3 May (UNIAN) - The head of the presidential office said on 3 May that the talks were frozen.",
     "that the talks were frozen", "The head of the presidential office"),
    ("Tehran, 12 May (IRNA) - Iran will respond to any violation of its airspace, the army spokesman said.",
     "Iran will respond to any violation of its airspace", "the army spokesman"),
    ("BEIJING, Nov. 27 (Xinhua) -- The ministry said the drills would continue.", "the drills would continue", "The ministry"),
])
def test_datelines_with_a_date(find_quotes, text, content, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize("text, content", [
    # a phrasal reporting verb whose particle follows its addressee: the particle's object is what was said
    ("The envoy warned both sides against any escalation.", "any escalation"),
    ("Beijing warned Washington against arming the island.", "arming the island"),
    ("The union lobbied Congress against the pension bill.", "the pension bill"),
    ("The central bank warned lenders on Tuesday of rising defaults.", "rising defaults"),
    ("The general warned the rebels again of a harsh response.", "a harsh response"),
])
def test_the_addressee_before_a_far_particle_is_not_content(find_quotes, text, content):
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == [content], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, speaker", [
    # of two subjects the parser gives one reporting verb, the one set off by commas before the other is an aside
    ("In a post on X, formerly Twitter, the minister wrote that the border would stay open.", "the minister"),
    ("Facing a divided bloc, weakened by Brexit, the bloc's leaders said they would press ahead.", "the bloc's leaders"),
])
def test_the_subject_next_to_the_verb_speaks(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes), \
        [(q.cue, q.speaker.text if q.speaker else None) for q in quotes]


@pytest.mark.parametrize("text, speaker", [
    # after a quotation, a verb the parser reads with an object: that closing noun phrase is the speaker
    ('"There will be consequences," warned the minister.', "the minister"),
    ('"There will be consequences," warned the bloc\'s foreign policy chief, Anna Weber.',
     "the bloc's foreign policy chief, Anna Weber"),
    ('"The talks are over," added the spokesman for the ministry.', "the spokesman for the ministry"),
])
def test_an_inverted_speaker_read_as_object(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_the_last_turn_runs_on_while_it_still_speaks(find_quotes):
    text = ("HOST: Minister, what about the budget?\n\nMINISTER: We will balance it.\n\n"
            "HOST: Thank you, Minister.\n\nMINISTER: Thank you.\n\nIt was good to be here, and we will be back.")
    turns = [q for q in find_quotes(text) if q.cue == ":" and q.speaker is not None and q.speaker.text == "MINISTER"]
    assert [q.text for q in turns][-1] == "Thank you.\n\nIt was good to be here, and we will be back"


def test_the_last_turn_stops_before_the_writers_words(find_quotes):
    text = ("HOST: Minister, what about the budget?\n\nMINISTER: We will balance it.\n\n"
            "The minister later flew to Brussels for talks.")
    turns = [q for q in find_quotes(text) if q.cue == ":" and q.speaker is not None and q.speaker.text == "MINISTER"]
    assert [q.text for q in turns] == ["We will balance it"]
