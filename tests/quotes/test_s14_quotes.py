"""Session 14 (quotes): a report whose subject the parser joined to the object before it ("shelled the
villages and officials denied it") is the next report, by that subject; the main verb the parser hung under a
participle aside ("X, asked whether ..., declined to comment") is no part of what was asked and keeps X as its
speaker; an infinitive content stops before a finite verb coordinated with the reporting verb ("promised to
withdraw, and then launched ..."); of two subjects the parser gave one verb, one closed by a colon is the
previous clause's; "what X called Y" is found when the parser reads Y as a second object, and ends before a
gloss after a comma."""

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.quotes.lexicon import QuoteLexicon
from eventwire.quotes.subjects import subject_of


def _by_cue(quotes):
    return {q.cue: (q.speaker.text if q.speaker else None, q.text) for q in quotes}


@pytest.mark.parametrize("text, first, second", [
    ("Rebels said the army shelled the villages and officials denied the claim.",
     ("said", "Rebels", "the army shelled the villages"), ("denied", "officials", "the claim")),
    ("Auditors said they were sure the agency lost the files and ministers blamed the staff.",
     ("said", "Auditors", "they were sure the agency lost the files"), ("blamed", "ministers", "the staff")),
])
def test_report_whose_subject_was_read_as_an_object(find_quotes, text, first, second):
    got = _by_cue(find_quotes(text))
    for cue, speaker, content in (first, second):
        assert got.get(cue) == (speaker, content), got


def test_content_stops_before_the_misread_subject_of_the_next_report(find_quotes):
    got = _by_cue(find_quotes("The minister said the plan would cut costs and unions warned of strikes."))
    assert got["said"] == ("The minister", "the plan would cut costs"), got


@pytest.mark.parametrize("text, asked, main", [
    ("The spokesman, asked whether the army would withdraw, declined to comment.",
     "whether the army would withdraw", ("declined", "The spokesman", "to comment")),
    ("The defence minister, asked if troops would be sent, refused to say.",
     "if troops would be sent", ("refused", "The defence minister", "to say")),
])
def test_main_verb_hung_under_a_participle_aside(find_quotes, text, asked, main):
    quotes = find_quotes(text)
    question = next(q for q in quotes if q.cue.lower().startswith("asked"))
    assert question.text == asked and question.speaker is None, _by_cue(quotes)
    cue, speaker, content = main
    assert _by_cue(quotes).get(cue) == (speaker, content), _by_cue(quotes)


@pytest.mark.parametrize("text, cue, content", [
    ("The opposition leader agreed to meet the president, but was arrested before the talks.",
     "agreed", "to meet the president"),
    ("The general promised to withdraw his troops, and then launched a new offensive.",
     "promised", "to withdraw his troops"),
    ("The mayor offered to resign, but stayed in office for another year.", "offered", "to resign"),
    # still one content: a second infinitive, and a bare modal standing for the same infinitive
    ("The envoy vowed to return to the talks and to seek a truce.", "vowed",
     "to return to the talks and to seek a truce"),
    ("He wants to visit the region but can't.", "wants", "to visit the region but can't"),
])
def test_infinitive_content_stops_before_the_speakers_next_act(find_quotes, text, cue, content):
    got = _by_cue(find_quotes(text))
    assert got.get(cue, (None, None))[1] == content, got


def test_subject_closed_by_a_colon_belongs_to_the_clause_before():
    # the parse the model gives some sentences of this shape: both nouns hung as subjects of "said"
    words = ["The", "hearing", "set", "off", "fireworks", ":", "Senators", "said", "they", "were", "sure", "."]
    heads = [1, 7, 1, 2, 2, 7, 7, 7, 9, 7, 9, 7]
    deps = ["det", "nsubj", "acl", "prt", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["DT", "NN", "VBN", "RP", "NNS", ":", "NNPS", "VBD", "PRP", "VBD", "JJ", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=[w.lower() for w in words[:7]] + ["say", "they", "be", "sure", "."])
    assert subject_of(doc[7], QuoteLexicon.load()).text == "Senators"


@pytest.mark.parametrize("text, speaker, content", [
    # the parser took the name for a second object: no predicate was read, no quote was found
    ("The fighting followed what officials called a provocation by the rebels.",
     "officials", "what officials called a provocation by the rebels"),
    # a second name after a comma is the writer's gloss, and "what" opens the content
    ('The mayor was censured for what he called a "debate," a series of speeches attacking the judges.',
     "he", 'what he called a "debate,"'),
])
def test_what_someone_called_it(find_quotes, text, speaker, content):
    got = _by_cue(find_quotes(text))
    assert got.get("called") == (speaker, content), got
