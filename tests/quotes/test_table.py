"""The token table reads the same attributes the Token objects give, without making them."""

from __future__ import annotations

from spacy.symbols import NOUN, VERB

from eventwire.quotes.table import text_and_starts, token_table, with_clause_after

TEXT = ("“We will not back down,” Defence Minister Ana Ruiz told reporters in Madrid on Monday.\n\n"
        "The ministry said that  talks with Rabat would resume, according to officials.  ")


def test_table_matches_token_attributes(quote_stage_runner):
    doc = quote_stage_runner(TEXT).doc
    lowers, tags, deps, pos, lemmas = token_table(doc)
    assert lowers == [t.lower_ for t in doc]
    assert tags == [t.tag_ for t in doc]
    assert deps == [t.dep_ for t in doc]
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert [p == NOUN for p in pos] == [t.pos_ == "NOUN" for t in doc]
    assert [p == VERB for p in pos] == [t.pos_ == "VERB" for t in doc]


def test_text_and_offsets_match_the_doc(quote_stage_runner):
    doc = quote_stage_runner(TEXT).doc
    text, starts = text_and_starts(doc)
    assert text == doc.text
    assert starts == [t.idx for t in doc]


def test_clause_heads_are_the_governors_of_a_later_ccomp(quote_stage_runner):
    doc = quote_stage_runner(TEXT).doc
    expected = {t.head.i for t in doc if t.dep_ == "ccomp" and t.head.i < t.i}
    assert with_clause_after(doc, [t.dep_ for t in doc]) == expected
    said = next(t.i for t in doc if t.lower_ == "said")
    assert said in expected


def test_empty_document(quote_stage_runner):
    doc = quote_stage_runner("").doc
    if doc is not None:
        assert token_table(doc) == ([], [], [], [], [])
        assert text_and_starts(doc) == (doc.text, [])
