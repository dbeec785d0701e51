"""The CodedDocument that carries one article through the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .records import ActorRef, Article, Event, Location, Quote, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class ActorMention:
    """An actor found in the text: token span [start_token, end_token) and its resolution."""

    start_token: int
    end_token: int
    head_token: int
    ref: ActorRef
    why: str = ""
    members: list[ActorRef] = field(default_factory=list)   # plural references: "the two leaders", "both sides"
    place: bool = False     # the actor stage resolved it as a place ("in Kharkiv", "arrived in Moscow"): the places
    #                         stage takes its span even when the parser tagged it ORG or PERSON


@dataclass
class TimeMention:
    record: Time
    start_token: int
    end_token: int


@dataclass
class PlaceMention:
    location: Location
    start_token: int
    end_token: int
    kind: str | None = None         # the gazetteer's kind: city, admin1, region, country, continent


@dataclass
class CodedDocument:
    article: Article
    published: date | None = None
    doc: "Doc | None" = None
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # stage diagnostics, e.g. "text truncated"

    def actor_at(self, token_i: int) -> ActorMention | None:
        """The actor mention whose span covers token ``token_i`` (head match preferred)."""
        best = None
        for m in self.actors:
            if m.head_token == token_i:
                return m
            if m.start_token <= token_i < m.end_token and best is None:
                best = m
        return best
