"""Pronoun antecedent candidates: every noun phrase a pronoun may stand for, with its number, person and gender
(``build_candidates``), and whether a pronoun fits one (``compatible``); ``pronouns.find_antecedent`` chooses among
them.

An actor mention is a candidate with its resolution; any other noun or proper noun (not a date or an amount, not a
predicate or modifier position) is a candidate standing for a thing or for people the dictionary does not code. An
organisation is "it" or "they"; a lone surname tagged a place is the person named before with it, else a person or
a place; a list of conjoined phrases is also one plural candidate (key ``-head - 1``) whose members are its actors
when every phrase of it is a coded actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .name_matches import Found
from .pronoun_syntax import bare_name, cleft_focus, listed, no_antecedent, quantified
from .resolver import Resolution

PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
# nouns that are no referent: times, amounts and the like ("on Monday", "10 percent")
NO_REFERENT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
# noun-phrase positions that are no antecedent: "works as a lawyer", "like a spoiled child", predicates
NO_ANTECEDENT_DEPS = frozenset({"compound", "attr", "oprd", "npadvmod", "nmod", "amod", "appos", "flat"})

@dataclass
class Candidate:
    """A noun phrase a pronoun may stand for: an actor mention (``found``) or a thing/uncoded people (None)."""

    head: int
    found: Found | None
    number: str                   # "sg" | "pl"
    person: bool | None           # True: a person; False: not a person; None: either (a pronoun, a pair)
    gender: str | None = None     # "m" | "f" | None
    pronoun: str | None = None    # set when the candidate is itself a pronoun (it inherits its resolution)


def pronoun_class(word: str) -> str:
    if word in PERSONAL:
        return "m" if word in MALE_PRONOUNS else "f"
    return "pl" if word in PLURAL else "n"


def compatible(c: Candidate, word: str) -> bool:
    """Can the pronoun ``word`` ("he", "its", "their" ...) stand for the candidate?"""
    cls = pronoun_class(word)
    if c.pronoun is not None:
        return pronoun_class(c.pronoun) == cls
    if cls in ("m", "f"):
        return c.number == "sg" and c.person is not False and (c.gender is None or c.gender == cls)
    if cls == "pl":
        return c.number == "pl"
    return c.number == "sg" and c.person is not True


def _found_candidate(f: Found, genders: dict[int, str]) -> Candidate | None:
    res = f.res
    if f.modifier:
        return None
    plural = res.plural or res.kind == "group" or bool(f.members) or (
        f.tag in ("NNS", "NNPS") and res.kind != "person")   # "Sanders" is tagged NNPS
    if res.kind == "organisation" and not res.human and not plural:
        # "Hamas ... it", and in later sentences "the Taliban ... they": an organisation is either
        return Candidate(f.head, f, "any", False)
    if res.kind == "owner":
        return Candidate(f.head, None, "pl" if f.tag in ("NNS", "NNPS") else "sg", False)
    return Candidate(f.head, f, "pl" if plural else "sg", bool(res.human), genders.get(id(f)))


def build_candidates(tokens: list[Token], found: list[Found], genders: dict[int, str],
                     first_names: dict[str, str], inner: list[Found] = ()) -> dict[int, Candidate]:
    """Token index (the phrase's head) -> candidate, for every actor mention and every other noun phrase
    (``tokens``: the document's tokens, as a list). ``inner``: people named inside another mention ("the Trump
    campaign"), candidates of their own."""
    out: dict[int, Candidate] = {}
    covered: set[int] = set()
    for f in found:
        if f.modifier and f.res.kind == "owner":
            continue   # "Three Nepali climbers went missing ... the search for their bodies": the noun is a phrase
        c = _found_candidate(f, genders)
        covered.update(range(f.start, f.end))
        if c is not None and quantified(tokens[f.head]):
            c = Candidate(f.head, None, c.number, c.person, c.gender)   # "no leader ... he": no one in particular
        if c is not None and not no_antecedent(tokens[f.head]):
            out.setdefault(f.head, c)
    for f in inner:
        if f.res.human and f.res.kind == "person" and f.head not in out:
            out[f.head] = Candidate(f.head, f, "sg", True, genders.get(id(f)))
    surnames = {tokens[f.end - 1].text: f for f in found
                if f.res.kind == "person" and f.res.human and f.end - f.start > 1}
    for tok in tokens:
        if tok.i in covered or tok.pos_ not in ("NOUN", "PROPN") or (tok.dep_ in NO_ANTECEDENT_DEPS and not
                                                                     cleft_focus(tok)) or no_antecedent(tok):
            continue
        if tok.ent_type_ in NO_REFERENT_ENTS:
            continue
        plural = tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ not in ("ORG", "GPE")   # "Services", "States"
        person: bool | None = False
        gender = None
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", ""):
            first = next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            gender = first_names.get((first or tok).lower_)
            person = gender is not None or tok.ent_type_ == "PERSON"   # a person we do not code
        elif bare_name(tok):
            named = surnames.get(tok.text)   # "Terry Strada ... Strada accused": the person named before
            if named is not None and named.start < tok.i:
                out[tok.i] = Candidate(tok.i, named, "sg", True, genders.get(id(named)))
                continue
            person = None   # "with Giuffre" (tagged a place): a surname the tagger misread, or a place
        out[tok.i] = Candidate(tok.i, None, "pl" if plural else "sg", person, gender)
    # "Trump and Putin", "India and Brazil", "the Philippines, the United States and Japan": a list of conjoined
    # phrases is also one plural phrase (under the key -head - 1), with all its actors as members when every
    # phrase of it is a coded actor
    by_head = {f.head: f for f in found}
    for head in [h for h in out if h >= 0]:
        tok = tokens[head]
        if tok.dep_ == "conj" or (tok.dep_ == "appos" and listed(tok)) or not any(
                (k.dep_ == "conj" or (k.dep_ == "appos" and listed(k))) and k.i in out for k in tok.children):
            continue
        items = _conjuncts(tok, out)
        members = [by_head.get(i) for i in items]
        pair = None
        if all(m is not None and m.res.code and m.res.kind != "owner" for m in members):
            pair = Found(members[0].start, members[-1].end, head,    # type: ignore[union-attr]
                         Resolution(None, None, (), None, "conjoined actors", "group", plural=True),
                         [m.res for m in members])                   # type: ignore[union-attr]
        out[-head - 1] = Candidate(head, pair, "pl", None)
    return out


def _conjuncts(tok: Token, candidates: dict[int, Candidate]) -> list[int]:
    """The heads of a list of conjoined phrases that are candidates, first to last ("A, B and C": the parser hangs C
    on B)."""
    out = [tok.i]
    for k in tok.children:
        if (k.dep_ == "conj" or (k.dep_ == "appos" and listed(k))) and k.i in candidates and len(out) < 8:
            out += _conjuncts(k, candidates)
    return sorted(set(out))


__all__ = ["Candidate", "MALE_PRONOUNS", "NEUTER", "PERSONAL", "PLURAL", "build_candidates", "compatible",
           "pronoun_class"]
