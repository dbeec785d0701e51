"""Calendar arithmetic for the normaliser: picking the meant year/week, ISO weeks, period bounds.

All functions are pure and never raise on odd input: impossible days give None.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .vocabulary import MONTHS

Direction = str | None
MAX_YEARS_AHEAD = 100
_SEASON_MONTHS = {"-SP": (3, 5), "-SU": (6, 8), "-FA": (9, 11), "-WI": (12, 2)}


def year_ok(year: int, anchor: date | None) -> bool:
    limit = (anchor.year if anchor else date.today().year) + MAX_YEARS_AHEAD
    return 1000 <= year <= limit


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS[w[:3]]


def day_number(word: str) -> int:
    return int(word.rstrip("stndrh"))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def pick_month_day(m: int, d: int, anchor: date, direction: Direction) -> date | None:
    options = [x for x in (safe_date(anchor.year + k, m, d) for k in (-1, 0, 1)) if x]
    if not options:
        return None
    if direction == "past":
        past = [x for x in options if x <= anchor]
        return max(past) if past else min(options)
    if direction == "future":
        fut = [x for x in options if x >= anchor]
        return min(fut) if fut else max(options)
    return min(options, key=lambda x: (abs((x - anchor).days), x.year != anchor.year))


def pick_month_year(m: int, anchor: date, direction: Direction) -> int:
    """The year of month ``m`` meant from ``anchor``."""
    here = anchor.year * 12 + anchor.month
    options = [(y * 12 + m, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if direction == "past":
        return max((o for o in options if o[0] <= here), default=options[1])[1]
    if direction == "future":
        return min((o for o in options if o[0] >= here), default=options[1])[1]
    return min(options, key=lambda o: (abs(o[0] - here), o[1] != anchor.year))[1]


def pick_weekday(wd: int, anchor: date, direction: Direction) -> date:
    delta = wd - anchor.weekday()
    if direction == "future":
        return anchor + timedelta(days=delta % 7)
    if direction == "nearest" and delta % 7 < (-delta) % 7:
        return anchor + timedelta(days=delta % 7)
    return anchor - timedelta(days=(-delta) % 7)


def weekend_of(anchor: date, direction: Direction, shift: int = 0) -> str:
    if direction == "future" or anchor.weekday() >= 5:
        base = anchor
    else:
        base = anchor - timedelta(days=7)
    return iso_week(base + timedelta(days=7 * shift)) + "-WE"


def period_bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by a calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn)."""
    if not value or len(value) < 4 or not value[:4].isdecimal() or not value[:4].isascii():
        return None
    y = int(value[:4])
    rest = value[4:]
    try:
        if rest == "":
            return date(y, 1, 1), date(y, 12, 31)
        if len(rest) == 3 and rest[0] == "-" and rest[1:].isdigit():
            m = int(rest[1:])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(rest) >= 6 and rest[0] == "-" and rest[3] == "-" and rest[1:3].isdigit() and rest[4:6].isdigit():
            d = date(y, int(rest[1:3]), int(rest[4:6]))
            return d, d
        if rest.startswith("-W") and rest[2:4].isdigit():
            monday = date.fromisocalendar(y, int(rest[2:4]), 1)
            if rest.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if rest.startswith("-Q") and rest[2:3].isdigit():
            q = int(rest[2])
            first = date(y, 3 * q - 2, 1)
            last_m = 3 * q
            return first, date(y, last_m, calendar.monthrange(y, last_m)[1])
        if rest in _SEASON_MONTHS:
            first_m, last_m = _SEASON_MONTHS[rest]
            last_y = y + 1 if last_m < first_m else y
            return date(y, first_m, 1), date(last_y, last_m, calendar.monthrange(last_y, last_m)[1])
        if rest.startswith("-H") and rest[2:3] in ("1", "2"):
            return (date(y, 1, 1), date(y, 6, 30)) if rest[2] == "1" else (date(y, 7, 1), date(y, 12, 31))
    except ValueError:
        return None
    return None
