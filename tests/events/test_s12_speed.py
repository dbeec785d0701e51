"""The parse memo the events stage lets a doc hold while it is coded (events/parse_memo.py): the parse
facts syntax reads are the same with and without it, each is read once, and the doc keeps nothing after."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.events import parse_memo, syntax


def _two_sentences() -> Doc:
    # "Rebels were attacked by troops . The mayor held talks with farmers ."
    words = ["Rebels", "were", "attacked", "by", "troops", ".", "The", "mayor", "held", "talks", "with", "farmers", "."]
    heads = [2, 2, 2, 2, 3, 2, 7, 8, 8, 8, 8, 10, 8]
    deps = ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "prep", "pobj",
            "punct"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]
    starts = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts,
               lemmas=[w.lower() for w in words])


def _facts(doc: Doc) -> list:
    return [[(t.i, [c.i for c in syntax.children(t, "nsubj", "dobj", "prep", "agent")], syntax.is_passive(t),
              syntax.sent_start(t), [p.i for p in syntax.preps_of(t, noun=False)],
              getattr(syntax.light_verb(t), "i", None), [c.i for c in syntax.conjuncts(t)])] for t in doc]


def test_memo_answers_as_the_parse_does_and_is_taken_off():
    doc = _two_sentences()
    fresh = _facts(doc)
    with parse_memo.held_by(doc) as memo:
        assert parse_memo.memo_of(doc) is memo
        held = _facts(doc)
        again = _facts(doc)
        assert memo.children and memo.facts
    assert fresh == held == again
    assert fresh[2][0][2] is True and fresh[8][0][2] is False       # "were attacked" passive, "held" not
    assert [f[0][3] for f in fresh] == [0] * 6 + [6] * 7               # sentence starts
    assert fresh[9][0][5] == 8                                         # "held talks": light verb
    assert parse_memo.KEY not in doc.user_data


def test_memo_reads_each_token_once():
    doc = _two_sentences()
    with parse_memo.held_by(doc):
        first = syntax.labelled_children(doc[8])
        assert syntax.labelled_children(doc[8]) is first
        assert [(c.i, dep) for c, dep in first] == [(7, "nsubj"), (9, "dobj"), (10, "prep"), (12, "punct")]
    assert syntax.labelled_children(doc[8]) is not first                # no memo: read afresh


def test_inner_block_leaves_the_outer_memo_held():
    doc = _two_sentences()
    with parse_memo.held_by(doc) as outer:
        with parse_memo.held_by(doc) as inner:
            assert inner is outer
        assert parse_memo.memo_of(doc) is outer
    assert parse_memo.memo_of(doc) is None


def test_remembered_makes_once_while_held():
    doc = _two_sentences()
    made = []
    def make():
        made.append(1)
        return len(made)
    with parse_memo.held_by(doc):
        assert parse_memo.remembered(doc, ("n",), make) == 1
        assert parse_memo.remembered(doc, ("n",), make) == 1
    assert parse_memo.remembered(doc, ("n",), make) == 2

