"""Wire-story datelines: "MOSCOW (Reuters) -", "KYIV, Ukraine, March 3 (AP) --", "WASHINGTON, Jan 29, 2017 (AFP) -".

``find_dateline(text)`` looks at the first lines only and returns the reporting place, the outlet
and, when the dateline carries one, the date (a full date only when a year is written).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .vocabulary import MONTHS

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\- ]{1,40}[A-Z.])"                       # MOSCOW, NEW YORK, ST. PETERSBURG
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}))?"     # , Ukraine / , Texas / , N.J.
    r"(?:,\s*(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:,\s*(?P<y>\d{4}))?)?"   # , Jan 29[, 2017]
    r"\s*(?:\((?P<outlet>[A-Za-z][\w .&'-]{0,40})\))?"                  # (Reuters)
    r"\s*(?:-{1,2}|–|—|:)\s+(?=\S)"
)


@dataclass
class Dateline:
    start: int                 # span of the place name in the text
    end: int
    place: str                 # "MOSCOW" as written
    region: str | None         # "Ukraine" in "KYIV, Ukraine (AP) -"
    outlet: str | None
    published: date | None     # only when the dateline writes a year

    @property
    def place_name(self) -> str:
        """'NEW YORK' -> 'New York'."""
        return " ".join(w.capitalize() if len(w) > 2 or w.isalpha() else w for w in self.place.split())


def find_dateline(text: str, *, max_lines: int = 3) -> Dateline | None:
    """The dateline at the start of one of the first ``max_lines`` lines, or None."""
    offset = 0
    for line in text.split("\n")[:max_lines]:
        m = _DATELINE.match(line)
        if m and (m.group("outlet") or m.group("mon") or len(m.group("place")) >= 3) and not _is_headline(line, m):
            return _build(m, offset)
        offset += len(line) + 1
    return None


def _is_headline(line: str, m: re.Match[str]) -> bool:
    """An all-caps word followed by a dash is only a dateline when a sentence follows."""
    rest = line[m.end():]
    return len(rest.split()) < 4


def _build(m: re.Match[str], offset: int) -> Dateline:
    published = None
    if m.group("mon") and m.group("y"):
        mon = MONTHS.get(m.group("mon").lower()) or MONTHS.get(m.group("mon").lower()[:3])
        if mon:
            try:
                published = date(int(m.group("y")), mon, int(m.group("d")))
            except ValueError:
                published = None
    place = m.group("place").strip()
    return Dateline(start=offset + m.start("place"), end=offset + m.start("place") + len(place), place=place,
                    region=m.group("region"), outlet=(m.group("outlet") or "").strip() or None, published=published)


def find_date_line(text: str, *, max_lines: int = 3) -> date | None:
    """A line among the first ones that is nothing but a full date ("February 03, 2009"), as a date."""
    from .finder import find_candidates
    from .normalise import resolve

    for line in text.split("\n")[:max_lines]:
        stripped = line.strip()
        if not stripped or len(stripped) > 40:
            continue
        cands = find_candidates(stripped)
        if len(cands) == 1 and cands[0].rule in ("mdy", "iso", "dmy") and len(cands[0].text) >= len(stripped) - 1:
            res = resolve(cands[0], None)
            if res.value and res.explicit and len(res.value) >= 10:
                return date.fromisoformat(res.value[:10])
    return None
