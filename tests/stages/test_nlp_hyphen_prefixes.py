"""Words written with a closed list of prefixes and a hyphen stay one token ("re-established",
"co-operate", "counter-attacked"), are parsed as the word they are and get the closed spelling's
lemma; other hyphenated words ("Asia-Pacific", "al-Qaeda", "well-known", "2-1") are split as before."""

from __future__ import annotations

import pytest

from eventwire.document import CodedDocument
from eventwire.records import Article
from eventwire.stages.nlp import NlpStage


@pytest.fixture(scope="module")
def stage(pipeline):
    return NlpStage(pipeline.resources.nlp)


def _parse(stage, text):
    (cdoc,) = stage.pipe([CodedDocument(article=Article(id="t", text=text))])
    return cdoc.doc


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word, lemma", [
    ("Egypt and Qatar re-established diplomatic relations on Tuesday.", "re-established", "reestablish"),
    ("Syrian troops re-took the town after heavy fighting.", "re-took", "retake"),
    ("Britain has re-opened its embassy in Tehran.", "re-opened", "reopen"),
    ("The European Union re-imposed sanctions on Belarus.", "re-imposed", "reimpose"),
    ("Iran says it will re-open talks with the agency.", "re-open", "reopen"),
    ("Kurdish fighters are re-taking villages near the border.", "re-taking", "retake"),
    ("Government troops counter-attacked near Aleppo.", "counter-attacked", "counterattack"),
    ("France and Germany co-sponsored the resolution.", "co-sponsored", "cosponsor"),
    ("The navy pre-empted an attack on the port.", "pre-empted", "preempt"),
])
def test_prefixed_verb_is_one_token_heading_its_clause(stage, text, word, lemma):
    doc = _parse(stage, text)
    token = _token(doc, word)
    assert token.pos_ == "VERB"
    assert token.lemma_ == lemma
    assert token.dep_ in ("ROOT", "xcomp", "ccomp", "conj")
    assert not any(t.text == "-" for t in doc)
    assert any(c.dep_ == "nsubj" for c in token.children) or token.dep_ != "ROOT"


def test_passive_prefixed_verb_has_its_passive_subject(stage):
    doc = _parse(stage, "Putin was re-elected president in March.")
    token = _token(doc, "re-elected")
    assert (token.dep_, token.lemma_) == ("ROOT", "reelect")
    assert [c.text for c in token.children if c.dep_ == "nsubjpass"] == ["Putin"]


def test_infinitive_after_agree_is_the_verb_of_the_cooperation(stage):
    doc = _parse(stage, "Both sides agreed to co-operate on border security.")
    token = _token(doc, "co-operate")
    assert (token.pos_, token.lemma_, token.dep_, token.head.lemma_) == ("VERB", "cooperate", "xcomp", "agree")


@pytest.mark.parametrize("text, word, lemma", [
    ("The two countries signed a non-aggression pact.", "non-aggression", "nonaggression"),
    ("Officials praised the co-operation between the two navies.", "co-operation", "cooperation"),
    ("The rebels launched a counter-attack at dawn.", "counter-attack", "counterattack"),
    ("Rebuilding began in post-war Iraq.", "post-war", "postwar"),
])
def test_prefixed_nouns_and_adjectives_get_the_closed_spelling(stage, text, word, lemma):
    assert _token(_parse(stage, text), word).lemma_ == lemma


def test_capitalised_prefixed_verb_at_sentence_start(stage):
    token = _token(_parse(stage, "Re-elected in March, the president reshuffled the cabinet."), "Re-elected")
    assert token.lemma_ == "reelect"


@pytest.mark.parametrize("text, pieces", [
    ("Leaders met at the Asia-Pacific summit.", ["Asia", "-", "Pacific"]),
    ("The attack was claimed by al-Qaeda.", ["al", "-", "Qaeda"]),
    ("Jean-Claude Juncker spoke to reporters.", ["Jean", "-", "Claude"]),
    ("It is a well-known problem.", ["well", "-", "known"]),
    ("Chelsea won 2-1 on Sunday.", ["2", "-", "1"]),
    ("Anti-government protesters marched in the capital.", ["Anti", "-", "government"]),
    ("He met the ex-president on Monday.", ["ex", "-", "president"]),
    ("Talks on pre-Brexit trade rules resumed.", ["pre", "-", "Brexit"]),
    ("The inter-Korean talks resumed.", ["inter", "-", "Korean"]),
    ("They cited the score-keeping rules.", ["score", "-", "keeping"]),       # 're' ends a word: no prefix
])
def test_other_hyphenated_words_stay_split(stage, text, pieces):
    words = [t.text for t in _parse(stage, text)]
    start = words.index(pieces[0])
    assert words[start:start + 3] == pieces


def test_us_led_keeps_its_stock_token(stage):
    assert "U.S.-led" in [t.text for t in _parse(stage, "A U.S.-led coalition struck the town.")]


def test_offsets_index_the_article_text(stage):
    text = "BEIRUT (Reuters) - Syria re-opened its border.\n\nJordan and Iraq co-operated on security, he said."
    doc = _parse(stage, text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text
    assert [t.text for t in doc if "-" in t.text and len(t.text) > 1] == ["re-opened", "co-operated"]


def test_stock_model_tokenizer_is_left_untouched(pipeline, stage):
    nlp = pipeline.resources.nlp
    assert stage.tokenizer is not nlp.tokenizer
    assert [t.text for t in nlp.make_doc("They re-opened it.")] == ["They", "re", "-", "opened", "it", "."]
