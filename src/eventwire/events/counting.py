"""Counted and measured phrases: what a number, a quantifier or a measure noun stands before ("dozens of
prisoners", "some of the soldiers", "500 tonnes of rice", "a convoy of trucks of food"); ``quantifiers``
and ``measures`` in data/cameo/arguments.yaml. A leaf module: ``syntax`` builds on it."""

from __future__ import annotations

from spacy.tokens import Token

from .argument_words import argument_words

_PREP_OBJ = frozenset({"pobj", "pcomp"})


def _of_objects(head: Token) -> list[Token]:
    """The objects of the 'of' phrases of ``head``, coordination included ("of rice and beans")."""
    out: list[Token] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            stack = [c for c in prep.children if c.dep_ in _PREP_OBJ]
            while stack:
                tok = stack.pop(0)
                out.append(tok)
                stack.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def quantified(head: Token) -> list[Token]:
    """The head(s) of the 'of' phrase a quantifier or number stands before ("released dozens of
    prisoners" -> prisoners), or nothing when ``head`` is no quantifier ("dozens of prisoners", "a
    number of journalists", "some of the soldiers": ``quantifiers``), or a measure stands before ("500
    tonnes of rice" -> rice, "a convoy of trucks of food" -> trucks, food: ``measures``)."""
    words = argument_words()
    if not (head.lower_ in words.quantifiers or head.lemma_.lower() in words.quantifiers or head.like_num
            or head.lower_ in words.measures):
        return []
    out = _of_objects(head)
    # a measure of a measure: "a convoy of trucks of food", "dozens of tonnes of rice" (two steps at most)
    return out + [q for p in out if p.lower_ in words.measures for q in _of_objects(p)]


def counted(head: Token) -> list[Token]:
    """The heads a phrase stands for in a word list: a number or quantifier by what it counts only
    ("thousands of fans" -> fans, never 'thousand'), a measure by itself and what it measures ("a
    convoy of trucks" -> convoy, trucks), any other head by itself."""
    inner = quantified(head)
    if inner and head.lower_ not in argument_words().measures:
        return inner
    return [head, *inner]


def measured(tok: Token, noun_pos: frozenset[str]) -> Token:
    """From a measure noun up to the noun it measures the thing of ("sent a convoy of trucks of food":
    trucks -> convoy), else ``tok``."""
    measures = argument_words().measures
    while tok.lower_ in measures and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.pos_ in noun_pos:
        tok = tok.head.head
    return tok


# the least figure that counts people in the mass ("killed more than 200 people", "at least 26 worshippers"; two
# dozen and more: "twenty villagers" is one killing told with its toll)
MASS_FIGURE = 25
_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _figure(tok: Token) -> int | None:
    """The value of a figure written in digits ("200", "22,000"), else None."""
    text = tok.text.replace(",", "")
    return int(text) if text.isdigit() else None


def _mass_count(head: Token, mass_counts: frozenset[str]) -> bool:
    """Whether ``head`` counts its people in the mass: a mass quantifier ("hundreds of villagers", "scores"),
    or a number before it that is one or is at least ``MASS_FIGURE`` ("more than 200 people", "two hundred")."""
    if head.lower_ in mass_counts:
        return True
    for num in head.children:
        if num.dep_ == "nummod" and (num.lower_ in mass_counts or (_figure(num) or 0) >= MASS_FIGURE):
            return True
    return False


# the least figure of people deported or expelled that is a mass deportation (201, not the act against a group
# of people, 174): a thousand and more, as the dev sets code one ("deported more than 1,000 nationals in a day",
# D; "expelled more than 200,000 migrants", J; "up to 10,000 a week", I); a hundred deported is still 174 (I)
DEPORTATION_FIGURE = 1000
_BELOW_THOUSANDS = frozenset({"dozens", "scores", "dozen", "score", "hundred", "hundreds"})


def _thousands_count(head: Token, mass_counts: frozenset[str]) -> bool:
    """Whether ``head`` counts its people in thousands and more: "thousands of", "tens of thousands",
    "more than 200,000 migrants"; not "dozens of migrants", "300 migrants"."""
    counts = mass_counts - _BELOW_THOUSANDS
    if head.lower_ in counts:
        return True
    return any(num.dep_ == "nummod" and (num.lower_ in counts or (_figure(num) or 0) >= DEPORTATION_FIGURE)
               for num in head.children)


def counted_as(verb: Token, kind: str) -> bool:
    """Whether the object of ``verb`` is counted as a pattern's ``count`` asks (COUNT_KINDS of
    dictionaries/verb_lexicon.py): "mass" (mass_counted), "thousands" (a thousand and more)."""
    if kind == "mass":
        return mass_counted(verb)
    mass_counts = argument_words().mass_counts
    heads = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return any(_thousands_count(h, mass_counts) for h in heads)


def mass_counted(verb: Token) -> bool:
    """Whether the object of ``verb`` (its direct object, or the subject of its passive) is counted in the
    mass (``mass_counts`` of data/cameo/arguments.yaml, or a figure of ``MASS_FIGURE`` and more):
    "killed hundreds of villagers", "massacred dozens of civilians", "shot more than 200 people",
    "hundreds were killed"; not "killed twenty villagers", "killed three soldiers"."""
    mass_counts = argument_words().mass_counts
    heads = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return any(_mass_count(h, mass_counts) for h in heads)
