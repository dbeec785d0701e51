"""Caches of the event coder (session 14, issue 3): each gives the answers the uncached reading gives, lives on
an object built once per pipeline (the discard checker of the coder) or of the document's lifetime (the parse
memo), and keeps nothing of one document for another."""

from __future__ import annotations

from eventwire.dictionaries.verb_lexicon import DiscardRule
from eventwire.events.discards import DiscardChecker
from eventwire.events.parse_memo import held_by


def _pattern(lexicon, rule: str):
    return next(p for p in lexicon.patterns if p.rule == rule)


def _hold(nlp, text: str):
    doc = nlp(text)
    return doc, next(t for t in doc if t.lemma_ == "hold")


def test_a_discard_rule_naming_its_patterns_vetoes_those_only_and_is_looked_up_once_per_word_and_pattern(
        pipeline, coder, monkeypatch):
    lexicon = coder.lexicon
    detain = _pattern(lexicon, "verbs/17.yaml#hold_detainee")      # named by the rule hold_event_not_detain
    silence = _pattern(lexicon, "verbs/01.yaml#minute_silence")    # not named by it
    checker = DiscardChecker(lexicon)
    asked: list[str] = []
    vetoes = DiscardRule.vetoes

    def counted(rule, pattern):
        asked.append(rule.id)
        return vetoes(rule, pattern)

    monkeypatch.setattr(DiscardRule, "vetoes", counted)
    listed = len(lexicon.discards_by_lemma["hold"])
    doc, hold = _hold(pipeline.resources.nlp, "The junta says it will hold a referendum on the charter in spring.")
    with held_by(doc):
        sent = hold.sent
        answers = [checker.reason(hold, sent, {}, pattern) for pattern in (detain, silence, detain, silence, detain)]
    assert answers == ["discard rule hold_event_not_detain", "", "discard rule hold_event_not_detain", "",
                       "discard rule hold_event_not_detain"]
    # each rule listed under 'hold' is asked once for each of the two patterns, not once per question
    assert len(asked) == 2 * listed


def test_the_discard_checker_keeps_no_context_of_one_document_for_the_next(pipeline, coder):
    lexicon = coder.lexicon
    detain = _pattern(lexicon, "verbs/17.yaml#hold_detainee")
    checker = DiscardChecker(lexicon)
    nlp = pipeline.resources.nlp
    found = []
    for text in ("The junta says it will hold a referendum on the charter in spring.",
                 "Border guards hold three smugglers at the crossing.",
                 "The junta says it will hold a referendum on the charter in spring."):
        doc, hold = _hold(nlp, text)
        with held_by(doc):
            found.append(checker.reason(hold, hold.sent, {}, detain))
        # an answer asked with no memo held is the same
        assert checker.reason(hold, hold.sent, {}, detain) == found[-1]
    assert found == ["discard rule hold_event_not_detain", "", "discard rule hold_event_not_detain"]
