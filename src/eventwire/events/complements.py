"""The clauses a verb takes after it, for the lexicon's ``complement`` constraint: a gerund ("denied sending"), a
to-infinitive ("told X to leave"), a finite clause ("denied that it had sent"), one of the subject's own side
("own_that"), one of what someone is to do ("should": "insisted that Kyiv restore ..."), or none; and the reason a
pattern's constraint failed (``complement_miss``, shown in the trace)."""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from .argument_words import argument_words

__all__ = ["complement_kinds", "complement_miss"]


def complement_kinds(verb: Token) -> frozenset[str]:
    """The clauses a verb takes: "gerund" ("denied sending", "denied having sent"), "to" ("told X to
    leave") and "that" (a finite clause: "denied that it had sent", "denied it sent"); "none" if none."""
    kinds = set()
    kids = syntax.labelled_children(verb)
    for c, dep in kids:
        if dep not in ("xcomp", "ccomp"):
            continue
        aux = [a for a, adep in syntax.labelled_children(c) if adep in ("aux", "auxpass")]
        if any(a.lower_ == "to" for a in aux):
            kinds.add("to")
        elif c.tag_ == "VBG" or (dep == "xcomp" and any(a.tag_ == "VBG" for a in aux)):
            kinds.add("gerund")
        elif dep == "ccomp" and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ != "VBG" for a in aux)):
            kinds.add("that")
            if _own_subject(c):
                kinds.add("own_that")
            if _tells_what_to_do(c, aux):
                kinds.add("should")
        elif dep == "ccomp" and _tells_what_to_do(c, aux):
            kinds.add("should")
    # the parser reads "denied supplying missiles" as the object "missiles" with an adjective "supplying"
    if any(dep == "dobj" and any(adep == "amod" and a.tag_ == "VBG" and a.i == verb.i + 1
                                 for a, adep in syntax.labelled_children(c)) for c, dep in kids):
        kinds.add("gerund")
    # "gave the envoy 48 hours to leave", "gave the bank a week to explain", "gave three diplomats five days to
    # leave" (the parser's object and adverb): the infinitive of a time span the verb gives someone (hung on the
    # span or on the verb after it) is the verb's complement
    spans = [c for c, dep in kids if dep in ("npadvmod", "dobj") and (
        c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in argument_words().time_spans)] \
        if sum(dep in ("dative", "dobj", "npadvmod") for _, dep in kids) >= 2 else []
    if spans and any(_to_infinitive(x) for sp in spans for x in (*sp.children, *verb.children)
                     if x.dep_ in ("acl", "advcl", "relcl") and x.i > sp.i):
        kinds.add("to")
    if not kinds and not any(dep in ("xcomp", "ccomp") for _, dep in kids):
        kinds.add("none")
    return frozenset(kinds)


_OWN_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})
_OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})


def _own_subject(clause: Token) -> bool:
    """Whether a finite clause tells of the main subject's own side: its subject is a personal pronoun, holds a
    possessive ("denied that it had armed them", "that its troops had fired", "that any of its vehicles had
    crossed") or is a force or agent ("that the army had detained"), not a thing of the world ("denied that talks
    had collapsed")."""
    for subj, dep in syntax.labelled_children(clause):
        if dep in ("nsubj", "nsubjpass"):
            return subj.lower_ in _OWN_PRONOUNS or subj.lemma_.lower() in argument_words().own_side_nouns or any(
                t.dep_ == "poss" and t.lower_ in _OWN_POSSESSIVES for t in subj.subtree)
    return False


def _to_infinitive(clause: Token) -> bool:
    return clause.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


_BIDDING_MODALS = frozenset({"must", "should", "shall"})


def _tells_what_to_do(clause: Token, aux: list[Token]) -> bool:
    """A finite clause of what someone is to do: a bare verb with its own subject and no tense ("insisted
    that Ukraine restore the schools", "... that Iran not enrich") or one with "must", "should" or "shall"
    ("insists Hamas must free the hostages"); not a clause of what is so ("insisted the vote was fair")."""
    if any(a.lower_ in _BIDDING_MODALS for a in aux):
        return True
    if any(a.tag_ in ("MD", "VBD", "VBZ", "VBP") for a in aux):
        return False
    return ((clause.tag_ == "VB" or any(a.tag_ == "VB" for a in aux))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def complement_miss(wanted: tuple[str, ...], found: frozenset[str]) -> str:
    """Why a complement constraint failed: "needs a gerund / that clause (has: to)"."""
    has = ", ".join(sorted(found - {"none"})) or "no clause"
    if wanted == ("none",):
        return f"needs no clause after the verb (has: {has})"
    return f"needs a {' / '.join(k for k in wanted if k != 'none')} clause after the verb (has: {has})"
