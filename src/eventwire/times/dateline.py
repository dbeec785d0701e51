"""Wire-story datelines: "MOSCOW (Reuters) -", "KYIV, Ukraine, March 3 (AP) --", "WASHINGTON, Jan 29, 2017 (AFP) -",
"ISLAMABAD, Feb. 27 (APP): ", "Kyiv, 3 May (UNIAN) - ". The one reader of the form for every stage.

``line_datelines(text)`` reads, once per text, the dateline that opens each line: the place (in capitals, or in title
case), up to two comma parts (a region or a date), the outlet in brackets and the dash or colon that ends it, each
with its character span. The readers take what they need from it, each by a rule of its own (``Dateline`` says
which):

- ``find_dateline`` (times, places, the sources' office rule): the article's opening dateline, in one of the first
  three lines, a place in capitals followed by a sentence (not a headline "UPDATE - short");
- ``Dateline.paragraph_opening`` (quotes: no speaker and no content in it): a place in capitals, or in title case
  with a date and the agency's brackets; a colon only right after the brackets (a bare "NAME: " is a speaker label);
- ``Dateline.names_filing_place`` (actors: the place is no actor, no antecedent): a first word in capitals of three
  letters or more; a colon only after the brackets or right after a one-word place the dictionary names;
- ``Dateline.credit_span`` (actors: the outlet filed the story, no actor of it): the text in the brackets.

The nlp stage cuts the text after a line's opening dateline before the parse (``stages/nlp._cut_dateline``, its own
pattern: changing what it cuts changes every parse) and the event coder reads a dateline the parser left at a
sentence start from the tokens (``events/datelines.py``); both are parse-level and keep their own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from .vocabulary import MONTHS

_MEMO_KEY = "eventwire.line_datelines"

_LEAD = re.compile(r"\s*")
_PLACE = re.compile(r"(?P<caps>[A-Z][A-Z.'’/\-]+(?: [A-Z][A-Z.'’/\-]+){0,8})(?![a-z])"  # MOSCOW, NEW YORK, KHARTOUM/JUBA
                    r"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")                  # Kyiv (with a date and agency)
_DATE = re.compile(r",\s*(?:(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<mon2>[A-Z][a-z]{2,8})\.?)"
                   r"(?:,?\s*(?P<y>\d{4}))?(?![\w])")                                # , Jan 29[, 2017] / , 3 May
_REGION = re.compile(r",\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})")   # , Ukraine / , Texas / , N.J.
_OUTLET = re.compile(r"\s*\((?P<outlet>[A-Za-z][\w .&/'’-]{0,40})\)")                  # (Reuters)
_LETTERS = re.compile(r"[A-Za-z]*")
_MARK = re.compile(r"(?P<space>\s*)(?P<mark>[-–—]{1,2}|:)(?P<gap>\s+|$)")


@dataclass(frozen=True)
class Dateline:
    """The dateline opening one line of a text; every offset indexes the text."""

    start: int                 # span of the place name in the text
    end: int
    place: str                 # "MOSCOW" as written
    region: str | None         # "Ukraine" in "KYIV, Ukraine (AP) -"
    outlet: str | None
    published: date | None     # only when the dateline writes a year
    line: int = 0              # index of the line it opens
    line_start: int = 0        # offset of that line
    in_capitals: bool = True   # "MOSCOW" (not "Kyiv")
    dated: bool = False        # a date stands in it ("Jan. 6")
    outlet_span: tuple[int, int] | None = None   # the text in the brackets
    colon: bool = False        # ends with a colon, not a dash
    colon_after_outlet: bool = False   # "(APP): ", the colon after the bracket
    mark_start: int = 0        # offset of the dash or colon
    text_start: int = 0        # offset after the dash or colon and the space after it
    words_after: int = 0       # words on the rest of the line

    @property
    def place_name(self) -> str:
        """'NEW YORK' -> 'New York'."""
        return " ".join(w.capitalize() if len(w) > 2 or w.isalpha() else w for w in self.place.split())

    @property
    def paragraph_opening(self) -> bool:
        """A dateline the quote finder keeps out of speakers and contents: a place in capitals, or in title case
        with a date and the agency's brackets ("Kyiv, 3 May (UNIAN) - "); a colon only right after the brackets."""
        if self.start != self.line_start or len(self.place.split()) > 4 \
                or not (self.in_capitals or (self.dated and self.outlet_span is not None)):
            return False
        return not self.colon or (self.colon_after_outlet and self.mark_start == self.outlet_span[1] + 1)

    @property
    def first_word(self) -> str:
        """The letters the place opens with: "PORT" of "PORT-AU-PRINCE", "COX" of "COX'S BAZAR"."""
        return _LETTERS.match(self.place).group()

    def names_filing_place(self, named_kind: str | None) -> bool:
        """A dateline whose words are where the story was filed (the actor finder's rule): its first word in
        capitals, letters only, three or more, and no name of another kind than a place (``named_kind``: what the
        dictionary reads the first word as, None when nothing: "NATO - the alliance - met" is no dateline); a colon
        only after the brackets or right after a one-word place the dictionary names ("ISLAMABAD: The Senate")."""
        word = self.first_word
        if not (self.in_capitals and word.isalpha() and word.isupper() and len(word) > 2):
            return False
        if named_kind is not None and named_kind not in ("capital", "place", "country"):
            return False
        if not self.colon or self.colon_after_outlet:
            return True
        return named_kind is not None and self.place == word and self.region is None and not self.dated

    @property
    def credit_span(self) -> tuple[int, int] | None:
        """The outlet credited in the brackets ("CARACAS (Reuters) -", "ACCRA, Sept. 28 (GNA) -"), as a character
        span, when the place's first word is in capitals, letters only, three or more."""
        word = self.first_word
        if self.outlet_span is None or not (word.isalpha() and word.isupper() and len(word) > 2):
            return None
        return self.outlet_span


def line_datelines(text: str) -> list[Dateline]:
    """The dateline opening each line of ``text`` that has one, in order."""
    out: list[Dateline] = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        found = _read_line(line, offset, index)
        if found is not None:
            out.append(found)
        offset += len(line) + 1
    return out


def document_datelines(doc: Doc) -> list[Dateline]:
    """``line_datelines`` of a parsed document's text, read once per document (kept in ``doc.user_data``)."""
    found = doc.user_data.get(_MEMO_KEY)
    if found is None:
        found = doc.user_data[_MEMO_KEY] = line_datelines(doc.text)
    return found


def find_dateline(text: str, *, max_lines: int = 3,
                  datelines: list[Dateline] | None = None) -> Dateline | None:
    """The article's opening dateline: in one of the first ``max_lines`` lines, a place in capitals of three
    characters or more, then a sentence (four words or more: "UPDATE - short" is a headline). ``datelines``: the
    text's ``line_datelines``, when already read."""
    found = line_datelines("\n".join(text.split("\n")[:max_lines])) if datelines is None else datelines
    for dateline in found:
        if dateline.line < max_lines and dateline.in_capitals and 3 <= len(dateline.place) <= 42 \
                and dateline.words_after >= 4:
            return dateline
    return None


def _read_line(line: str, offset: int, index: int) -> Dateline | None:
    pos = _LEAD.match(line).end()
    place = _PLACE.match(line, pos)
    if place is None:
        return None
    in_capitals = place.group("caps") is not None
    pos = place.end()
    region = None
    published = None
    dated = False
    for _ in range(2):
        part = _DATE.match(line, pos)
        if part is not None and not dated:
            dated = True
            published = _date(part)
            pos = part.end()
            continue
        part = _REGION.match(line, pos)
        if part is None or region is not None or dated:
            break
        region = part.group("region")
        pos = part.end()
    outlet = _OUTLET.match(line, pos)
    if outlet is not None:
        pos = outlet.end()
    mark = _MARK.match(line, pos)
    if mark is None:
        return None
    colon = mark.group("mark") == ":"
    rest = line[mark.end():]
    name = place.group().strip()
    return Dateline(
        start=offset + place.start(), end=offset + place.start() + len(name), place=name, region=region,
        outlet=(outlet.group("outlet").strip() or None) if outlet is not None else None, published=published,
        line=index, line_start=offset, in_capitals=in_capitals, dated=dated,
        outlet_span=(offset + outlet.start("outlet"), offset + outlet.end("outlet")) if outlet is not None else None,
        colon=colon, colon_after_outlet=colon and outlet is not None,
        mark_start=offset + mark.start("mark"), text_start=offset + mark.end(), words_after=len(rest.split()))


def _date(part: re.Match[str]) -> date | None:
    if not part.group("y"):
        return None
    word = part.group("mon") or part.group("mon2")
    mon = MONTHS.get(word.lower()) or MONTHS.get(word.lower()[:3])
    if not mon:
        return None
    try:
        return date(int(part.group("y")), mon, int(part.group("d") or part.group("d2")))
    except ValueError:
        return None


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
