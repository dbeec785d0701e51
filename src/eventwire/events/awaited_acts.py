"""Acts a sentence only waits for: the condition of an 'until' clause whose main clause holds something back.

"The rebels said they would not lay down their arms until the government freed their leaders", "Kathmandu froze
the talks until the insurgents free the teachers": the 'until' clause tells what must happen first, not an act
that happened. Its main clause is told as to come or as possible ("would not", "will"), negated with the 'until'
verb in the present ("do not talk until the army withdraws"), or a verb of stopping (intent.yaml
``governors.stopping``: "suspended", "froze", "halted") whose 'until' clause carries no time of its own.
A told past keeps its act: "Israel did not halt its offensive until Egypt brokered a ceasefire" says the
ceasefire was brokered (and then the offensive halted); "the army held the town until the rebels retook it on
Sunday" and "froze the accounts until a court lifted the order in March" tell a sequence (the 'until' clause is
dated). A stopping verb with an undated past 'until' clause ("suspended the talks until the rebels released the
hostages") is read as a condition, as the dev sets' gold reads it: the backshifted present of reported news.
The subordinators are intent.yaml ``markers.awaiting``. ``drop`` marks the triggers of one sentence
(``eventwire explain`` shows the reason).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .background import clause_head, clause_mark
from .modality import ModalityRules

# tags of a verb in the present: an 'until' clause so told waits for its act ("until the president resigns")
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# entity types of a time phrase that dates the 'until' clause's act as done
TIME_ENTITIES = frozenset({"DATE", "TIME"})


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
    mark = clause_mark(first, rules.markers.get("awaiting", frozenset()))
    if mark is None or first.head is first:
        return ""
    main = first.head
    held = _held_back(main, first, rules)
    if not held:
        return ""
    return f"awaited: '{mark.text} ...' tells what must happen before '{main.text}' ({held}), not an act done"


def _held_back(main: Token, until_verb: Token, rules: ModalityRules) -> str:
    """How the main clause holds its act back ("" when it tells a plain past): a modal of what is to come or may
    be, a negation with the 'until' verb in the present, or a verb of stopping with an undated 'until' clause."""
    verbs = [main] + [c for c in main.children if c.dep_ == "xcomp"]     # "refused to negotiate", "vowed to keep"
    modals = rules.auxiliaries.get("future", frozenset()) | rules.auxiliaries.get("hypothetical", frozenset())
    pending = _pending(until_verb, modals)
    for v in verbs:
        if any(c.dep_ == "aux" and c.lower_ in modals for c in v.children):
            return "to come"
        if pending and any(c.dep_ == "neg" or c.lower_ in rules.negations for c in v.children):
            return "negated, the condition in the present"
        if v.lemma_.lower() in rules.governors.get("stopping", frozenset()) and (pending or not _dated(until_verb)):
            return "stopped"
    return ""


def _pending(until_verb: Token, modals: frozenset[str]) -> bool:
    """The 'until' verb is in the present or has a modal ("until the president resigns", "until talks can
    resume")."""
    return until_verb.tag_ in PRESENT_TAGS or any(
        c.dep_ == "aux" and (c.tag_ in PRESENT_TAGS or c.lower_ in modals) for c in until_verb.children)


def _dated(until_verb: Token) -> bool:
    """The 'until' clause dates its own act ("until a court lifted the order in March", "on Sunday")."""
    for c in until_verb.children:
        if c.dep_ in ("npadvmod", "tmod", "advmod") and c.ent_type_ in TIME_ENTITIES:
            return True
        if c.dep_ == "prep" and any(t.ent_type_ in TIME_ENTITIES for t in c.subtree):
            return True
    return False
