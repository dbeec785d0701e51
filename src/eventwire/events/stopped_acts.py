"""An act named as the object of a verb of stopping is not going on: "agreed to suspend nuclear tests",
"halted airstrikes on Gaza for four hours", "banned protests in the capital".

The event noun names the act that is stopped, suspended, banned or called off; the news is the stopping
(coded by its own pattern where the lexicon has one: "postponed talks" 164), not a test, a strike or a
protest. ``stopped`` reads only the noun, the nouns it is joined to and the verb that takes them.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

# verbs whose object is an act that is not (or no longer) done
_STOPPING = frozenset({"suspend", "halt", "stop", "cease", "freeze", "ban", "prohibit", "outlaw", "prevent",
                       "avert", "forestall", "cancel", "postpone", "scrap", "abandon", "pause", "end"})
# phrasal verbs of the same sense: lemma -> particle ("called off the talks", "headed off protests")
_STOPPING_PHRASAL = {"call": "off", "head": "off", "put": "off", "wind": "down"}


def drop(fired: dict[int, Any]) -> None:
    """Mark the event nouns of one sentence that are the object of a verb of stopping."""
    for f in fired.values():
        if not f.dropped:
            why = stopped(f)
            if why:
                f.dropped = why


def stopped(f: Any) -> str:
    """Why the trigger noun names an act that is stopped, or ""."""
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
    if not _stopping(verb):
        return ""
    return f"the act is stopped, suspended or banned ('{verb.text} ... {f.token.text}'): not an act going on"


def _stopping(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _STOPPING:
        return True
    particle = _STOPPING_PHRASAL.get(lemma)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
