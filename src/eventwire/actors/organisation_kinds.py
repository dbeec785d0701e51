"""Which organisation a definite noun of an organisation's kind can name again: "the group", "the alliance",
"the bloc", "the union", "the organisation".

"The Taliban attacked ... The UN condemned ... The group said" means the Taliban: a group, movement, faction or
militia is no intergovernmental body. "The alliance" is a military alliance (NATO, the CSTO) or a non-state
coalition, not the EU; "the bloc" is a regional or economic bloc (the EU, ASEAN, the AU), not NATO or a UN body;
"the union" a bloc or a non-state union; "the organisation" any organisation. The groups of leading economies
(the G7, G20, BRICS) are "the group" and "the bloc" alike. The kinds of IGO are a table of
``data/actors/words.yaml`` (igo_kinds). Parties and news outlets are never referred to this way.
"""

from __future__ import annotations

from .resolver import Resolution
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

# the nouns' kinds (anaphors table of words.yaml) decided here
ORGANISATION_KINDS = frozenset({"group", "alliance", "bloc", "union", "organisation"})
# 3 letters after IGO -> the kind of IGO ("NAT" -> alliance, "EUR" -> bloc)
IGO_KINDS = _WORDS.group_of("igo_kinds")
# sectors an organisation named again by such a noun does not have: parties and outlets
NOT_GROUP_SECTORS = frozenset({"PTY", "MED"})


def igo_kind(code: str | None) -> str | None:
    """'IGONAT' -> 'alliance', 'IGOEUR' -> 'bloc', 'IGOGSE' -> 'group', 'IGOUNO' -> 'igo' (of no listed kind); not
    an IGO -> None."""
    if not code or not code.startswith("IGO"):
        return None
    return IGO_KINDS.get(code[3:6], "igo")


def organisation_fits(kind: str, res: Resolution) -> bool:
    """Whether the organisation ``res`` can be what a definite noun of ``kind`` names again."""
    if res.code is None or res.kind != "organisation" or NOT_GROUP_SECTORS & set(res.sectors):
        return False
    igo = igo_kind(res.code)
    if kind == "organisation":
        return True
    if kind == "group":
        return igo in (None, "group")    # "G7 leaders ... the group pledged": the Group of Seven
    if kind == "alliance":
        return igo in (None, "alliance")
    if kind == "bloc":
        return igo in ("bloc", "group")
    return igo in (None, "bloc")     # union
