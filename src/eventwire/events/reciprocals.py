"""Two sides named together: a reciprocal object ("accused each other", "clashed with one another"), a
coordinated subject of a verb of fighting ("government troops and rebels clashed"), the coordinated
doers of an event noun ("the United States and Iran held secret meetings") and a distributive subject
whose sides were named before it ("India and Pakistan agreed to a truce, but each accused the other of
breaking it"). Each reads as "A did it with (or to) B"; the callers (``arguments``, ``dyads``, ``targets``,
``matcher``, ``shared_roles``) turn it into
both directions."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..dictionaries.files import data_path, load_yaml, word_list
from ..errors import DictionaryError
from .argument_words import argument_words
from .syntax import OBJ, children, conjuncts, light_verb, prep_objects


def is_reciprocal(tok: Token) -> bool:
    """"each other", "one another" (the parser hangs 'each'/'another' on 'other'/'one' as det)."""
    low = tok.lower_
    if low == "other":
        return any(c.lower_ == "each" for c in tok.children) or (tok.i > 0 and tok.nbor(-1).lower_ == "each")
    if low == "one":
        return any(c.lower_ == "another" for c in tok.children) or (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "another")
    if low == "another":
        return tok.i > 0 and tok.nbor(-1).lower_ == "one"
    return False


def reciprocal_argument(trigger: Token, *, noun: bool) -> Token | None:
    """The reciprocal that fills the trigger's object or argument: "accused each other", "attacked
    each other's policies", "clashed with one another", "blamed one another for ..."."""
    heads = [trigger]
    if noun:
        verb = light_verb(trigger)
        if verb is not None:
            heads.append(verb)
    for head in heads:
        cands = children(head, *OBJ, "dative")
        cands += [p for prep in children(head, "prep") for p in prep_objects(prep)]
        for cand in cands:
            if is_reciprocal(cand):
                return cand
            for poss in children(cand, "poss"):
                if is_reciprocal(poss):
                    return poss
    return None


# words that make a coordinated subject allies, not two sides: "fought together", "fought alongside"
_ALLIED_WORDS = frozenset({"together", "jointly", "alongside", "side", "against", "beside", "shoulder"})


def mutual_subjects(verb: Token) -> bool:
    """"Government troops and rebels clashed", "Armenian and Azerbaijani forces fought heavy battles":
    a verb of two sides fighting (``mutual_verbs`` in data/cameo/arguments.yaml) whose subject names
    both sides says what "A clashed with B" says. Not allies ("fought together", "fought alongside",
    "fought against the rebels"), not a verb with an object other than its cognate noun ("fought
    Islamic State"), not crowds and police ("protesters and police clashed": a riot, ``crowds``)."""
    words = argument_words()
    if verb.lemma_.lower() not in words.mutual_verbs:
        return False
    subjects = children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    sides = conjuncts(subj)
    if len(sides) < 2:   # "Armenian and Azerbaijani forces": the modifiers are the sides
        sides = next((conjuncts(m) for m in subj.children if m.dep_ in ("amod", "nmod", "compound")
                      and len(conjuncts(m)) >= 2), [])
        if len(sides) < 2:
            return False
    if any(t.lemma_.lower() in words.crowds or t.lower_ in words.crowds for t in conjuncts(subj)):
        return False
    for c in verb.children:
        if c.dep_ in OBJ and c.lemma_.lower() not in words.mutual_verbs:
            return False
        if c.lower_ in _ALLIED_WORDS or (c.dep_ == "prep" and c.lower_ == "with"
                                         and not _means(c, words.fighting_means)):
            return False
    return True


# the sides an armed force can fire back with: a fight with one of them is fought both ways
_ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF", "COP", "SPY"})
# prepositions that set an act of force inside a fight ("killed eleven gunmen in a day-long firefight")
_AMID_PREPS = frozenset({"in", "during", "amid"})
# prepositions of a fight noun that name its sides
_SIDE_PREPS = frozenset({"with", "between", "against", "among"})


def fought_back(verb: Token) -> bool:
    """An act of force told inside a fight of both sides: one set in a fight noun's phrase ("marines killed
    eleven gunmen in a day-long firefight", "during clashes") or that set one off in a participle adjunct
    ("fighters attacked peacekeepers, sparking a gun battle", "..., triggering clashes"); the fight nouns are
    ``mutual_verbs`` of data/cameo/arguments.yaml. The side acted on fights back: an armed side (``armed_side``)
    is the other direction of the fight."""
    words = argument_words()

    def fight(noun: Token) -> bool:
        # (not a fight with others, "in clashes with protesters", nor another's, "in the army's battle")
        return noun.lemma_.lower() in words.mutual_verbs and not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _SIDE_PREPS) for c in noun.children)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _AMID_PREPS and any(fight(o) for o in prep_objects(c)):
            return True
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and not children(c, "nsubj") \
                and any(fight(o) for o in children(c, "dobj")):
            return True
    return False


def armed_side(sectors: list[str]) -> bool:
    """Can this side fire back: a military, police, rebel or other armed force (not civilians, not a state)?"""
    return any(s in _ARMED_SECTORS for s in sectors)


def _means(prep: Token, means: frozenset[str]) -> bool:
    """A 'with' phrase of arms or tools ("fought with mortars and machine guns", "clashed with stones"): it
    names what the sides fight with, not the other side."""
    def named(o: Token) -> bool:
        mods = [m.lemma_.lower() for m in o.children if m.dep_ in ("compound", "amod") and m.i == o.i - 1]
        return o.lemma_.lower() in means or any(f"{m} {o.lemma_.lower()}" in means for m in mods)
    objects = prep_objects(prep)
    return bool(objects) and all(named(o) for o in objects)


def coordinated_doers(noun: Token) -> bool:
    """"The United States and Iran held a series of secret meetings", "Indian and Pakistani officials
    held a meeting": the subject of an event noun's light verb names two sides or more, who meet
    (or agree, or patrol) with each other as "A held a meeting with B" says."""
    verb = light_verb(noun)
    if verb is None or children(verb, "agent"):
        return False
    subjects = children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    return len(conjuncts(subj)) >= 2 or any(m.dep_ in ("amod", "nmod", "compound") and len(conjuncts(m)) >= 2
                                            for m in subj.children)


# a subject that stands for each of two sides named before it: "each", "each side", "both sides", "neither side"
_DISTRIBUTIVES = frozenset({"each", "both"})
_SIDE_NOUNS = frozenset({"side", "party", "camp", "country", "government", "army", "leader"})


def distributive_subject(verb: Token) -> bool:
    """"each accused the other", "each side blamed the other", "both sides accused each other": the
    subject is a distributive word with no name of its own and the object is the other side."""
    subjects = children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    words = {subj.lower_, *(c.lower_ for c in subj.children if c.dep_ in ("det", "predet", "amod"))}
    if subj.lower_ not in _DISTRIBUTIVES and not (subj.lemma_.lower() in _SIDE_NOUNS and words & _DISTRIBUTIVES):
        return False
    objects = [*children(verb, *OBJ), *(p for prep in children(verb, "prep") for p in prep_objects(prep))]
    return any(o.lower_ == "other" or is_reciprocal(o) for o in objects)


def sides_named_before(verb: Token) -> list[Token]:
    """The phrases that may name the two sides of a distributive subject, nearest first: in the verb's
    sentence before it, the heads of coordinations ("India and Pakistan", "between Armenian and
    Azerbaijani forces": a noun with coordinated modifiers). Not the players of a game or race ("Brazil and
    Argentina drew 1-1, and each side accused the other of time-wasting": ``data/cameo/contests.yaml``)."""
    sent = verb.sent
    contests = contest_verbs()
    found = [t for t in sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "conj" and (
        len(conjuncts(t)) >= 2 or any(m.dep_ in ("amod", "nmod", "compound") and len(conjuncts(m)) >= 2
                                      for m in t.children))
             and not (t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in contests)]
    return sorted(found, key=lambda t: -t.i)


@lru_cache(maxsize=1)
def contest_verbs() -> frozenset[str]:
    """The verbs of a game or a race (``data/cameo/contests.yaml``), read once per process."""
    path = data_path("cameo", "contests.yaml")
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DictionaryError(str(path), None, "expected a mapping with a 'contest_verbs' list")
    return frozenset(w.lower() for w in word_list(path, data.get("__line__"), "contest_verbs",
                                                  data.get("contest_verbs")))
