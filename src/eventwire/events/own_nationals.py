"""A state's advice to its own nationals to leave a country is no act between two actors.

"Norway advised its citizens to leave Lebanon at once", "Britain urged its nationals to leave Sudan": a
travel warning or an evacuation order a government gives its own people abroad. Read as an expulsion (174)
or an appeal (02) from the state to its own civilians it is a dyad of one country with itself; the act that
concerns the other country (an embassy closed, a warning about the danger there) is coded by its own words.
``advice_to_leave`` reads only the trigger verb, its complement and the target's own words.
"""

from __future__ import annotations

from typing import Any

# pronouns that make the nationals the source's own ("its citizens", "their nationals")
_OWN = frozenset({"its", "their", "his", "her", "our"})


def drop(fired: dict[int, Any], leaving: frozenset[str]) -> None:
    """Mark the fired triggers of one sentence that are a state's advice to its own nationals to leave
    (``leaving``: the verbs of the complement that tell them to go, intent.yaml ``governors.leaving``)."""
    for f in fired.values():
        if not f.dropped and f.pairs:
            why = advice_to_leave(f, leaving)
            if why:
                f.dropped = why


def advice_to_leave(f: Any, leaving: frozenset[str]) -> str:
    """Why the trigger is an advice to the source's own nationals to leave, or ""."""
    if f.attempt.noun or not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in leaving
                                 for c in f.token.children):
        return ""
    targets = [t for _, t in f.pairs]
    if any(t is None for t in targets):
        return ""
    for s, t in f.pairs:
        own = any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.token.children)
        if not own or not s.ref.country or s.ref.country != t.ref.country or "CVL" not in (t.ref.sectors or ()):
            return ""
    return f"'{f.token.text} its own nationals to leave': a state's advice to its own people abroad, " \
           "not an act between two actors"
