"""An act named as the object of a verb of stopping is not going on: "agreed to suspend nuclear tests",
"halted airstrikes on Gaza for four hours", "banned protests in the capital".

The event noun names the act that is stopped, suspended, banned or called off; the news is the stopping
(coded by its own pattern where the lexicon has one: "postponed talks" 164), not a test, a strike or a
protest. ``stopped`` reads only the noun, the nouns it is joined to and the verb that takes them. The verbs
of stopping, phrasal ones with their particle ("call off"), are intent.yaml's ``governors.stopping``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

def drop(fired: dict[int, Any], stopping: frozenset[str]) -> None:
    """Mark the event nouns of one sentence that are the object of a verb of ``stopping``."""
    for f in fired.values():
        if not f.dropped:
            why = stopped(f, stopping)
            if why:
                f.dropped = why


def stopped(f: Any, stopping: frozenset[str]) -> str:
    """Why the trigger noun names an act that is stopped, or "" (``stopping``: lemmas of the verbs, and of
    phrasal verbs with their particle, "call off")."""
    if not f.attempt.noun:
        return ""
    obj = f.token
    for _ in range(4):      # "suspend nuclear tests and missile launches": the conjuncts share the verb
        if obj.dep_ != "conj":
            break
        obj = obj.head
    if obj.dep_ != "dobj":
        return ""
    verb = obj.head
    if not _stopping(verb, stopping):
        return ""
    return f"the act is stopped, suspended or banned ('{verb.text} ... {f.token.text}'): not an act going on"


def _stopping(verb: Token, stopping: frozenset[str]) -> bool:
    """"halted", "called off" ("called the talks off": the particle is the verb's child wherever it stands)."""
    lemma = verb.lemma_.lower()
    return lemma in stopping or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in stopping for c in verb.children)
