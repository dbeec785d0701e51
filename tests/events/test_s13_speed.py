"""Caches of the event coder (session 13, issue 3): each gives the answers the uncached reading gives, lives on
an object of the document's lifetime (the parse memo) or on one built once per pipeline (the target policy, a
pattern), and is not shared between documents."""

from __future__ import annotations

from dataclasses import replace

import spacy
from spacy.tokens import Doc

from eventwire.dictionaries.verb_lexicon import Pattern
from eventwire.document import CodedDocument
from eventwire.events import modality, parse_memo, syntax
from eventwire.events.modality import ModalityRules
from eventwire.events.target_policy import TargetPolicy
from eventwire.records import Article


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], starts: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts,
               lemmas=[w.lower() for w in words])


def _refusal() -> Doc:
    # "Rebels will not attack the town . The army shelled villages ."
    return _doc(["Rebels", "will", "not", "attack", "the", "town", ".", "The", "army", "shelled", "villages", "."],
                [3, 3, 3, 3, 5, 3, 3, 8, 9, 9, 9, 9],
                ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
                ["NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0])


def test_modality_reads_a_verbs_children_once_through_the_parse_memo():
    doc, rules = _refusal(), ModalityRules.load()
    fresh = [modality.detect(doc[i], rules, noun=False) for i in (3, 9)]
    with parse_memo.held_by(doc) as memo:
        held = [modality.detect(doc[i], rules, noun=False) for i in (3, 9)]
        # the negation and the auxiliary of "will not attack" were read from the memo's children lists
        assert 3 in memo.children and 9 in memo.children
        assert [(c.i, dep) for c, dep in memo.children[3]] == [(0, "nsubj"), (1, "aux"), (2, "neg"), (5, "dobj"),
                                                               (6, "punct")]
        again = [modality.detect(doc[i], rules, noun=False) for i in (3, 9)]
    assert fresh == held == again
    assert fresh[0].modality == "negated" and fresh[1].modality == "asserted"
    assert parse_memo.KEY not in doc.user_data


def test_noted_sentence_starts_answer_as_the_docs_array_and_stay_with_their_doc():
    doc = _refusal()
    with parse_memo.held_by(doc):
        computed = [syntax.sent_start(t) for t in doc]
    with parse_memo.held_by(doc) as memo:
        parse_memo.note_sentence_starts(doc, [s.start for s in doc.sents])
        assert memo.facts[("sentence starts",)] == [0, 7]
        noted = [syntax.sent_start(t) for t in doc]
    assert computed == noted == [0] * 7 + [7] * 5
    # a doc holding no memo keeps nothing noted, and a second doc's memo starts empty
    parse_memo.note_sentence_starts(doc, [0, 7])
    assert parse_memo.KEY not in doc.user_data
    other = _refusal()
    with parse_memo.held_by(other) as second:
        assert ("sentence starts",) not in second.facts


def test_the_events_stage_reads_each_docs_text_once_and_keeps_it_for_that_doc_only(pipeline):
    stage = next(s for s in pipeline.stages if s.name == "events")
    actors = next(s for s in pipeline.stages if s.name == "actors")
    nlp = pipeline.resources.nlp
    texts = ["Russia condemned the sanctions imposed by Japan.", "Egypt hosted talks between Hamas and Israel."]
    for n, text in enumerate(texts):
        cdoc = actors(CodedDocument(article=Article(id=f"s13-{n}", text=text), doc=nlp(text)))
        with parse_memo.held_by(cdoc.doc) as memo:
            events = stage.coder.code(cdoc)
            assert events and memo.facts[("doc text",)] == text
        assert all(e.evidence.text == text for e in events)
        assert parse_memo.KEY not in cdoc.doc.user_data


def test_target_policy_finds_each_prefix_once_and_answers_as_the_table_does():
    policy, other = TargetPolicy.load(), TargetPolicy.load()
    codes = ["010", "0211", "042", "112", "1122", "173", "190", "195", "1823", "99"]

    def longest(table: dict, code: str, default):
        hit = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in table), None)
        return table[hit] if hit is not None else default

    for code in codes:
        assert policy.alone(code) == longest(policy.alone_by_prefix, code, "false")
        assert policy.place_target(code) == longest(policy.flags["place"], code, False)
    assert (id(policy.alone_by_prefix), "190") in policy._prefix_hits
    assert policy.alone("190") == policy.alone("190")       # asked again: the kept answer
    assert other._prefix_hits == {}                         # a policy's answers are its own
    assert other.alone("190") == policy.alone("190")


def test_a_patterns_rank_parts_are_read_once_and_follow_its_own_fields():
    pattern = Pattern(id="p", code="0411", rule="verbs/04.yaml#p", line=1, verbs=("meet",),
                      preps=(("with", ()), ("on", ("phone",))), objects=("talks",))
    assert pattern.specificity == 2 + 1 + 1 and pattern.root == "04"
    assert pattern.__dict__["specificity"] == 4 and pattern.__dict__["root"] == "04"   # kept on the pattern
    plain = replace(pattern, code="1411", preps=(), objects=())
    assert plain.specificity == 0 and plain.root == "14"    # a new pattern reads its own fields
    assert pattern.specificity == 4
