"""The public records of eventwire (docs: shared spec RECORDS.md): Event, Quote, Time, Article.

Records are plain dataclasses; ``to_dict()`` gives the JSON object of the contract and
``from_dict()`` reads one back. Field names are a contract: add fields, never rename.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = 1

Modality = Literal["asserted", "negated", "hypothetical", "future"]
DateBasis = Literal["explicit", "relative", "publication", "none"]
Status = Literal["ok", "skipped", "failed"]
QuoteKind = Literal["direct", "indirect", "mixed"]


def as_dict(value: Any) -> Any:
    """``dataclasses.asdict`` for records, without its deep copy of every string and number
    (most of the time of storing a record): the same dict, field order and copies of lists/dicts."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if hasattr(type(value), "__dataclass_fields__"):
        return {f.name: as_dict(getattr(value, f.name)) for f in fields(value)}
    if type(value) is list:
        return [as_dict(v) for v in value]
    if type(value) is dict:
        return {as_dict(k): as_dict(v) for k, v in value.items()}
    return copy.deepcopy(value)      # anything else as asdict treats it


@dataclass
class ActorRef:
    """An actor mention resolved (or not) to a CAMEO actor code."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None


@dataclass
class Attribution:
    speaker: Speaker | None
    via: str | None = None


@dataclass
class Location:
    text: str
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None


@dataclass
class Evidence:
    """The sentence an event was coded from (start/end: the sentence's span) and its trigger."""

    text: str
    trigger: str
    start: int
    end: int
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class Event:
    article_id: str
    sentence: int
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    evidence: Evidence
    rule: str
    modality: Modality = "asserted"
    confidence: float = 0.5
    date: str | None = None
    date_basis: DateBasis = "none"
    location: Location | None = None
    attribution: Attribution | None = None
    id: str = ""
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        return _event_from_dict(data)


@dataclass
class Quote:
    article_id: str
    kind: QuoteKind
    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    via: str | None = None
    id: str = ""
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        data = dict(data)
        sp = data.pop("speaker", None)
        return cls(speaker=Speaker(**_known(Speaker, sp)) if sp else None, **_known(cls, data))


@dataclass
class Time:
    article_id: str
    text: str
    start: int
    end: int
    value: str | None
    type: str = "DATE"
    range: dict[str, str | None] | None = None
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Time":
        return cls(**_known(cls, data))


@dataclass
class Article:
    id: str
    text: str
    status: Status = "ok"
    reason: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = "en"
    removed: list[str] = field(default_factory=list)
    story_id: str | None = None
    source_path: str | None = None
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return cls(**_known(cls, data))


def _known(cls: type, data: dict[str, Any] | None) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in (data or {}).items() if k in names}


def _actor(data: dict[str, Any] | None) -> ActorRef | None:
    return ActorRef(**_known(ActorRef, data)) if data else None


def _event_from_dict(data: dict[str, Any]) -> Event:
    data = dict(data)
    loc = data.pop("location", None)
    att = data.pop("attribution", None)
    ev = data.pop("evidence")
    attribution = None
    if att:
        sp = att.get("speaker")
        attribution = Attribution(speaker=Speaker(**_known(Speaker, sp)) if sp else None, via=att.get("via"))
    return Event(
        source=_actor(data.pop("source", None)),
        target=_actor(data.pop("target", None)),
        evidence=Evidence(**_known(Evidence, ev)),
        location=Location(**_known(Location, loc)) if loc else None,
        attribution=attribution,
        **{k: v for k, v in _known(Event, data).items() if k not in ("source", "target", "evidence")},
    )


RECORD_KINDS = {"events": Event, "quotes": Quote, "times": Time, "articles": Article}

__all__ = [
    "SCHEMA_VERSION", "ActorRef", "Speaker", "Attribution", "Location", "Evidence",
    "Event", "Quote", "Time", "Article", "RECORD_KINDS",
]
