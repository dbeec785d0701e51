"""Dates of events from the time expressions of their clause.

Rules (documented in docs/TIMES.md):
* the closest dateable expression in the event's clause wins (DATE and TIME values; durations,
  sets and PAST_/FUTURE_REF never date an event; PRESENT_REF means the publication date);
* a range dates the event by its first day ("July 7-8" -> 2017-07-07); an open start
  ("since 2014", "after July") by the year it opens; an open bound
  ("before July", or an expression reached through "before"/"until"/"by" in the parse, as in
  "meet before a summit on July 7-8") by the finest period holding both the publication date
  and the day before the bound ("2017");
* other periods (weeks, weekends, quarters) by the finest of day / month / year that holds
  the whole period ("over the weekend" of 2017-01-28/29 -> 2017-01);
* ``date_basis``: explicit (a year is written), relative (resolved against the publication
  date), publication (no expression in the clause: the article's date), none (no date at all).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..records import Time
from .normalise import period_bounds


def common_granularity(first: date, last: date) -> str | None:
    """The finest YYYY-MM-DD / YYYY-MM / YYYY that holds both days."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year}-{first.month:02d}"
    if first.year == last.year:
        return str(first.year)
    return None


def event_date(time: Time, published: date | None) -> str | None:
    """The YYYY-MM-DD | YYYY-MM | YYYY date an event gets from one Time record, or None."""
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    if time.value == "PRESENT_REF":
        return published.isoformat() if published else None
    rng = time.range
    if rng and rng.get("from") and rng.get("to"):
        return rng["from"][:10]
    if rng and rng.get("from"):                      # "since 2014", "after July": open-ended, the year only
        return rng["from"][:4]
    if rng and rng.get("to"):
        return _before(rng["to"][:10], published)
    value = time.value[:10] if "T" in time.value else time.value
    bounds = period_bounds(value)
    if bounds is None:
        return None
    return common_granularity(*bounds)


def _before(first_day: str, published: date | None) -> str | None:
    """An event before ``first_day`` and (news) after publication: the period holding both."""
    bound = period_bounds(first_day)
    if bound is None or published is None:
        return None
    last = bound[0] - timedelta(days=1)
    return common_granularity(published, last) if last >= published else None


def bounded_date(time: Time, published: date | None) -> str | None:
    """The date of an event that happens before the time ("meet before a summit on July 7-8")."""
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    start = time.range.get("from") if time.range else None
    if not start:
        bounds = period_bounds(time.value[:10])
        start = bounds[0].isoformat() if bounds else None
    return _before(start, published) if start else None
