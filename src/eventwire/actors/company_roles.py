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


__all__ = ["company_phrase"]
