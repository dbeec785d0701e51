"""Attach a mention (a time or a place) to the clause of an event trigger.

A mention belongs to an event when, in the same sentence, it sits in the trigger's subtree
without crossing another verb ("met Putin in Hamburg on Saturday"), or when both share the
same governing verb ("held talks on Saturday": the noun trigger "talks" and "Saturday" both
hang off "held"). A verb coordinated with another and without its own subject shares that
verb's mentions ("arrested him on Sunday and charged him"). ``clause_distance`` returns the
number of dependency steps (smaller is closer) or None when the mention is not in the clause.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from .tense import governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

SAME_CLAUSE_PENALTY = 20
CONJUNCT_PENALTY = 40
MAX_STEPS = 6                    # deeper mentions describe something else ("sanctions for ... forces in Ukraine")
BOUND_SIGNALS = frozenset({"before", "until", "till", "by", "ahead", "prior"})


def trigger_token(doc: "Doc", start: int | None, end: int | None) -> "Token | None":
    """The root token of the trigger's character span (None when the span is missing or outside)."""
    if start is None or end is None or end <= start:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def closest_in_clause(trigger: "Token", mentions: "Iterable[tuple[Span, int, T]]") -> "tuple[Span, T] | None":
    """Of ``mentions`` — (span, start of its sentence, payload) — the one nearest to the trigger's
    clause (the first on a tie), as (span, payload); None when none is in the clause. The caller reads
    each mention's sentence once for all the events, so other sentences' mentions cost no parse walk."""
    sentence = trigger.sent.start
    best: "tuple[int, Span, T] | None" = None
    for span, span_sentence, payload in mentions:
        if span_sentence != sentence:          # another sentence: never the event's clause
            continue
        dist = clause_distance(trigger, span)
        if dist is not None and (best is None or dist < best[0]):
            best = (dist, span, payload)
    return None if best is None else (best[1], best[2])


def clause_distance(trigger: "Token", mention: "Span") -> int | None:
    """Steps from the mention's root up to the trigger, else a same-clause score, else None."""
    root = mention.root
    if root.sent.start != trigger.sent.start:
        return None
    steps = 0
    tok = root
    while steps <= MAX_STEPS:
        if tok.i == trigger.i:
            return steps
        if tok.head.i == tok.i:
            break
        if tok.i != root.i and tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") \
                and tok.dep_ not in ("amod", "compound") and not tok.is_ancestor(trigger):
            break                                   # crossed into another clause below the trigger
        tok = tok.head
        steps += 1
    verb = governing_verb(trigger)
    other = governing_verb(root)
    if verb is not None and other is not None and verb.i == other.i and _hangs_off(root, verb):
        return SAME_CLAUSE_PENALTY + abs(root.i - trigger.i) // 5
    if verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX") \
            and not _has_own_subject(verb):
        shared = clause_distance(verb.head, mention)          # "arrested him on Sunday and charged him"
        return None if shared is None else CONJUNCT_PENALTY + shared
    return None


def _hangs_off(root: "Token", verb: "Token") -> bool:
    """The mention depends on the verb itself, or through one preposition ("held talks on Saturday")."""
    head = root.head
    return head.i == verb.i or (head.dep_ in ("prep", "agent") and head.head.i == verb.i)


def bound_signal(trigger: "Token", mention: "Span") -> str | None:
    """'before' when the mention reaches the trigger through "before"/"until"/"by" ("meet before
    a summit on July 7-8"): the event is bounded by the date, not on it."""
    tok = mention.root
    for _ in range(MAX_STEPS + 1):
        if tok.i == trigger.i or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lower_ in BOUND_SIGNALS and tok.dep_ == "prep":
            return tok.lower_
    return _after_bound_phrase(trigger, mention)


def _after_bound_phrase(trigger: "Token", mention: "Span") -> str | None:
    """The parser often hangs a date right after a "before"-phrase on the verb ("meet before a
    summit in Hamburg on July 7-8": "on" under "meet"); a date phrase of the trigger that starts
    just where its "before"/"until" phrase ends belongs to that phrase's object."""
    prep = mention.root.head
    if prep.dep_ != "prep" or prep.head.i != trigger.i:
        return None
    for sibling in trigger.children:      # not "by": "spoke by phone on Saturday" is on Saturday
        if sibling.dep_ == "prep" and sibling.lower_ in BOUND_SIGNALS and sibling.lower_ != "by" \
                and sibling.i < prep.i and sibling.right_edge.i + 1 == prep.i:
            return sibling.lower_
    return None


def _has_own_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
