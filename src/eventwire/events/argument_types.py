"""The records the argument finder hands out: an actor in a role (``Arg``) and an event's
sources and targets (``Roles``), with the marks its ``how`` strings carry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..document import ActorMention
from ..records import ActorRef

ActorLookup = Callable[[int], "ActorMention | None"]

OWNER_WHY = "owner of a thing:"        # the actor stage's reason for the owner of a non-actor phrase
OWNER_MARK = "[owner of a thing]"     # marks such arguments: they can be acted on, not meet or talk
BETWEEN = "'between'"                 # the sides named by an event noun's 'between' phrase
ADVERSARY_MARK = "the other side of"  # "her opponent": of the owner's country, never the owner
AUTHOR_MARK = "author of"             # an act told by a participle on a text: "a statement condemning X"


def state_body(code: str | None, sectors: frozenset[str]) -> bool:
    """Is ``code`` a country's body of one of ``sectors`` ("KENCOP", "MMRMIL"; not "IGONATMIL", not a bare
    country)?"""
    return bool(code) and len(code) >= 6 and code[3:6] in sectors and not code.startswith(("IGO", "NGO"))


@dataclass
class Arg:
    """An actor filling a role, with the token it was found at and how."""

    ref: ActorRef
    token: Token
    how: str
    person: str | None = None     # the person the mention names ("Hillary Clinton"), when it names one

    def retold(self, how: str) -> "Arg":
        """The same actor at the same token, found another way (``how``)."""
        return Arg(self.ref, self.token, how, self.person)


@dataclass
class Roles:
    sources: list[Arg] = field(default_factory=list)
    targets: list[Arg] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reciprocal: bool = False    # "accused each other", "attacked one another's policies"

