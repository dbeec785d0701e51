"""Nouns that name both a person and a weapon platform ("bomber": a suicide bomber or a strategic bomber), and
which of the two a subject is. ``platform_persons`` in data/cameo/arguments.yaml lists the nouns."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .argument_words import argument_words

# an aircraft's model designation before the noun: "B-52", "B-2", "Tu-95", "Su-24", "B-1B"
_MODEL = re.compile(r"\b[A-Z][A-Za-z]?-\d{1,3}[A-Z]?\b")
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# what the machine reading of a platform noun meets a pattern's subject list with (19.yaml#aircraft_strike)
MACHINE_WORDS = frozenset({"military aircraft"})


def is_machine(head: Token) -> bool:
    """Whether a platform noun names the machine, not a person: "B-52 bombers", "two B-2 bombers", "US
    bombers", "Russia's bombers" (plural, owned by a country); not "a suicide bomber", "the bomber", "bombers
    killed 20 people" (no country nor model: the people who bomb)."""
    if head.lemma_.lower() not in argument_words().platform_persons:
        return False
    before = head.doc[head.left_edge.i:head.i]
    if any(t.lower_ == "suicide" for t in before):
        return False
    if _MODEL.search(before.text):
        return True
    return head.tag_ == "NNS" and any(c.dep_ in _OWNER_DEPS and c.ent_type_ in ("GPE", "NORP") for c in head.children)


def subject_words(head: Token, words: set[str]) -> set[str]:
    """A subject's words (``words``: its noun phrases) read as the machine when ``is_machine``: the phrases of
    the platform noun give way to ``MACHINE_WORDS``, so a pattern of the people ("bomber" in
    18.yaml#gunmen_attack) no longer fits and one of aircraft does ("US bombers struck the sites": 195)."""
    if not is_machine(head):
        return words
    lemma = head.lemma_.lower()
    return {w for w in words if w.split()[-1] not in (lemma, head.lower_)} | MACHINE_WORDS
