"""Role phrases that name a company's own, not an actor of their head word's sector: "Airbus parent EADS" (the
company that owns Airbus, BUS), "60 Boeing 787 aircraft", "Airbus A320 passenger jets" (a maker's product, no
armed force). Used by ``ActorResolver.compose``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .vocabulary import shipped_vocabulary

if TYPE_CHECKING:
    from .resolver import Phrase, Resolution

_WORDS = shipped_vocabulary()
# vehicles and weapons a company makes: named with the company, they are its products ("Airbus A320 passenger jets")
PRODUCT_WORDS = _WORDS.words("product_words")


def _companies(phrase: "Phrase", owner_too: bool) -> list["Resolution"]:
    found = [*phrase.names, phrase.owner] if owner_too else list(phrase.names)
    return [r for r in found if r is not None and r.kind == "organisation" and "BUS" in r.sectors]


def company_phrase(phrase: "Phrase") -> "Resolution | None":
    """The company a phrase stands for when its head is a company's parent or product, else None."""
    agent = phrase.agent
    if agent.phrase != "parent" and agent.phrase not in PRODUCT_WORDS:
        return None
    from .resolver import Resolution   # resolver imports this module

    if agent.phrase == "parent":   # "Airbus parent EADS", "Google parent Alphabet": the company that owns it
        parent = next((r for r in _companies(phrase, False) if r.country), None)
        if parent is not None:
            return Resolution(parent.country + "BUS", parent.country, ("BUS",), None,
                              f"'{parent.name} parent' -> the company that owns {parent.name}, of "
                              f"{parent.country}", "agent", plural=phrase.plural)
    if agent.phrase in PRODUCT_WORDS:   # a maker's product: "60 Boeing 787 aircraft" (not "Boeing-Air Force talks")
        maker = next(iter(_companies(phrase, True)), None)
        if maker is not None:
            return replace(maker, why=f"'{phrase.head_words}' of {maker.name}: a product of the company: {maker.why}",
                           kind="agent", plural=phrase.plural, name=None, human=False)
    return None


# sectors of bodies that are no government: their offices and staff are theirs ("a vice president at Boeing")
PRIVATE_BODIES = frozenset({"BUS", "MED", "EDU", "HLH", "NGO"})
NON_COUNTRY_BLOCKS = frozenset({"IGO", "NGO", "IMG", "MNC"})


def private_body(res: "Resolution", *, international: bool = True) -> bool:
    """A named body that is no government: a firm, outlet, school, NGO (and, with ``international``, a body of no
    country): "the executive director of Human Rights Watch" is that NGO's, not a businessman."""
    if res.kind != "organisation" or res.code is None:
        return False
    return bool(set(res.sectors) & PRIVATE_BODIES) or res.code.startswith("NGO") or (
        international and res.code[:3] in NON_COUNTRY_BLOCKS)


def works_at(place: "Resolution", sector: str) -> bool:
    """Whether a person of a role with no office of its own is the body's where they work ("a writer for The
    Atlantic" MED, "a volunteer with Amnesty International" NGO, "a researcher at Human Rights Watch"); students at
    a school stay the school's students (EDU of its country)."""
    if place.code is None:
        return False
    if sector == "CVL":
        return not set(place.sectors) - PRIVATE_BODIES
    return sector == "EDU" and (place.code.startswith("NGO") or set(place.sectors) == {"BUS"})


__all__ = ["NON_COUNTRY_BLOCKS", "PRIVATE_BODIES", "company_phrase", "private_body", "works_at"]
