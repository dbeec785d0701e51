"""Find place mentions in a parsed article and resolve them with the gazetteer.

Mentions are spaCy GPE/LOC entities plus our curated region names (which the model often
misses: "Donbas", "the Sahel"); a direction word in front stays in the text ("eastern Ukraine").
Ambiguous names are settled by, in order: a qualifier right after the name ("Paris, Texas";
"Hamburg, Germany"; "London, Ontario", a province known to pycountry), the countries the article names
unambiguously (unless a namesake city is over 100 times more populous; or, when no state, province,
region or town of the in-context namesake's country is named, a larger national capital or a namesake
over 5 times more populous: "a U.S. envoy in Geneva" is Switzerland's Geneva, while "a U.S. federal judge in
Alexandria", a home court, stays in Virginia), our curated table, the
primary GeoNames name, the kind (region > country > state > continent > city) and population.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Location
from .gazetteer import KIND_RANK, Gazetteer, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PLACE_LABELS = ("GPE", "LOC")
DWARF_RATIO = 100        # a city this many times more populous wins over an in-context namesake
NAMESAKE_RATIO = 5       # ... or this many times, when only country names (no state, province or town) set the context
DIRECTIONS = frozenset({
    "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "east", "west", "north",
    "south", "northeast", "northwest", "southeast", "southwest", "rural", "coastal",
})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within",
                            "into", "off", "along", "to"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


@dataclass
class PlaceFound:
    start: int            # character span of the mention (direction word included)
    end: int
    text: str
    name: str             # the name looked up
    candidates: list[tuple[Place, bool]]
    subdivisions: list[Place]       # provinces and states of that name ("Ontario"), for qualifiers
    place: Place | None = None

    def location(self) -> Location:
        p = self.place
        if p is None:
            return Location(text=self.text, name=None, country=None, lat=None, lon=None, geonameid=None)
        return Location(text=self.text, name=p.name, country=p.country, lat=p.lat, lon=p.lon, geonameid=p.geonameid)


def region_pattern(gaz: Gazetteer) -> re.Pattern[str] | None:
    """One compiled regex over the curated region names (longest first), for names spaCy misses."""
    names = sorted({n for n in gaz.curated_names if len(n) > 3}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def find_places(doc: "Doc", gaz: Gazetteer, pattern: re.Pattern[str] | None,
                extra_countries: set[str] | None = None, text: str | None = None,
                known_spans: "list[tuple[int, int]] | None" = None,
                home_institutions: "list[tuple[int, int, str]] | None" = None) -> list[PlaceFound]:
    """Every resolvable place mention of the document, resolved in context.

    ``text`` is ``doc.text`` when the caller has it (spaCy builds ``doc.text`` from every token
    on each access). ``known_spans`` are character spans another stage read as places (the actor
    resolver's "Kharkiv", which the small model tags ORG or PERSON). ``home_institutions`` are (start, end,
    country) of the sentences in which a domestic body of that country acts (a court, the police, a legislature:
    "a U.S. federal judge in Alexandria"): there a namesake of that country is not moved abroad for its size."""
    found: list[PlaceFound] = []
    taken: list[tuple[int, int]] = []
    text = doc.text if text is None else text
    if pattern is not None:
        for m in pattern.finditer(text):
            _add(found, taken, gaz, doc, text, m.start(), m.end())
    for start, end in known_spans or ():
        _add(found, taken, gaz, doc, text, start, end)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            _add(found, taken, gaz, doc, text, ent.start_char, ent.end_char)
    found.sort(key=lambda f: f.start)
    _resolve(found, text, extra_countries or set(), home_institutions or [])
    return [f for f in found if f.place is not None]


def _add(found: list[PlaceFound], taken: list[tuple[int, int]], gaz: Gazetteer, doc: "Doc", text: str,
         start: int, end: int) -> None:
    if any(start < e and s < end for s, e in taken):
        return
    while end > start and text[end - 1] in " -–—:,":      # "RIYADH -" from a dateline
        end -= 1
    raw = text[start:end]
    name = _POSSESSIVE.sub("", raw).strip()
    cands = gaz.candidates(name)
    if not cands and _LEADING_THE.match(name):
        name = _LEADING_THE.sub("", name)
        cands = gaz.candidates(name)
        if cands:
            start += len(raw) - len(_LEADING_THE.sub("", raw))
    if not cands:
        return
    end = start + len(_POSSESSIVE.sub("", text[start:end]).rstrip())
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span.start > 0 and doc[span.start - 1].lower_ in DIRECTIONS:
        start = doc[span.start - 1].idx
    taken.append((start, end))
    found.append(PlaceFound(start, end, text[start:end], name, cands, gaz.subdivisions(name)))


def _resolve(found: list[PlaceFound], text: str, extra_countries: set[str],
             home_institutions: "list[tuple[int, int, str]]") -> None:
    context = set(extra_countries)
    local = set()          # countries of the states, regions and towns the article names unambiguously
    for f in found:
        top = f.candidates[0][0]
        if len(f.candidates) == 1 or top.curated or top.kind in ("country", "admin1", "region"):
            if top.country:
                context.add(top.country)
                if top.kind != "country":
                    local.add(top.country)
    qualifiers: dict[int, Place] = {}      # index of a mention used as "X, <province>" -> that province
    for i, f in enumerate(found):
        qualifier = _qualifier(found, i, text)
        if qualifier is not None and qualifier.kind == "admin1" and qualifier.lat is None:
            qualifiers[i + 1] = qualifier
        if i in qualifiers:
            f.place = qualifiers[i]
            continue
        ranked = max(f.candidates, key=lambda pb: _rank(pb[0], pb[1], context, qualifier))
        place = ranked[0]
        if place.kind == "city" and not place.curated and _rank(*ranked, context, qualifier)[0] == 0:
            biggest = max((p for p, _ in f.candidates if p.kind == "city"), key=lambda p: p.population)
            capital = next((p for p, _ in f.candidates if p.kind == "city" and p.capital), None)
            if biggest.population > DWARF_RATIO * max(place.population, 1):
                place = biggest        # "Washington and Moscow": not Moscow, Idaho, however American the story
            elif (qualifier is None and not place.capital and place.country not in local
                  and not any(start <= f.start < end and country == place.country
                              for start, end, country in home_institutions)):
                if capital is not None and capital.population > place.population:
                    place = capital    # "the U.S. envoy met Lavrov in Athens": Greece's capital, not Athens, Georgia
                elif biggest.population > NAMESAKE_RATIO * max(place.population, 1):
                    place = biggest    # "a U.S. envoy met Lavrov in Geneva": not Geneva, Illinois
        f.place = place


def _qualifier(found: list[PlaceFound], i: int, text: str) -> Place | None:
    """The place right after ', ' ("Paris, Texas"; "London, Ontario"), used to pick among the candidates of the
    first: a country, a US state, or a province of a country one of the first name's readings lies in."""
    if i + 1 >= len(found):
        return None
    nxt = found[i + 1]
    if text[found[i].end:nxt.start] not in (", ", ","):
        return None
    best = nxt.candidates[0][0]
    if best.kind in ("country", "admin1"):
        return best
    countries = {p.country for p, _ in found[i].candidates}
    return next((p for p in nxt.subdivisions if p.country in countries), None)


def _rank(place: Place, primary: bool, context: set[str], qualifier: Place | None) -> tuple:
    qual = 0
    if qualifier is not None and place is not qualifier:
        if qualifier.kind == "admin1" and qualifier.admin1 is not None:
            qual = int(place.admin1 == qualifier.admin1 and place.country == qualifier.country)
        else:
            qual = int(place.country == qualifier.country)
    return (qual, place.country in context if place.country else False, place.curated, primary,
            KIND_RANK.get(place.kind, 0), place.population)


def locative(span: "Span") -> bool:
    """Is the mention the object of a place preposition ("in Hamburg"), directly or through
    an apposition or coordination ("in Hamburg, Germany", "in Paris and Berlin")?"""
    tok = span.root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return True
        if tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False
