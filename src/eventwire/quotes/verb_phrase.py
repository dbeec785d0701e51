"""The phrase of a reporting verb in the parse: the particles and prepositions that belong to the verb
("pointed it out", "called on X", "called Friday for X", "spoke emotionally of ...") and the first
word of its phrase."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon

_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "tmod"})


def particles_of(verb: Token, lexicon: QuoteLexicon) -> set[str]:
    """The lower-cased particles of the verb: a particle anywhere ("point it out"), a preposition or
    adverb right after the verb ("called on X", "weighed in"; not "called Machado on Friday"), a far
    preposition (``far_preps`` of ``verb_particles`` in ``data/quotes/reporting_verbs.yaml``: "asked
    Clinton on Monday about ...") or one after the verb's own adverbials ("called Friday for ...")."""
    return {c.lower_ for c in verb.children
            if c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.i == verb.i + 1
            or c.dep_ == "prep" and c.i > verb.i and (c.lower_ in lexicon.far_preps or _after_adverbials(verb, c))}


def first_word(verb: Token) -> int:
    """The first word of the verb's phrase (its opening comma aside)."""
    first = verb.left_edge.i
    while first < verb.i and verb.doc[first].is_punct:
        first += 1
    return first


def _after_adverbials(verb: Token, prep: Token) -> bool:
    """ "called Friday for releasing the videos", "spoke emotionally of his flights": only adverbs and
    bare time nouns of the verb stand between it and its preposition, which is still its particle."""
    if prep.i - verb.i > 4:
        return False
    covered: set[int] = set()
    for child in verb.children:
        if verb.i < child.i < prep.i:
            if child.dep_ not in _ADVERBIAL_DEPS:
                return False
            covered.update(range(child.left_edge.i, child.right_edge.i + 1))
    return all(i in covered for i in range(verb.i + 1, prep.i))
