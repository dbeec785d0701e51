"""The toll of an attack: "Turkish shelling wounded five Syrian soldiers", "Israeli airstrikes killed
20 people in Gaza". The attack noun, subject of a verb of killing or wounding, is coded as the
attack; the verb's victims are the attack's target when the noun names none of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg, Roles


def victims_as_targets(attack: Roles, toll: Roles, verb: Token) -> bool:
    """Give ``attack`` the victims of the toll ``verb`` as targets when it has none (sources left as
    they are); True when it took any."""
    if attack.targets or not toll.targets:
        return False
    own = {a.ref.code for a in attack.sources}
    attack.targets = [Arg(a.ref, a.token, f"victim of '{verb.text}' ({a.how})", a.person) for a in toll.targets
                      if a.ref.code not in own]
    return bool(attack.targets)
