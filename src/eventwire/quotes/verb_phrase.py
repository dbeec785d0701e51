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
    found = {c.lower_ for c in verb.children
             if c.dep_ == "prt" or not _time_phrase(c) and (
                 c.dep_ in ("prep", "advmod") and c.i == verb.i + 1
                 or c.dep_ == "prep" and c.i > verb.i and (c.lower_ in lexicon.far_preps or _after_adverbials(verb, c)))}
    clause = for_clause(verb)
    if clause is not None:
        found.add("for")
    return found


def for_clause(verb: Token) -> Token | None:
    """ "called for all parties to respect the truce", "pushed for wages to rise": a clause opened by
    "for" with a subject and an infinitive of its own, which the parser hangs from the verb as an
    adverbial, right after the verb or its adverbials; the clause's head, else None."""
    for child in verb.children:
        if child.dep_ in ("advcl", "ccomp") and child.i > verb.i and child.left_edge.lower_ == "for" \
                and child.left_edge.dep_ == "mark" and child.left_edge.head.i == child.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and (child.left_edge.i == verb.i + 1 or _after_adverbials(verb, child.left_edge)):
            return child
    return None


def _time_phrase(prep: Token) -> bool:
    """ "called on Tuesday for ...": a preposition whose object is a date or time tells when, it is
    no particle of the verb."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


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
            if child.dep_ not in _ADVERBIAL_DEPS and not _time_phrase(child) \
                    and not (child.dep_ == "oprd" and child.ent_type_ in ("DATE", "TIME")):
                return False               # "called Friday for ...": "Friday" read as a predicate
            covered.update(range(child.left_edge.i, child.right_edge.i + 1))
    return all(i in covered for i in range(verb.i + 1, prep.i))
