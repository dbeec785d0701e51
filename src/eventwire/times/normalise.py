"""Turn found candidates into TIMEX3 values against the publication date (the anchor).

``normalise(candidate, anchor, direction)`` returns a ``Resolved`` (value, type, range).
Direction ("past", "future" or None) comes from the tense of the governing verb and decides
which "Tuesday" or "July" is meant; None means nearest (weekdays: the last one).
Impossible dates (February 30, the 45th of July) and years out of reach (before 1000 or more
than 100 years after the anchor) are never raised: they come back with value None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dateparse import parse_numeric_date
from .finder import Candidate
from .periods import (Direction, add_months, day_number, iso_week, month_number, period_bounds, pick_month_day,
                      pick_month_year, pick_weekday, safe_date, weekend_of, year_ok)
from .vocabulary import MONTHS, ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, number_value

_PRESENT_MEANS_FUTURE = {"weekday", "weekend"}      # "votes Sunday", "the deadline is Friday"
_UTC = re.compile(r"\b(?:UTC|GMT|Z)\b(?!\s*[+-]\s?\d)")


@dataclass
class Resolved:
    value: str | None
    type: str = "DATE"
    range: dict[str, str | None] | None = None
    explicit: bool = False          # the text itself fixes the date (a year is written)


# ---------------------------------------------------------------- the rules

def _num(text: str | None) -> float | None:
    if text is None:
        return None
    return number_value(text.strip())


def _duration(num: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    letter, t = UNITS.get(unit, ("D", False))
    if unit == "decade":
        letter, num = "Y", (num * 10 if num is not None else None)
    elif unit == "century":
        letter, num = "Y", (num * 100 if num is not None else None)
    elif unit == "weekend":
        letter = "WE"
    elif unit == "fortnight":
        letter, num = "W", (num * 2 if num is not None else None)
    amount = "X" if num is None else (str(int(num)) if float(num).is_integer() else f"{num:g}")
    return f"P{'T' if t else ''}{amount}{letter}"


def _resolve_calendar_md(g: dict, anchor: date | None, direction: Direction) -> Resolved:
    m = month_number(g["mon"])
    d = day_number(g["d"])
    if g.get("y"):
        y = int(g["y"])
        day = safe_date(y, m, d) if year_ok(y, anchor) else None
        return Resolved(day.isoformat() if day else None, explicit=True)
    if anchor is None:
        return Resolved(f"XXXX-{m:02d}-{d:02d}" if safe_date(2000, m, d) else None)
    if g.get("yrel"):                                   # "June 16 of last year"
        day = safe_date(anchor.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0), m, d)
    else:
        day = pick_month_day(m, d, anchor, direction)
    return Resolved(day.isoformat() if day else None)


def resolve(c: Candidate, anchor: date | None, direction: Direction = None) -> Resolved:
    """The TIMEX3 value, type and range of one candidate."""
    handler = _HANDLERS[c.rule]
    if direction == "present":
        direction = "future" if c.rule in _PRESENT_MEANS_FUTURE else None
    elif direction == "nearest" and c.rule != "weekday":
        direction = None
    try:
        return handler({**c.groups, "_text": c.text}, anchor, direction)
    except (ValueError, OverflowError):   # dates at the ends of the calendar (year 1, year 9999)
        return Resolved(None, "DATE")


def _iso(g, anchor, direction):
    day = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if not day or not year_ok(day.year, anchor):
        return Resolved(None, explicit=True)
    if g.get("h"):
        return Resolved(f"{day.isoformat()}T{g['h']}:{g['mi']}", "TIME", explicit=True)
    return Resolved(day.isoformat(), explicit=True)


def _numeric(g, anchor, direction):
    day = parse_numeric_date(g["_text"])
    if day is None or not year_ok(day.year, anchor):
        return Resolved(None, explicit=True)
    return Resolved(day.isoformat(), explicit=True)


def _md_range(g, anchor, direction):
    first = _resolve_calendar_md(g, anchor, direction)
    second = _resolve_calendar_md({"mon": g.get("mon2") or g["mon"], "d": g["d2"], "y": g.get("y")}, anchor, direction)
    if first.value and second.value and "X" not in first.value and second.value < first.value:
        if not g.get("y"):   # "December 30 - January 2": the second end is in the next year
            nxt = safe_date(int(second.value[:4]) + 1, int(second.value[5:7]), int(second.value[8:10]))
            second = Resolved(nxt.isoformat() if nxt else None)
    if first.value is None or second.value is None:
        return Resolved(None, explicit=bool(g.get("y")))
    return Resolved(first.value, range={"from": first.value, "to": second.value}, explicit=bool(g.get("y")))


def _month(g, anchor, direction):
    m = month_number(g["mon"])
    rel = (g.get("rel") or "").lower()
    if g.get("y"):
        y = int(g["y"])
        return Resolved(f"{y}-{m:02d}" if year_ok(y, anchor) else None, explicit=True)
    if anchor is None:
        return Resolved(f"XXXX-{m:02d}")
    if g.get("yrel"):
        return Resolved(f"{anchor.year + {'last': -1, 'next': 1}.get(g['yrel'].lower(), 0)}-{m:02d}")
    if rel in ("last", "past", "previous"):
        direction = "past"
        y = pick_month_year(m, anchor, "past")
        if y == anchor.year and m == anchor.month:
            y -= 1
    elif rel in ("next", "coming", "upcoming", "following"):
        y = pick_month_year(m, anchor, "future")
        if y == anchor.year and m == anchor.month:
            y += 1
    elif rel in ("this", "current"):
        y = anchor.year
    else:
        y = pick_month_year(m, anchor, direction)
    return Resolved(f"{y}-{m:02d}")


def _year(g, anchor, direction):
    y = int(g["y"])
    if not year_ok(y, anchor):
        return Resolved(None, explicit=True)
    if (g.get("pos") or "").lower() == "fiscal":
        return Resolved(f"FY{y}", explicit=True)
    return Resolved(str(y), explicit=True)


def _year_range(g, anchor, direction):
    y1 = int(g["y"])
    y2s = g["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 <= y1 or y2 - y1 > 50 or not year_ok(y1, anchor) or not year_ok(y2, anchor):
        return Resolved(None, explicit=True)
    return Resolved(str(y1), range={"from": f"{y1}-01-01", "to": f"{y2}-12-31"}, explicit=True)


def _decade(g, anchor, direction):
    if g.get("c"):
        return Resolved(f"{g['c']}{g['d']}", explicit=True)
    century = "19" if anchor is None or int(g["d"]) * 10 > anchor.year % 100 else "20"
    return Resolved(f"{century}{g['d']}", explicit=True)


def _weekday(g, anchor, direction):
    wd = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower().replace("this past", "last")
    part = g.get("part")
    if anchor is None:
        return Resolved(f"XXXX-WXX-{wd + 1}")
    if rel in ("last", "past", "previous"):
        day = pick_weekday(wd, anchor - timedelta(days=1), "past")
    elif rel in ("next", "coming"):
        day = pick_weekday(wd, anchor + timedelta(days=1), "future")
        if rel == "next" and (day - anchor).days < 2:
            day += timedelta(days=7)
    elif rel == "this":
        day = pick_weekday(wd, anchor, direction or "future")
    else:
        day = pick_weekday(wd, anchor, direction)
    if part:
        return Resolved(f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "TIME")
    return Resolved(day.isoformat())


def _relday(g, anchor, direction):
    word = (g.get("day") or "").lower()
    part = (g.get("part") or g.get("part2") or "").lower()
    if anchor is None:
        return Resolved(None, "TIME" if part else "DATE")
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if g.get("this") and g["this"].lower() == "last":
        shift = -1 if part == "night" else 0
        if part != "night":
            return Resolved(None)
    day = anchor + timedelta(days=shift)
    if word == "tonight":
        return Resolved(f"{day.isoformat()}TNI", "TIME")
    if part:
        return Resolved(f"{day.isoformat()}T{PARTS_OF_DAY.get(part, 'NI')}", "TIME")
    return Resolved(day.isoformat())


def _relunit(g, anchor, direction):
    rel = g["rel"].lower().replace("this past", "last")
    unit = g["unit"].lower()
    the = bool(g.get("the"))
    if the and rel in ("past", "next", "coming", "following", "previous") and unit not in SEASONS \
            and unit != "weekend":
        if rel in ("past", "next", "coming") or unit == "decade":
            return Resolved(_duration(1, unit), "DURATION")
    if unit == "decade" and rel in ("past", "last"):
        return Resolved("P10Y", "DURATION")
    if anchor is None:
        return Resolved(None)
    k = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1, "following": 1}.get(rel, 0)
    if unit == "week":
        return Resolved(iso_week(anchor + timedelta(days=7 * k)))
    if unit == "weekend":
        way = "future" if k > 0 or rel == "this" else ("past" if k < 0 else direction)
        return Resolved(weekend_of(anchor, way, 1 if k > 0 else 0))
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, k)
        return Resolved(f"{y}-{m:02d}")
    if unit == "quarter":
        q = (anchor.month - 1) // 3 + k
        y = anchor.year + (q // 4)
        return Resolved(f"{y}-Q{q % 4 + 1}")
    if unit == "year":
        return Resolved(str(anchor.year + k))
    if unit == "century":
        return Resolved(str(anchor.year // 100 + k))
    if unit in SEASONS:
        return Resolved(f"{anchor.year + k}-{SEASONS[unit]}")
    return Resolved(None)


def _weekend_bare(g, anchor, direction):
    if anchor is None:
        return Resolved(None)
    return Resolved(weekend_of(anchor, direction))


def _ago(g, anchor, direction):
    n = _num(g.get("num"))
    unit = g["unit"].lower().rstrip("s")
    if anchor is None:
        return Resolved(None)
    if n is None:
        return Resolved("PAST_REF")
    n_int = int(round(n))
    if unit in ("day", "night"):
        return Resolved((anchor - timedelta(days=n_int)).isoformat())
    if unit in ("week", "fortnight"):
        return Resolved((anchor - timedelta(days=7 * n_int * (2 if unit == "fortnight" else 1))).isoformat())
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, -n_int)
        return Resolved(f"{y}-{m:02d}")
    if unit == "year":
        return Resolved(str(anchor.year - n_int))
    if unit == "decade":
        return Resolved(str(anchor.year - 10 * n_int))
    if unit in ("hour", "minute", "second"):
        return Resolved(anchor.isoformat())
    return Resolved(None)


def _duration_rule(g, anchor, direction):
    num_text = (g.get("num") or "").lower()
    n = None if num_text in ("several", "many", "few", "a few", "some", "dozens of", "hundreds of") else _num(num_text)
    return Resolved(_duration(n, g["unit"]), "DURATION")


def _vague_duration(g, anchor, direction):
    return Resolved(_duration(None, g["unit"]), "DURATION")


def _quarter(g, anchor, direction):
    if g.get("q"):
        q = int(g["q"])
        y = int(g["y2"]) if g.get("y2") else None
    else:
        word = g["ord"].lower()
        q = ORDINALS.get(word) or int(word[0])
        y = int(g["y"]) if g.get("y") else (int(g["fy"]) if g.get("fy") else None)
        if word == "last" and not y and not g.get("rel"):
            if anchor is None:
                return Resolved(None)
            cur = (anchor.month - 1) // 3          # the quarter before the current one
            return Resolved(f"{anchor.year - (cur == 0)}-Q{(cur - 1) % 4 + 1}")
        if g.get("rel") and anchor:
            y = anchor.year + {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
    if y is not None:
        return Resolved(f"{y}-Q{q}", explicit=bool(g.get("y") or g.get("y2") or g.get("fy")))
    if anchor is None:
        return Resolved(f"XXXX-Q{q}")
    cur = (anchor.month - 1) // 3 + 1
    if direction == "future":
        y = anchor.year if q >= cur else anchor.year + 1
    else:
        y = anchor.year if q <= cur else anchor.year - 1
    return Resolved(f"{y}-Q{q}")


def _half(g, anchor, direction):
    h = 1 if g["ord"].lower() == "first" else 2
    if g.get("y"):
        return Resolved(f"{int(g['y'])}-H{h}", explicit=True)
    if anchor is None:
        return Resolved(None)
    y = anchor.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
    return Resolved(f"{y}-H{h}")


def _season(g, anchor, direction):
    s = SEASONS[g["season"].lower()]
    if g.get("y"):
        return Resolved(f"{int(g['y'])}-{s}", explicit=True)
    if anchor is None:
        return Resolved(f"XXXX-{s}")
    rel = (g.get("rel") or "").lower()
    k = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if not rel:
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
        if direction == "past" and start_month > anchor.month:
            k = -1
        elif direction == "future" and start_month + 2 < anchor.month and s != "WI":
            k = 1
    return Resolved(f"{anchor.year + k}-{s}")


def _holiday(g, anchor, direction):
    name = g["name"].lower()
    if name.startswith("christmas"):
        m, d = 12, (24 if name.endswith("eve") else 25)
    elif name.startswith("new year"):
        m, d = (12, 31) if name.endswith("eve") else (1, 1)
    else:                                   # Thanksgiving (US): fourth Thursday of November
        y = int(g["y"]) if g.get("y") else (anchor.year if anchor else None)
        if y is None:
            return Resolved(None)
        first = date(y, 11, 1)
        day = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return Resolved(day.isoformat(), explicit=bool(g.get("y")))
    if g.get("y"):
        return Resolved(f"{int(g['y'])}-{m:02d}-{d:02d}", explicit=True)
    if anchor is None:
        return Resolved(f"XXXX-{m:02d}-{d:02d}")
    day = pick_month_day(m, d, anchor, direction)
    return Resolved(day.isoformat() if day else None)


def _clock(g, anchor, direction):
    if g.get("word"):
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}[g["word"].lower()]
    elif g.get("h3"):
        hh, mm = int(g["h3"]), int(g["mi3"])
    else:
        hh = int(g.get("h") or g.get("h2"))
        mm = int(g.get("mi") or g.get("mi2") or 0)
        ap = (g.get("ap") or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    if hh > 24 or mm > 59:
        return Resolved(None, "TIME")
    base = anchor.isoformat() if anchor else "XXXX-XX-XX"
    utc = "Z" if _UTC.search(g.get("_text") or "") else ""
    return Resolved(f"{base}T{hh:02d}:{mm:02d}{utc}", "TIME")


def _the_day(g, anchor, direction):
    return Resolved(anchor.isoformat() if anchor else None)


def _the_year(g, anchor, direction):
    if anchor is None:
        return Resolved(None)
    unit = (g.get("unit") or "year").lower()
    if unit == "month":
        return Resolved(f"{anchor.year}-{anchor.month:02d}")
    if unit == "week":
        return Resolved(iso_week(anchor))
    return Resolved(str(anchor.year))


def _set(g, anchor, direction):
    if g.get("adv"):
        adv = g["adv"].lower()
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year",
                "annual": "year", "yearly": "year", "hourly": "hour", "nightly": "night"}[adv]
        return Resolved(_duration(1, unit), "SET")
    unit = g.get("unit") or g.get("unit2") or g.get("unit3") or "day"
    if unit.lower() in WEEKDAYS:
        return Resolved(f"XXXX-WXX-{WEEKDAYS[unit.lower()] + 1}", "SET")
    if unit.lower() in MONTHS:
        return Resolved(f"XXXX-{MONTHS[unit.lower()]:02d}", "SET")
    return Resolved(_duration(1, unit), "SET")


def _ref(g, anchor, direction):
    if g.get("present"):
        return Resolved("PRESENT_REF")
    if g.get("past"):
        return Resolved("PAST_REF")
    return Resolved("FUTURE_REF")


def _long_adj(g, anchor, direction):
    return Resolved(_duration(None if g.get("pl") else 1, g["unit"]), "DURATION")


def _recent_units(g, anchor, direction):
    return Resolved(_duration(None, g["unit"]), "DURATION")


_HANDLERS = {
    "iso": _iso, "numeric": _numeric, "mdy": _resolve_calendar_md, "dmy": _resolve_calendar_md,
    "md": _resolve_calendar_md, "md_range": _md_range, "dm_range": _md_range, "month": _month, "year": _year,
    "year_range": _year_range, "decade": _decade, "the_day": _the_day, "the_year": _the_year, "weekday": _weekday,
    "relday": _relday, "relunit": _relunit, "weekend": _weekend_bare, "ago": _ago, "duration": _duration_rule,
    "vague_duration": _vague_duration, "recent_units": _recent_units, "quarter": _quarter, "half": _half,
    "season": _season, "holiday": _holiday, "clock": _clock, "set": _set, "ref": _ref, "long_adj": _long_adj,
    "ago_vague": lambda g, a, d: Resolved("PAST_REF"),
}

__all__ = ["Resolved", "resolve", "period_bounds", "Direction"]
