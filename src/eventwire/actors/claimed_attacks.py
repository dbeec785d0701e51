"""Unnamed attackers that a later sentence names by a claim of responsibility.

News tells an attack first by its doers' kind and names them once a group owns it: "Gunmen stormed a hotel in the
capital, killing 20 people. Al-Shabaab claimed responsibility", "Two suicide bombers attacked a checkpoint ... The
Pakistani Taliban said they were behind the attack", "A spokesman said its fighters had carried out the bombing",
"... took responsibility for the attack".
The attackers of the earlier sentences are that group: a bare role phrase of an armed actor ("gunmen", "a suicide
bomber", "the attackers", "militants": no name, adjective or owner of its own) within ``SENTENCES_BACK`` sentences
before the claim, or earlier in its sentence, takes the code of the armed group that claims. A claim that is negated
("did not claim the attack") or denied names no one; a claimant that is no armed group (a state's army saying it
carried out a strike) changes nothing, since a state's forces are named as such.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .name_matches import Found
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

SENTENCES_BACK = 3
# the word lists of a claim, from data/actors/words.yaml (see the comments there): the attack nouns a group claims
# ("claimed the bombing"), the verbs of doing an attack in a claim's content ("said it carried out the attack"), the
# verbs that own an attack with "responsibility" or "credit" ("took responsibility for"), and the reporting verbs of
# a claim ("said it was behind the attack")
ATTACK_NOUNS = _WORDS.words("claimed_attack_nouns")
DOING_VERBS = _WORDS.words("claim_doing_verbs")
OWNING_VERBS = _WORDS.words("claim_owning_verbs")
REPORTING = _WORDS.words("claim_reporting_verbs")
# what a claim takes as its object besides the attack itself ("claimed responsibility", "claimed credit")
CLAIM_OBJECTS = frozenset({"responsibility", "credit"})
SELF_PRONOUNS = frozenset({"it", "we", "they", "its", "our", "their"})
NAMED_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _attack_object(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether the verb's object (or the object of its "for" / "behind" phrase) is one of ``nouns``."""
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and (c.lower_ in nouns or c.lemma_.lower() in nouns):
            return True
        if c.dep_ == "prep" and c.lower_ in ("behind", "for"):
            if any(p.dep_ == "pobj" and (p.lower_ in nouns or p.lemma_.lower() in nouns) for p in c.children):
                return True
    return False


class ClaimReader:
    """Finds the claims of a document and gives the unnamed attackers before them the claimant's code."""

    def __init__(self, tokens: list[Token], found: list[Found], sent_of: list[int]) -> None:
        self.tokens = tokens
        self.found = found
        self.sent_of = sent_of
        self.at_token: dict[int, Found] = {}
        for f in found:
            if not f.modifier:
                for t in range(f.start, f.end):
                    if t not in self.at_token or f.head == t:
                        self.at_token[t] = f

    def run(self) -> None:
        for token in self.tokens:
            claim = self._claim(token)
            if claim is not None:
                self._name_attackers(token, claim)

    def _actor(self, tok: Token | None) -> Found | None:
        if tok is None:
            return None
        return self.at_token.get(tok.i)

    def _claim(self, verb: Token) -> Found | None:
        """The armed group that claims an attack at ``verb``, if the verb is such a claim."""
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            return None
        claimant = None
        if (lemma == "claim" and _attack_object(verb, ATTACK_NOUNS | CLAIM_OBJECTS)) or (
                lemma in OWNING_VERBS and _attack_object(verb, CLAIM_OBJECTS)):   # "took responsibility for"
            claimant = self._actor(_subject(verb))
        elif lemma in REPORTING:
            speaker = self._actor(_subject(verb))
            for content in (c for c in verb.children if c.dep_ == "ccomp" and not _negated(c)):
                doing = content.lemma_.lower() in DOING_VERBS and _attack_object(content, ATTACK_NOUNS)
                behind = content.lemma_.lower() == "be" and (_attack_object(content, ATTACK_NOUNS) or any(
                    c.dep_ == "acomp" and c.lower_ == "responsible" and _attack_object(c, ATTACK_NOUNS)
                    for c in content.children))   # "said it was behind / responsible for the attack"
                if not (doing or behind):
                    continue
                subject = _subject(content)
                own = self._actor(subject)
                if subject is not None and (subject.lower_ in SELF_PRONOUNS or any(
                        c.dep_ == "poss" and c.lower_ in SELF_PRONOUNS for c in subject.children)):
                    claimant = speaker     # "X said it was behind the attack", "said its fighters carried it out"
                elif own is not None:
                    claimant = own         # "a spokesman said the group had carried out the attack"
                if claimant is not None:
                    break
        if claimant is None or claimant.res.code is None or "REB" not in claimant.res.sectors:
            return None
        return claimant

    def _name_attackers(self, verb: Token, claim: Found) -> None:
        here = self.sent_of[verb.i]
        for i, f in enumerate(self.found):
            if f.head >= verb.i or f is claim or f.modifier or not self._unnamed_attacker(f):
                continue
            if here - self.sent_of[f.head] > SENTENCES_BACK or f.start <= claim.start < f.end:
                continue
            if f.res.code == claim.res.code:
                continue
            claimant = claim.res
            why = (f"{f.res.why}; the attackers of the attack claimed by "
                   f"'{claimant.name or claimant.code}' (sentence {here}): {claimant.why}")
            self.found[i] = replace(f, res=replace(f.res, code=claimant.code, country=claimant.country,
                                                   sectors=claimant.sectors, why=why))

    def _unnamed_attacker(self, f: Found) -> bool:
        """A role phrase of an armed actor with no name, adjective or owner of its own ("gunmen", "the attacker")."""
        res = f.res
        if res.kind != "agent" or res.name is not None or "REB" not in res.sectors or f.members:
            return False
        span = self.tokens[f.start:f.end]
        return not any((t.pos_ == "PROPN" and not t.is_sent_start) or t.ent_type_ in NAMED_ENTS or t.dep_ == "poss"
                       for t in span)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def name_claimed_attackers(tokens: list[Token], found: list[Found], sent_of: list[int]) -> None:
    """Gives the unnamed attackers of ``found`` (in place) the code of the armed group a later claim names."""
    ClaimReader(tokens, found, sent_of).run()
