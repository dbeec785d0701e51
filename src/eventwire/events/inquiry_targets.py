"""Whom an inquiry is into when its 'into' phrase names no actor itself: the one whose acts the phrase tells.

"opened an investigation into possible crimes committed by Venezuelan security forces" (the 'by' agent of
the participle on the object), "launched an inquiry into allegations that soldiers killed civilians" (the
subject of the clause the object carries), "opened an investigation into whether the company broke
antitrust law" (the subject of the 'whether' / 'how' clause that is the phrase's object). The investigated
party is the target of an investigation (root 09). A death or harm the phrase tells (``harm_nouns`` in
data/cameo/arguments.yaml) is aimed at the doer the phrase names ("into the killing of farmers by police" ->
police, not the farmers: ``harm_phrase``, ``harm_doers``). One that names no doer ("into the deaths of 23
children") falls back to the 'into' object, the victims: they stand for the case looked into (the tuning gold
codes the case's country as the target, which their code matches at the dyad level).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from . import syntax

INTO = "into"
# the clauses on an object noun that tell what it is about ("allegations that ...", "claims the army ...")
_CONTENT_CLAUSES = frozenset({"acl", "ccomp", "relcl"})
# a clause that is the phrase's object itself ("into whether ...", "into how ...")
_CLAUSE_OBJECTS = frozenset({"pcomp"})


def doers_in_phrase(into: Token) -> list[Token]:
    """The tokens naming the doers of what an 'into' phrase tells (see the module docstring), in order."""
    out: list[Token] = []
    for obj in into.children:
        if obj.dep_ in _CLAUSE_OBJECTS and obj.pos_ in ("VERB", "AUX"):
            out.extend(_clause_doers(obj))
        elif obj.dep_ == "pobj":
            # the clause may hang on a noun further in ("crimes against humanity committed by ...")
            for clause in obj.subtree:
                if clause.dep_ in _CONTENT_CLAUSES and clause.pos_ in ("VERB", "AUX") \
                        and clause.head.pos_ in syntax.NOUN_POS and _within_nouns(clause.head, obj):
                    out.extend(_clause_doers(clause))
    return out


def _within_nouns(noun: Token, top: Token) -> bool:
    """``noun`` is ``top`` or reached from it through noun phrases and prepositions only (no clause between)."""
    cur = noun
    for _ in range(6):
        if cur.i == top.i:
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "conj", "appos"):
            return False
        cur = cur.head
    return False


def _clause_doers(clause: Token) -> list[Token]:
    """The doers of a clause: the 'by' agent of a passive or participle ("crimes committed by X"), else its
    subject ("allegations that soldiers killed ...")."""
    agents = [o for p in clause.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
              for o in syntax.prep_objects(p)]
    if agents:
        return agents
    if clause.tag_ == "VBN" and clause.dep_ == "acl":
        return []   # "the deaths of children treated at the hospital": the noun it describes did nothing
    return [t for c in clause.children if c.dep_ in syntax.SUBJ for t in syntax.conjuncts(c)
            if t.pos_ != "PRON" or t.lower_ not in ("it", "this", "that", "what", "which")]


def investigated(trigger: Token, *, noun: bool, actors: Callable[[Token, str], list]) -> list:
    """The actors of the doers an inquiry's 'into' phrase tells (``actors(token, how)`` resolves one)."""
    for prep in syntax.preps_of(trigger, noun=noun):
        if not syntax.word_is(prep, INTO):
            continue
        found = [a for tok in doers_in_phrase(prep)
                 for a in actors(tok, f"'into' phrase: the doer '{tok.text}' of what is investigated")]
        if found:
            return found
    return []


def harm_phrase(trigger: Token, *, noun: bool, harms: frozenset[str]) -> Token | None:
    """The object of the inquiry's 'into' phrase when it is a death or a harm (``harms``) told with no owner of
    its own ("into the deaths of Tunisian migrants"; not "into Russia's shelling of the town"), else None."""
    for prep in syntax.preps_of(trigger, noun=noun):
        if not syntax.word_is(prep, INTO):
            continue
        for obj in syntax.prep_objects(prep):
            if obj.lemma_.lower() in harms and not any(c.dep_ == "poss" for c in obj.children):
                return obj
    return None


def harm_doers(harm: Token, actors: Callable[[Token, str], list]) -> list:
    """The actors of the doers a death or harm noun names: its 'by' agent ("the killing of farmers by police"),
    or the doer of a clause it carries ("into the deaths of protesters shot by police"); none else."""
    agents = [o for p in harm.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
              for o in syntax.prep_objects(p)]
    into = harm.head
    doers = agents or (doers_in_phrase(into) if into.dep_ == "prep" else [])
    return [a for tok in doers for a in actors(tok, f"'into' phrase: the doer '{tok.text}' of the '{harm.text}'")]
