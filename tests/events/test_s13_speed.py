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


# (code, alone, place, owner, abroad), written out from data/cameo/targets.yaml: the longest listed prefix wins
_POLICY_ANSWERS = [
    ("010", "true", False, True, False),     # 01: alone, owner
    ("020", "true", True, True, False),      # 020 alone overrides 02's false; place and owner from 02
    ("0211", "false", True, True, False),    # 02
    ("042", "never", True, False, True),     # 04 never; 042 place, abroad
    ("043", "never", False, False, True),    # 043 abroad only
    ("1122", "never", False, True, False),   # 11
    ("1823", "false", True, False, False),   # 18
    ("99", "false", False, False, False),    # no listed prefix: the defaults
]


def _answers(policy: TargetPolicy, code: str) -> tuple:
    return (code, policy.alone(code), policy.place_target(code), policy.owner_target(code), policy.abroad_only(code))


def test_target_policy_answers_each_code_by_its_longest_listed_prefix_when_asked_again():
    policy = TargetPolicy.load()
    first = [_answers(policy, code) for code, *_ in _POLICY_ANSWERS]
    again = [_answers(policy, code) for code, *_ in reversed(_POLICY_ANSWERS)]
    assert first == _POLICY_ANSWERS
    assert again == list(reversed(_POLICY_ANSWERS))   # a kept answer is the one the table gives


def test_two_target_policies_keep_their_own_answers(tmp_path):
    policy = TargetPolicy.load()
    assert _answers(policy, "042") == ("042", "never", True, False, True)
    (tmp_path / "targets.yaml").write_text('codes:\n  - {code: "04", alone: true, owner: true}\n', encoding="utf-8")
    small = TargetPolicy.load(tmp_path / "targets.yaml")
    assert _answers(small, "042") == ("042", "true", False, True, False)
    assert _answers(policy, "042") == ("042", "never", True, False, True)


def test_a_patterns_rank_parts_follow_its_own_fields():
    pattern = Pattern(id="p", code="0411", rule="verbs/04.yaml#p", line=1, verbs=("meet",),
                      preps=(("with", ()), ("on", ("phone",))), objects=("talks",))
    assert pattern.specificity == 2 + 1 + 1 and pattern.root == "04"
    assert pattern.specificity == 4 and pattern.root == "04"   # asked again: the same
    plain = replace(pattern, code="1411", preps=(), objects=())
    assert plain.specificity == 0 and plain.root == "14"    # a new pattern reads its own fields
    assert pattern.specificity == 4


# ---------------------------------------------------------------- round 2: the doc's token table


def _crossing() -> Doc:
    # "Talks were held yesterday that ended the strike ." with the relative clause hung on "Talks" across
    # "held yesterday": a parse whose subtrees are not runs of the doc (Token.subtree gives tree order)
    return _doc(["Talks", "were", "held", "yesterday", "that", "ended", "the", "strike", "."],
                [2, 2, 2, 2, 5, 0, 7, 5, 2],
                ["nsubjpass", "auxpass", "ROOT", "npadvmod", "nsubj", "relcl", "det", "dobj", "punct"],
                ["NOUN", "AUX", "VERB", "NOUN", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
                [1, 0, 0, 0, 0, 0, 0, 0, 0])


def test_the_token_table_reads_every_token_as_spacy_does():
    for doc in (_refusal(), _crossing()):
        table = parse_memo.TokenTable(doc)
        for tok in doc:
            i = tok.i
            assert list(table.subtree(tok)) == [t.i for t in tok.subtree]
            assert (table.heads[i], table.lowers[i], table.lemmas[i]) == (tok.head.i, tok.lower_, tok.lemma_.lower())
            assert table.starts[i] == bool(tok.is_sent_start) and table.lowers[i].isspace() == tok.is_space
    # a projective parse gives each subtree as the run between its edges; the crossing one walks the tree
    assert parse_memo.TokenTable(_refusal()).projective
    crossing = parse_memo.TokenTable(_crossing())
    assert not crossing.projective and list(crossing.subtree(_crossing()[0])) == [0, 4, 5, 6, 7]
    # an arc over another sentence's root crosses it too ("A B . C" with A hung on C across the root B)
    over_root = _doc(["talks", "began", "today", "."], [2, 1, 1, 1], ["nsubj", "ROOT", "npadvmod", "punct"],
                     ["NOUN", "VERB", "NOUN", "PUNCT"], [1, 0, 0, 0])
    assert not parse_memo.TokenTable(over_root).projective


def test_a_doc_holds_one_token_table_while_coded_and_none_after():
    doc, other = _refusal(), _refusal()
    with parse_memo.held_by(doc) as memo:
        table = parse_memo.token_table(doc)
        assert memo.table is table and parse_memo.token_table(doc) is table     # made once for the doc
        with parse_memo.held_by(other):
            assert parse_memo.token_table(other) is not table                   # another doc's is its own
    assert parse_memo.KEY not in doc.user_data
    assert parse_memo.token_table(doc) is not table                             # outside the coder: made afresh


def test_the_matchers_doc_words_are_the_docs_table():
    from eventwire.events.pattern_index import DocWords, Lowered

    doc = _refusal()
    with parse_memo.held_by(doc):
        words = DocWords(doc, Lowered())
        table = parse_memo.token_table(doc)
        assert words.lemmas is table.lemmas and words.lowers is table.lowers and words.starts is table.starts
        assert words.sentence_words(9) == frozenset({"the", "army", "shelled", "villages", "."})


def test_the_discard_context_reads_the_table_as_the_tokens_read():
    from eventwire.events.discards import _context_text

    def by_tokens(tokens) -> list[str]:
        return [" " + " ".join(t.lower_ for t in tokens if not t.is_space) + " ",
                " " + " ".join(t.lemma_.lower() for t in tokens) + " "]

    for doc, verb in ((_crossing(), 2), (_refusal(), 3), (_refusal(), 9)):
        expected = []
        for c in doc[verb].children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod"):
                expected += by_tokens(list(c.subtree))
        expected += by_tokens(doc[max(0, verb - 3):verb + 4])
        with parse_memo.held_by(doc):
            held = _context_text(doc[verb])
        assert held == _context_text(doc[verb]) == " ".join(expected)
    # the crossing subject of "held" in tree order: "talks that ended the strike"
    assert _context_text(_crossing()[2]).startswith(" talks that ended the strike ")
