"""Acts a sentence only waits for: the condition of an 'until' clause whose main clause holds something back.

"The rebels said they would not lay down their arms until the government freed their leaders", "Kathmandu froze
the talks until the insurgents freed the teachers": the 'until' clause tells in the past what must happen first,
not an act that happened. Its main clause is negated, told as to come or as possible ("would not", "will"), or a
verb of stopping (intent.yaml ``governors.stopping``: "suspended", "froze", "halted"). An 'until' clause of a told
past ("the army held the town until the rebels retook it on Sunday") keeps its act. ``drop`` marks the triggers of
one sentence (``eventwire explain`` shows the reason).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .background import clause_head, clause_mark
from .modality import ModalityRules

# the subordinators of a clause that tells what must happen before the main clause's act
AWAITING_MARKS = frozenset({"until", "till"})


def drop(fired: dict[int, Any], rules: ModalityRules) -> None:
    """Mark the fired triggers of one sentence whose act is the awaited condition of an 'until' clause."""
    for f in fired.values():
        if f.dropped or f.attempt.noun:
            continue
        why = awaited(f.token, rules)
        if why:
            f.dropped = why


def awaited(verb: Token, rules: ModalityRules) -> str:
    """Why the verb's act is only awaited ("" when it is not)."""
    first = clause_head(verb)
    mark = clause_mark(first, AWAITING_MARKS)
    if mark is None or first.head is first:
        return ""
    main = first.head
    held = _held_back(main, rules)
    if not held:
        return ""
    return f"awaited: '{mark.text} ...' tells what must happen before '{main.text}' ({held}), not an act done"


def _held_back(main: Token, rules: ModalityRules) -> str:
    """How the main clause holds its act back ("" when it tells a plain past): negated, a modal of what is to
    come or may be, or a verb of stopping."""
    verbs = [main] + [c for c in main.children if c.dep_ == "xcomp"]     # "refused to negotiate", "vowed to keep"
    for v in verbs:
        if any(c.dep_ == "neg" or c.lower_ in rules.negations for c in v.children):
            return "negated"
        modals = rules.auxiliaries.get("future", frozenset()) | rules.auxiliaries.get("hypothetical", frozenset())
        if any(c.dep_ == "aux" and c.lower_ in modals for c in v.children):
            return "to come"
        if v.lemma_.lower() in rules.governors.get("stopping", frozenset()):
            return "stopped"
    return ""
