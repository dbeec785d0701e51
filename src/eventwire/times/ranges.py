"""Ranges and bounds built from resolved expressions.

* ``between May and July``, ``from 2009 to 2011``: one expression, value = the start, range from
  the first day of the first to the last day of the second.
* ``before July`` -> range {"from": None, "to": "2017-07-01"} (``to`` is the first day of the
  bound, exclusive); ``by``/``until``/``through`` July -> ``to`` = last day of July;
  ``after July`` -> ``from`` = 2017-08-01; ``since July`` -> ``from`` = 2017-07-01.
  The signal word stays outside the extent (TimeML), the bound lives in ``range``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from .finder import Candidate
from .normalise import Resolved, period_bounds


@dataclass
class Found:
    """A candidate with its resolution; ``start``/``end`` may grow when two expressions merge."""

    cand: Candidate
    res: Resolved
    start: int
    end: int


_LEAD = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
_BOUND = re.compile(r"\b(before|by|until|till|through|after|since|prior to|no later than|ahead of)\s+(?:the\s+)?$",
                    re.IGNORECASE)
_JOIN_BETWEEN = re.compile(r"^\s+and\s+$", re.IGNORECASE)
_JOIN_FROM = re.compile(r"^\s*(?:to|until|till|through|-|–)\s*$", re.IGNORECASE)
_RANGE_RULES = {"month", "year", "weekday", "md", "mdy", "dmy", "season", "quarter", "relday", "holiday"}


def _span_of(res: Resolved) -> tuple[str, str] | None:
    if res.range and res.range.get("from") and res.range.get("to"):
        return res.range["from"], res.range["to"]
    b = period_bounds(res.value)
    return (b[0].isoformat(), b[1].isoformat()) if b else None


def merge_ranges(text: str, items: list[Found]) -> list[Found]:
    """Join 'between A and B' and 'from A to B' into one ranged expression."""
    out: list[Found] = []
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items):
            b = items[i + 1]
            gap = text[a.end:b.start]
            lead = _LEAD.search(text[max(0, a.start - 10):a.start])
            joined = lead and ((lead.group(1).lower() == "between" and _JOIN_BETWEEN.match(gap))
                               or (lead.group(1).lower() == "from" and _JOIN_FROM.match(gap)))
            sa, sb = _span_of(a.res), _span_of(b.res)
            if joined and sa and sb and a.cand.rule in _RANGE_RULES and b.cand.rule in _RANGE_RULES and sa[0] <= sb[1]:
                start = a.start - len(lead.group(0))
                res = Resolved(a.res.value, "DATE", {"from": sa[0], "to": sb[1]}, a.res.explicit or b.res.explicit)
                out.append(Found(a.cand, res, start, b.end))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def apply_bounds(text: str, items: list[Found]) -> None:
    """Set ``range`` on expressions preceded by before/by/until/after/since (in place)."""
    for f in items:
        if f.res.type != "DATE" or f.res.value is None:
            continue
        m = _BOUND.search(text[max(0, f.start - 20):f.start])
        if not m:
            continue
        span = _span_of(f.res)
        if span is None:
            continue
        first, last = span
        word = m.group(1).lower()
        if word in ("before", "prior to", "ahead of"):
            f.res.range = {"from": None, "to": first}
        elif word in ("by", "until", "till", "through", "no later than"):
            f.res.range = {"from": None, "to": last}
        elif word == "after":
            b = period_bounds(last)
            f.res.range = {"from": (b[1] + timedelta(days=1)).isoformat() if b else None, "to": None}
        else:
            f.res.range = {"from": first, "to": None}
