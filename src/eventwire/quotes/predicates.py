"""Stance predicates: a speaker's position given by an adjective or a noun after "be" rather
than by a verb ("Graham has been critical of Trump", "she is a firm opponent of the death
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
    passive = next((c for c in tok.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be"), None) \
        if tok.pos_ == "VERB" else None   # "aides were coy about ..." parsed as a passive participle
    if passive is not None:
        copula, subject_of = passive, tok
    elif tok.dep_ == "attr" and tok.pos_ == "NOUN" or tok.dep_ in ("acomp", "oprd") and tok.pos_ == "ADJ":
        copula = subject_of = tok.head
    else:
        return None
    if copula.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in subject_of.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    # "is bearish on X": the preposition right after the word may hang from the copula
    after = [c for c in copula.children if c.dep_ == "prep" and c.i == tok.i + 1
             or c.dep_ in ("advcl", "ccomp") and c.left_edge.i == tok.i + 1
             and c.left_edge.lower_ in ("that", "whether", "if")] if copula.i != tok.i else []
    # "weren't sure if they could pay", "seem confident that ...": the clause may hang from the copula
    for child in list(tok.children) + after:
        if child.dep_ == "prep" and child.lower_ in markers:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return subject, copula, (obj.left_edge.i, max(obj.right_edge.i, child.right_edge.i) + 1)
        if child.dep_ in ("ccomp", "xcomp") and child.i > tok.i or child.dep_ == "advcl" and child in after:
            first = child.left_edge
            # "that" also admits an unmarked clause: "is confident they have the votes"
            # and a question: "were not sure whether the talks would resume"
            if "that" in markers and (first.lower_ in ("that", "whether", "if") or first.i == child.i - 1
                                      or first.dep_ == "nsubj") \
                    or child.tag_ == "VB" and "to" in markers and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                        for c in child.children):
                return subject, copula, (first.i, child.right_edge.i + 1)
    return None
