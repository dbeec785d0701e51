"""Stance predicates: a speaker's position given by an adjective or a noun after "be" rather
than by a verb ("Graham has been critical of Trump", "she is a staunch opponent of the death
penalty", "aides were coy about whether ...", "he is confident that ...", "they were willing to
go forward ..."). The words and what may follow them come from ``stance_predicates`` in
``data/quotes/reporting_verbs.yaml``."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "sound", "grow", "stay"})


def stance_predicate(tok: Token, predicates: Mapping[str, frozenset[str]]) -> tuple[Token, Token, tuple[int, int]] | None:
    """(subject, copula, complement tokens [start, end)) when ``tok`` is a listed stance word
    predicated of a subject ("X is critical of Y": X, is, Y), else None. The complement is the
    object of a listed preposition (with a preposition coordinated to it: "supporter of NATO and
    of its allies"), a that-clause ("that") or a to-infinitive ("to")."""
    markers = predicates.get(tok.lemma_.lower()) or predicates.get(tok.lower_)
    if not markers:
        return None
    if not (tok.dep_ == "attr" and tok.pos_ == "NOUN" or tok.dep_ == "acomp" and tok.pos_ == "ADJ"):
        return None
    copula = tok.head
    if copula.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in markers:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return subject, copula, (obj.left_edge.i, max(obj.right_edge.i, child.right_edge.i) + 1)
        if child.dep_ in ("ccomp", "xcomp") and child.i > tok.i:
            first = child.left_edge
            # "that" also admits an unmarked clause: "is confident they have the votes"
            if "that" in markers and (first.lower_ == "that" or first.i == child.i - 1 or first.dep_ == "nsubj") \
                    or child.tag_ == "VB" and "to" in markers and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                        for c in child.children):
                return subject, copula, (first.i, child.right_edge.i + 1)
    return None
