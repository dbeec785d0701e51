"""What the actor resolver makes of a mention: ``Resolution`` (a code, country, sectors and why), the name matches
(``NameMatch``) and role phrases (``Phrase``) it works on, and ``split_code`` for CAMEO actor codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..dictionaries.actor_dictionary import ActorEntry, Agent
from ..dictionaries.actor_files import SECTORS
from ..records import ActorRef
from .company_roles import NON_COUNTRY_BLOCKS


@dataclass(frozen=True)
class Resolution:
    """What a mention stands for. ``code`` is None when the country is unknown."""

    code: str | None
    country: str | None
    sectors: tuple[str, ...]
    name: str | None
    why: str
    kind: str                     # person | country | adjective | metonym | organisation | place | agent | unknown
    entry: ActorEntry | None = field(default=None, compare=False)
    plural: bool = False
    human: bool = False           # a person ("he"/"she" can refer back to it)
    place: bool = False           # resolved as a place where it stands ("fighting in Kharkiv", "arrived in Moscow")

    def ref(self, text: str, start: int, end: int) -> ActorRef:
        return ActorRef(text=text, start=start, end=end, name=self.name, code=self.code,
                        country=self.country, sectors=list(self.sectors))

    def as_dict(self, text: str) -> dict:
        return {"text": text, "name": self.name, "code": self.code, "country": self.country,
                "sectors": list(self.sectors), "why": self.why}


@dataclass
class NameMatch:
    """Words [start, end) of a word sequence that name a dictionary entry."""

    start: int
    end: int
    key: str
    candidates: list[ActorEntry]
    ambiguous: bool = False


@dataclass
class Phrase:
    """A role phrase to compose: head agent, its modifier words and the names among them."""

    agent: Agent
    head_words: str
    modifiers: list[str] = field(default_factory=list)      # lower-case words before the head phrase
    names: list[Resolution] = field(default_factory=list)   # resolved names among the modifiers
    owner: Resolution | None = None                         # possessor or "of" object
    plural: bool = False
    place: Resolution | None = None                         # "in"/"from" object: "separatists in Ukraine"


def split_code(code: str | None) -> tuple[str | None, tuple[str, ...]]:
    """'RUSGOV' -> ('RUS', ('GOV',)); 'IGOUNO' -> (None, ()); None -> (None, ())."""
    if not code:
        return None, ()
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = None if blocks[0] in NON_COUNTRY_BLOCKS else blocks[0]
    return country, tuple(b for b in blocks[1:] if b in SECTORS)


def fmt_date(d: date | None) -> str:
    """A role's start or end in a ``why``: the ISO date, or "open"."""
    return d.isoformat() if d else "open"


__all__ = ["NameMatch", "Phrase", "Resolution", "fmt_date", "split_code"]
