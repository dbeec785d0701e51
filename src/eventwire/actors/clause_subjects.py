"""The subject of the clause a word stands in, for the definite references (``definite_references``): "the
country" is not the country of its own clause's subject ("Iran launched an attack on the country") nor of one who
arrives in it ("Russian paratroopers arrived in the country").
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# verbs of arriving somewhere (data/actors/words.yaml arrival_verbs): the country one arrives in is not one's own
ARRIVAL_VERBS = _WORDS.words("arrival_verbs")
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def arrival_subjects(token: Token) -> set[int]:
    """Tokens of the subject of an arrival ("arrived in the country", "sent troops to the country", "landed at the
    request of the country's president", "arrived in Italy to help the country's hospitals"): the country one
    arrives in is not one's own. Empty when no arrival verb governs ``token``."""
    node = token.head if token.dep_ == "poss" else token
    arrival = False
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            arrival = arrival or node.lemma_.lower() in ARRIVAL_VERBS
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return {t.i for s in subjects for t in s.subtree} if arrival else set()
            purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ not in ("xcomp", "conj", "aux") and not purpose:
                break
        elif node.dep_ not in ("pobj", "prep", "dobj", "poss", "compound"):
            break
        if node.head.i == node.i:
            break
        node = node.head
    return set()


def _subject_word(tok: Token) -> bool:
    """A subject's head word or one joined to it ("The UAE and Bahrain")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"))


def clause_subject(token: Token) -> set[int]:
    """Tokens of the subject of the clause whose object ``token`` is (through "to" infinitives and auxiliaries:
    "SoftBank attempts to rescue the company"; through the object phrases of the clause: "Iran launched an attack on
    the country"; through a participle describing an object: "Kuwait issued a statement backing the kingdom"): a
    definite description there is not that subject. An owner is not an object ("Prosecutors in Peru charged the
    country's ex-president": the subject's own country), but neither is it the subject itself ("The UAE and Bahrain
    issued statements backing the kingdom's stance": only their head words count then)."""
    if token.dep_ == "poss" and token.head.dep_ in OBJECT_DEPS:   # the owner of an object is not the subject itself
        subject = clause_subject(token.head)                     # ("Bahrain backed the kingdom's stance"), but may
        return {i for i in subject if _subject_word(token.doc[i])}   # be of its place ("Prosecutors in Peru ...")
    if token.dep_ not in OBJECT_DEPS:
        return set()
    verb = token.head.head if token.dep_ == "pobj" else token.head
    for _ in range(4):
        while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in OBJECT_DEPS:
            verb = verb.head.head if verb.dep_ == "pobj" else verb.head   # "launched drones ... in its first attack
        while verb.pos_ in ("VERB", "AUX"):                                # on the country": the verb of the phrase
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return {t.i for s in subjects for t in s.subtree}
            if verb.dep_ not in ("xcomp", "conj", "aux", "acl") or verb.head.i == verb.i:
                return set()
            verb = verb.head   # a participle describing a noun ("statements backing ..."): that noun's clause
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in OBJECT_DEPS:
            break
    return set()
