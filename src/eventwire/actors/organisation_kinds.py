"""Which actor a definite noun of a kind can name again (``fits``): "the group", "the alliance", "the bloc", "the
union", "the organisation" an organisation of that kind; "the agency" an institution, "the company" a business, "the
country" a country, "the army" / "the police" a state's forces, "the party" a party (ruling or in opposition on the
day), "the militants" an armed group.

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
# nor has one referred to as "the agency" / "the ministry": businesses, outlets, parties, armed groups
NOT_INSTITUTION_SECTORS = frozenset({"BUS", "MED", "PTY", "REB"})
COUNTRY_KINDS = frozenset({"country", "adjective", "capital", "place", "metonym"})
# sectors of a political party: ruling (PTY) or in opposition (OPP) on the day
PARTY_SECTORS = frozenset({"PTY", "OPP"})
# anaphor kind -> the sector of the state's forces it names again ("the army", "the police")
FORCE_SECTORS = {"military": "MIL", "police": "COP"}


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


def fits(kind: str, res: Resolution) -> bool:
    """Whether the actor ``res`` named before can be what a definite noun of ``kind`` (words.yaml anaphors) names."""
    if res.code is None:
        return False
    if kind in ORGANISATION_KINDS:    # "the group" is no UN body, "the alliance" no EU, "the bloc" no NATO
        return organisation_fits(kind, res)
    if kind == "institution":
        return res.kind in ("organisation", "metonym") and not NOT_INSTITUTION_SECTORS & set(res.sectors)
    if kind == "business":
        return res.kind == "organisation" and "BUS" in res.sectors
    if kind == "country":
        return res.kind in COUNTRY_KINDS and res.country is not None
    if kind in FORCE_SECTORS:
        return res.country is not None and res.sectors == (FORCE_SECTORS[kind],)
    if kind == "party":    # "the party": a party named before, in power or in opposition on the day
        return res.kind == "organisation" and bool(PARTY_SECTORS & set(res.sectors))
    return "REB" in res.sectors    # armed
