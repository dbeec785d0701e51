"""The two parties of a meeting that a plural subject of the next clause stands for.

News tells what came of a meeting in a clause whose subject only points back to both sides: "Ruto hosted
Hassan in Nairobi, where they signed a pipeline deal", "Macron met Scholz on Tuesday, where the pair signed
a pact", "held talks with Scholz, during which they agreed ...", "said he had a call with Putin and that they
had agreed to meet". When the actor stage leaves such a "they" or "the pair" unresolved, its parties are the
subject and the partner (object or 'with' phrase) of the meeting the clause hangs on (a relative clause on the
meeting's place, time or noun, or a clause joined to it). ``PhraseActors`` resolves the tokens to actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from .argument_words import argument_words

# verbs of two sides meeting or speaking, whose subject and object are the parties ("met", "hosted", "received")
_MEETING_VERBS = frozenset({"meet", "host", "receive", "welcome", "visit", "call", "phone", "talk"})
# nouns of a meeting besides the trips nouns of arguments.yaml ("had a phone call with Putin")
_MEETING_NOUNS = frozenset({"call", "conversation"})
# plural subjects that point back to the two sides
_PAIR_WORDS = frozenset({"they", "pair"})


def points_to_pair(subject: Token) -> bool:
    """"they" or "the pair" as the subject of a clause."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lower_ not in _PAIR_WORDS:
        return False
    if subject.lower_ == "they":
        return subject.pos_ == "PRON"
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _meeting_noun(noun: Token) -> bool:
    trips = argument_words().trips
    return noun.lemma_.lower() in trips or noun.lower_ in trips or noun.lemma_.lower() in _MEETING_NOUNS


def _noun_parties(noun: Token) -> list[Token]:
    """"held talks with Scholz": the light verb's subject and the noun's 'with' phrase."""
    verb = syntax.light_verb(noun)
    if verb is None:
        return []
    partners = [p for prep in syntax.children(noun, "prep") if prep.lower_ == "with" for p in syntax.prep_objects(prep)]
    subjects = syntax.children(verb, "nsubj")
    return [*subjects, *partners] if subjects and partners else []


def _verb_parties(verb: Token) -> list[Token]:
    """"Macron met Scholz", "hosted Hassan", "had a call with Putin": the subject and the partner."""
    subjects = syntax.children(verb, "nsubj")
    if not subjects:
        return []
    objects = syntax.children(verb, "dobj")
    meetings = [o for o in objects if _meeting_noun(o)]
    if meetings:
        partners = [p for noun in meetings for prep in syntax.children(noun, "prep") if prep.lower_ == "with"
                    for p in syntax.prep_objects(prep)]
    elif verb.lemma_.lower() in _MEETING_VERBS:
        partners = objects + [p for prep in syntax.children(verb, "prep") if prep.lower_ == "with"
                              for p in syntax.prep_objects(prep)]
    else:
        return []
    return [*subjects, *partners] if partners else []


def meeting_parties(subject: Token) -> list[Token]:
    """The heads of the phrases naming the two sides a plural ``subject`` ("they", "the pair") points back to,
    when its clause hangs on a meeting told just before it; [] otherwise."""
    if not points_to_pair(subject):
        return []
    clause = subject.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    if clause.dep_ == "relcl":
        noun = clause.head
        if _meeting_noun(noun):
            return _noun_parties(noun)
        # "in Nairobi, where they signed", "on Tuesday, when they agreed": the place or time of the meeting verb
        # (or of its object: "hosted his counterpart in Tbilisi, where they signed")
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return []
        up = noun.head.head
        if up.dep_ == "dobj" and up.pos_ in syntax.NOUN_POS:
            up = up.head
        return _verb_parties(up) if up.pos_ in ("VERB", "AUX") else []
    if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i < subject.i:
        return _verb_parties(clause.head)
    return []
