"""What an actor's own act is done to: "The Senate passed sanctions on Russia" -> "sanctions on Russia".

An institution many countries have ("the Senate", "the Supreme Court") takes the country of its context; a country
named only in the object of its own act (the target of the sanctions, the country a resolution condemns) is no
evidence of whose institution it is. A place of the act ("passed the bill in Manila") still is. People sent to talks
are no institution of the venue in their own "in" phrase ("Government negotiators in Havana", ``talks_venue``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# prepositions of the place an act happens in: "in Tehran", "near Goma" (also read by clause_countries)
PLACE_OF_ACT_PREPS = frozenset({"in", "at", "through", "across", "throughout", "outside", "inside", "near", "around"})
# the verb's complements that name what it acts on
OBJECT_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})
# role nouns of people sent to talks abroad (negotiators, delegations, envoys, mediators)
TRAVELLING_ROLES = _WORDS.words("travelling_role_nouns")


def acted_on(subject: Token) -> set[int]:
    """Indices of the words of what the verb of ``subject`` acts on (its objects and complements, and its phrases
    of a preposition other than a place's); empty when ``subject`` is no subject."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i == subject.i:
        return set()
    out: set[int] = set()
    for child in subject.head.rights:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ not in PLACE_OF_ACT_PREPS):
            out.update(t.i for t in child.subtree)
    return out


def acting_phrase(institution: Token) -> Token:
    """The phrase whose verb an institution's people act with: "MPs in the House of Commons condemned ..." -> "MPs"
    (up from a noun's "in"/"at" phrase to the noun it hangs on; not from an office's "of" phrase, "President of the
    Senate", whose own clause is read as the office's), else the institution itself."""
    tok = institution
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "at") and \
            tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head
    return tok


def seat_of(institution: Token) -> set[int]:
    """Indices of the words of the place an institution's noun places it in: "The Senate in Manila", "the Supreme
    Court in Islamabad", "the Supreme Court of Pakistan" (the noun's own "in"/"at"/"of" phrase, not the verb's)."""
    out: set[int] = set()
    for child in institution.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "of"):
            out.update(t.i for obj in child.children if obj.dep_ == "pobj" for t in obj.subtree)
    return out


def talks_venue(role_phrase: str, place_country: str | None, scene: str | None) -> bool:
    """Whether the place in a role phrase's own "in" phrase is only where its people talk: people sent to talks
    ("Government negotiators in Havana") in a text whose scene is another country (a Colombian story)."""
    return bool(place_country and scene and scene != place_country) and role_phrase.split()[-1] in TRAVELLING_ROLES
