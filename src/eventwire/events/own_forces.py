"""An order a state gives its own forces ("Putin ordered his troops to attack Ukraine"): carried out by them, so
the act ordered is the event and the order is none (``drops.drop_embedded``)."""

from __future__ import annotations

from .fired import Fired
from .modality import ModalityRules

# the organs of a state that carry out its leaders' orders
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


def own_forces_order(order: Fired, rules: ModalityRules) -> bool:
    """A state's order to its own organs: a verb of command (``governors.orders``) whose source is a
    state and whose addressees are all organs of that state ("ordered the army", "told the Pentagon",
    "ordered his troops"), not another actor ("told Putin to stop") nor a demand made on a government
    by its opposition; an addressee the actor stage left uncoded counts when it is a force noun
    (``governors.own_forces`` in intent.yaml)."""
    roles = order.roles
    if roles is None or not roles.sources or order.token.lemma_.lower() not in rules.governors.get("orders", ()):
        return False
    if not all(len(a.ref.code) == 3 or a.ref.code[3:6] in STATE_ORGANS for a in roles.sources if a.ref.code):
        return False
    forces = rules.governors.get("own_forces", frozenset())
    if not roles.targets:
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in forces for c in order.token.children)
    countries = {a.ref.code[:3] for a in roles.sources if a.ref.code}
    return all(t.ref.code and t.ref.code[:3] in countries and t.ref.code[3:6] in STATE_ORGANS
               for t in roles.targets)
