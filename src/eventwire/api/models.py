"""Request models of the REST API: query parameters and the body of POST /v1/code.

Unknown fields and unknown query parameters are refused (``extra="forbid"``), so a typo in a
filter name is an error with a message instead of a silently unfiltered answer.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..store.queries import EventFilter, QueryError, QuoteFilter, check_date

MAX_PAGE = 1000
_SHORT = 200


def _date(value: str | None, name: str) -> str | None:
    try:
        return check_date(value, name)
    except QueryError as err:  # pydantic turns ValueError into a 422 with this message
        raise ValueError(str(err)) from err


class EventFilterParams(BaseModel):
    """Filters shared by /v1/events and the /v1/stats endpoints."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(None, max_length=_SHORT, description="Source or target: code prefix (RUS, USAGOV) "
                              "or part of a name (Putin)")
    source: str | None = Field(None, max_length=_SHORT, description="Source actor: code prefix or part of a name")
    target: str | None = Field(None, max_length=_SHORT, description="Target actor: code prefix or part of a name")
    dyad: str | None = Field(None, max_length=2 * _SHORT + 1, description="Two actors, either direction: RUS-USA")
    cameo: str | None = Field(None, pattern=r"^\d{2,4}$", description="CAMEO code prefix (04, 041, 0411)")
    root: str | None = Field(None, pattern=r"^\d{2}$", description="CAMEO root (two digits)")
    quad_class: int | None = Field(None, ge=1, le=4, description="1 verbal coop, 2 material coop, "
                                   "3 verbal conflict, 4 material conflict")
    plover: str | None = Field(None, pattern=r"^[A-Za-z_]{2,40}$", description="PLOVER event type")
    modality: Literal["asserted", "negated", "hypothetical", "future"] | None = None
    date_from: str | None = Field(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
    date_to: str | None = Field(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
    place: str | None = Field(None, max_length=_SHORT, description="Location name (part) or country code")
    speaker: str | None = Field(None, max_length=_SHORT, description="Who the event is attributed to")
    article_id: str | None = Field(None, max_length=_SHORT)

    @field_validator("date_from", "date_to")
    @classmethod
    def _valid_date(cls, value: str | None, info) -> str | None:
        return _date(value, info.field_name)

    def event_filter(self) -> EventFilter:
        return EventFilter(**{name: getattr(self, name) for name in EventFilter.names()})


class EventsParams(EventFilterParams):
    limit: int = Field(50, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0)


class TimelineParams(EventFilterParams):
    interval: Literal["day", "week", "month", "year"] = "month"


class DyadParams(EventFilterParams):
    limit: int = Field(20, ge=1, le=MAX_PAGE)
    directed: bool = True


class ActorParams(EventFilterParams):
    limit: int = Field(20, ge=1, le=MAX_PAGE)


class QuotesParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: str | None = Field(None, max_length=_SHORT)
    kind: Literal["direct", "indirect", "mixed"] | None = None
    article_id: str | None = Field(None, max_length=_SHORT)
    text: str | None = Field(None, max_length=_SHORT, description="Part of the quoted text")
    limit: int = Field(50, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0)

    def quote_filter(self) -> QuoteFilter:
        return QuoteFilter(speaker=self.speaker, kind=self.kind, article_id=self.article_id, text=self.text)


class CodeRequest(BaseModel):
    """Text to code. ``published`` anchors relative dates and actors' roles in office."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1, description="The article text (plain text)")
    published: str | None = Field(None, description="Publication date YYYY-MM-DD")
    id: str | None = Field(None, max_length=_SHORT, description="Article id to use in the records")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=1000)

    @field_validator("published")
    @classmethod
    def _valid_published(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            if len(value) != 10:
                raise ValueError("wrong length")
            return date.fromisoformat(value).isoformat()
        except ValueError as err:
            raise ValueError(f"published: {value!r} is not a date YYYY-MM-DD") from err
