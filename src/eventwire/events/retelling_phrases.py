"""Phrases of one sentence that tell a verb's act again or name what a trip is for, read by the
restatements merge (``events/restatements.py``): a comma phrase ranking the act after its clause ("landed in
Beijing on Friday, the first trip by a German chancellor to China in years"), an occasion phrase of the verb's
clause ("arrived in Moscow on a state visit") and the "for" phrase of a verb of travel ("flew to Pretoria for
talks": that act comes on the trip's day or later).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["appositive_retelling", "occasion_phrase", "purpose_of_trip"]

# words ranking an act among others of its kind in a comma phrase after it: ", the first visit by ...", ", the latest in
# a string of tests" (superlatives are read by their tag)
_PHRASE_DETS = frozenset({"the", "his", "her", "its", "their"})
_RANK_WORDS = frozenset({"first", "latest", "last", "second", "third", "fourth", "fifth", "only"})
# verbs of a trip whose "for" phrase names what it is made for: "arrived in Moscow for talks", "flew to Delhi for a
# summit"
_TRAVEL_VERBS = frozenset({"arrive", "fly", "travel", "land", "head", "go", "come", "leave", "set", "visit", "return"})
# prepositions of the occasion of an act: "arrived in Moscow on a state visit", "landed for a visit", "during a tour"
_OCCASION_PREPS = frozenset({"on", "for", "during"})


def purpose_of_trip(noun: Token | None) -> bool:
    """An event noun in a "for" phrase of a verb of travel ("arrived in Russia on Tuesday for a summit with Putin",
    "flew to Pretoria for talks"): its act comes when the trip is done, on the trip's day or later."""
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    node = noun.head.head
    for _ in range(4):   # up through the verb's own phrases ("in Russia", "on Tuesday") to the verb
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in _TRAVEL_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def occasion_phrase(noun: Token | None, verb: Token | None) -> bool:
    """ "Xi arrived in Moscow on Monday on a three-day state visit to Russia", "landed in Kyiv for a visit": an event
    noun in an "on"/"for"/"during" phrase of ``verb``'s clause (hung on the verb, or on a phrase of the verb's own,
    "in Moscow on a visit") names the occasion of the verb's act, the same act told again."""
    if noun is None or verb is None or noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ not in _OCCASION_PREPS or noun.sent.start != verb.sent.start:
        return False
    node = noun.head.head
    for _ in range(4):   # up through the verb's own phrases ("in Moscow", "on Monday") to the verb
        if node.i == verb.i:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def appositive_retelling(noun: Token | None, verb: Token | None) -> bool:
    """ "Merkel landed in Beijing on Friday, the first trip by a German chancellor to China in years", "North Korea
    fired a missile into the sea, the latest in a string of weapons tests": an event noun in a phrase set off by a comma
    after the clause of ``verb``, introduced by "the" (or "his", "its" ...) and a superlative or ordinal ("the first",
    "the latest", "the biggest such", "its third"), tells the verb's act again (the comma phrase describes the act,
    it is no act of its own)."""
    if noun is None or verb is None or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.i < verb.i or noun.sent.start != verb.sent.start:
        return False
    node = noun
    for _ in range(6):       # up through "of"/"in" phrases to the head of the comma phrase
        if node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i:
            node = node.head
            continue
        break
    left = node.left_edge
    if left.i == 0 or noun.doc[left.i - 1].text != "," or left.lower_ not in _PHRASE_DETS:
        return False
    if not any(c.tag_ == "JJS" or c.lower_ in _RANK_WORDS for c in (node, *node.lefts)):
        return False
    head = node.head   # the comma phrase belongs to the verb's clause: its object, an apposition in it, the verb
    # (or the parser hung the clause under the phrase: "arrived in Moscow on Monday, his first visit to Russia since
    # the war began" with "arrived" under "began")
    return head.i == verb.i or any(t.i == verb.i for t in head.ancestors) or any(t.i == head.i for t in verb.ancestors)
