"""Reading and validating actor dictionary files (one section per file, or a mixed user file).

Shipped files: ``data/actors/{countries,metonyms,capitals,organisations,places,agents}.yaml`` and
``data/actors/people/*.yaml`` (formats in each file's header and docs/ARCHITECTURE.md).

A user file (``--actors FILE``, ``Options.actor_files``) is either a mapping of sections::

    people:
      - {name: Jane Doe, aliases: [Doe], country: KEN,
         roles: [{code: KENLEG, from: 2020-01-01, to: null, title: MP}]}
    organisations:
      - {names: [Kremlin], code: RUSMIL}        # overrides the shipped entry of the same name
    agents:
      - {words: [zookeeper], sector: CVL, person: true}

or a plain list of such entries (``name`` -> person, ``names`` -> organisation, ``words`` -> role
word). User entries win over shipped ones with the same alias.

Every fault raises ``DictionaryError(path, line, fault)``: bad YAML, an entry with no name, a code
of the wrong shape or with an unknown country block, a bad date, overlapping roles of one person
with different codes, an unknown sector, one role word given two sectors in a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from ..errors import DictionaryError
from .files import load_yaml

SECTIONS = ("countries", "metonyms", "capitals", "organisations", "places", "agents")
NAMED_SECTIONS = {"metonyms": "metonym", "capitals": "capital", "organisations": "organisation", "places": "place"}
SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LEG REF HLH ENV LAB AGR REL NGO IGO "
    "ELI MOD RAD UAF INS SEP IMG".split()
)
CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")


@dataclass
class ParsedRole:
    code: str
    start: date | None
    end: date | None
    title: str | None
    line: int | None


@dataclass
class ParsedEntry:
    kind: str
    name: str
    code: str
    aliases: list[str]
    section: str
    ambiguous: list[str] = field(default_factory=list)
    roles: list[ParsedRole] = field(default_factory=list)
    origin: str = ""
    generic: bool = False
    extends: bool = False      # a person entry adding roles/aliases to the shipped person of the same name
    dated_name: bool = False   # a country's name of a period: it names the country only while its role holds


@dataclass
class ParsedAgent:
    phrase: str
    sector: str
    generic: bool
    person: bool
    bare: bool
    origin: str
    country: str | None = None


@dataclass
class ParsedFile:
    path: Path
    section: str | None
    user: bool = False
    entries: list[ParsedEntry] = field(default_factory=list)
    agents: list[ParsedAgent] = field(default_factory=list)

    def section_of(self, entry: ParsedEntry) -> str:
        return entry.section


def parse_actor_file(path: Path, section: str | None, first_blocks: set[str], *, user: bool = False) -> ParsedFile:
    """Parse one file. ``section`` None: a user file (a mapping of sections, or a list of mixed entries)."""
    data = load_yaml(path)
    out = ParsedFile(path=path, section=section, user=user)
    parser = _Parser(path, first_blocks, out)
    if section == "countries":
        parser.countries(data, add_pycountry=not user)
        return out
    if section is not None:
        parser.section(section, data)
        return out
    if isinstance(data, dict):
        for name in ("countries", *SECTIONS[1:], "people"):
            if name in data:
                if name == "countries":
                    parser.countries(data[name], add_pycountry=False)
                else:
                    parser.section(name, data[name])
        unknown = sorted(k for k in data if k != "__line__" and k not in (*SECTIONS, "people"))
        if unknown:
            raise DictionaryError(str(path), data.get("__line__"), f"unknown section(s) {unknown}; "
                                  f"use {', '.join((*SECTIONS, 'people'))}")
        return out
    if isinstance(data, list):
        for item in data:
            parser.mixed(item)
        return out
    if data is None:
        return out
    raise DictionaryError(str(path), 1, "an actor file must be a list of entries or a mapping of sections")


class _Parser:
    def __init__(self, path: Path, first_blocks: set[str], out: ParsedFile) -> None:
        self.path = path
        self.first_blocks = first_blocks
        self.out = out
        self.agent_phrases: dict[str, ParsedAgent] = {}

    def fail(self, item: Any, fault: str) -> DictionaryError:
        line = item.get("__line__") if isinstance(item, dict) else None
        return DictionaryError(str(self.path), line, fault)

    def origin(self, item: dict) -> str:
        return f"{self.path.name}:{item.get('__line__')}"

    def items(self, data: Any, section: str) -> list[dict]:
        if data is None:
            return []
        if not isinstance(data, list):
            raise DictionaryError(str(self.path), None, f"section {section!r} must be a list of entries")
        for item in data:
            if not isinstance(item, dict):
                raise DictionaryError(str(self.path), None, f"{section}: every entry must be a mapping, got {item!r}")
        return data

    def strings(self, item: dict, field_name: str, *, required: bool = False) -> list[str]:
        value = item.get(field_name)
        if value is None:
            value = []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(item, f"{field_name!r} must be a list of non-empty strings")
        if required and not value:
            raise self.fail(item, f"entry has no name ({field_name!r} is empty or missing)")
        return [v.strip() for v in value]

    def code(self, item: dict, value: Any, what: str = "code") -> str:
        if not isinstance(value, str) or not CODE_RE.match(value):
            raise self.fail(item, f"bad {what} {value!r}: expected 3-letter blocks like RUS, RUSGOV, IGOUNO")
        if value[:3] not in self.first_blocks:
            raise self.fail(item, f"unknown {what} {value!r}: {value[:3]!r} is not a known country or IGO/NGO block")
        return value

    # ---- sections
    def countries(self, data: Any, *, add_pycountry: bool) -> None:
        if add_pycountry:
            self.first_blocks.update(c.alpha_3 for c in pycountry.countries)
        listed: set[str] = set()
        items = self.items(data, "countries")
        # a name the file gives one country is no other country's by pycountry ("Congo": COD's, not COG's)
        claimed = {n.lower(): item.get("code") for item in items for n in self.strings(item, "names")}
        for item in items:
            code = item.get("code")
            if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
                raise self.fail(item, f"bad country code {code!r}: expected ISO 3166-1 alpha-3 like RUS")
            country = pycountry.countries.get(alpha_3=code)
            if country is None and not item.get("extra"):
                raise self.fail(item, f"unknown country code {code!r} (not ISO 3166-1 alpha-3; "
                                      "mark non-ISO blocks with extra: true)")
            self.first_blocks.add(code)
            listed.add(code)
            names = self.strings(item, "names") + self.strings(item, "demonyms")
            if country is not None:
                names += [n for n in _pycountry_names(country) if claimed.get(n.lower(), code) == code]
            adjectives = self.strings(item, "adjectives")
            canonical = self.strings(item, "names")[:1] or (_pycountry_names(country)[:1] if country else [])
            name = canonical[0] if canonical else code
            origin = self.origin(item)
            if names:
                self.out.entries.append(ParsedEntry("country", name, code, list(dict.fromkeys(names)),
                                                    "countries", origin=origin))
            if adjectives:
                self.out.entries.append(ParsedEntry("adjective", name, code, adjectives, "countries", origin=origin))
            self.out.entries.extend(self.dated_names(item, code))
        if add_pycountry:
            for country in pycountry.countries:
                if country.alpha_3 not in listed:
                    names = _pycountry_names(country)
                    self.out.entries.append(ParsedEntry("country", country.name, country.alpha_3, names, "countries",
                                                        origin="pycountry"))

    def dated_names(self, item: dict, code: str) -> list[ParsedEntry]:
        """``dated_names: [{name: Serbia and Montenegro, from: 2003-02-04, to: 2006-06-04}]``: the name of a state
        that existed only for a period names the country only then (``from`` inclusive, ``to`` exclusive, one may be
        open); at another date (or with none: today) the name is nobody's and its words are read one by one
        ("Serbia and Montenegro" in 2012: two countries)."""
        raw = item.get("dated_names") or []
        if not isinstance(raw, list):
            raise self.fail(item, "'dated_names' must be a list of {name, from, to} mappings")
        out = []
        for dated in raw:
            if not isinstance(dated, dict) or not isinstance(dated.get("name"), str) or not dated["name"].strip():
                raise self.fail(item, f"a dated name needs a 'name', got {dated!r}")
            start, end = _date(self, dated, "from"), _date(self, dated, "to")
            if start is None and end is None or start and end and end <= start:
                raise self.fail(dated, f"dated name {dated['name']!r} needs a 'from' before its 'to'")
            name = dated["name"].strip()
            out.append(ParsedEntry("country", name, code, [name], "countries", origin=self.origin(dated),
                                   roles=[ParsedRole(code, start, end, None, dated.get("__line__"))],
                                   dated_name=True))
        return out

    def section(self, section: str, data: Any) -> None:
        for item in self.items(data, section):
            if section == "agents":
                self.agent(item)
            elif section == "people":
                self.person(item)
            elif section == "countries":
                self.countries([item], add_pycountry=False)
            else:
                self.named(item, section)

    def mixed(self, item: Any) -> None:
        if not isinstance(item, dict):
            raise DictionaryError(str(self.path), None, f"every entry must be a mapping, got {item!r}")
        if "words" in item or "sector" in item:
            self.agent(item)
        elif "roles" in item and "names" not in item or "name" in item:
            self.person(item)
        elif "adjectives" in item or "demonyms" in item:
            self.countries([item], add_pycountry=False)
        elif "names" in item:
            self.named(item, "organisations")
        else:
            raise self.fail(item, "entry has no name (expected 'name' for a person, 'names' for an "
                                  "organisation/metonym or 'words' for an agent)")

    def named(self, item: dict, section: str) -> None:
        names = self.strings(item, "names", required=True)
        code = self.code(item, item.get("code"))
        roles = self.roles(item)
        if section == "places":   # each place is its own actor (one line may list a country's cities)
            for name in names:
                self.out.entries.append(ParsedEntry("place", name, code, [name], section, origin=self.origin(item)))
            return
        self.out.entries.append(ParsedEntry(NAMED_SECTIONS.get(section, "organisation"), names[0], code, names,
                                            section, roles=roles, origin=self.origin(item),
                                            generic=self.flag(item, "generic", False)))

    def agent(self, item: dict) -> None:
        phrases = self.strings(item, "words", required=True)
        sector = item.get("sector")
        if not isinstance(sector, str) or sector not in SECTORS:
            raise self.fail(item, f"unknown sector {sector!r}; expected one of {' '.join(sorted(SECTORS))}")
        generic = self.flag(item, "generic", False)
        person, bare = self.flag(item, "person", False), self.flag(item, "bare", True)
        country = item.get("country")
        if country is not None:
            country = self.code(item, country, "country")
            if len(country) != 3:
                raise self.fail(item, f"bad country {country!r} of a role word: expected one block like ISR")
        for phrase in phrases:
            agent = ParsedAgent(phrase.lower(), sector, generic, person, bare, self.origin(item), country)
            earlier = self.agent_phrases.get(agent.phrase)
            if earlier is not None and earlier.sector != sector:
                raise self.fail(item, f"role word {phrase!r} is already {earlier.sector} at {earlier.origin}")
            self.agent_phrases[agent.phrase] = agent
            self.out.agents.append(agent)

    def flag(self, item: dict, name: str, default: bool) -> bool:
        value = item.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(item, f"{name!r} must be true or false, got {value!r}")
        return value

    def person(self, item: dict) -> None:
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise self.fail(item, "entry has no name")
        country = item.get("country")
        roles = self.roles(item)
        if country is None and roles:
            country = roles[0].code[:3]
        country = self.code(item, country, "country")
        aliases = [name.strip(), *self.strings(item, "aliases")]
        ambiguous = self.strings(item, "ambiguous_aliases")
        self.out.entries.append(ParsedEntry("person", name.strip(), country, aliases, "people", ambiguous=ambiguous,
                                            roles=roles, origin=self.origin(item),
                                            extends=self.flag(item, "extends", False)))

    def roles(self, item: dict) -> list[ParsedRole]:
        raw = item.get("roles") or []
        if not isinstance(raw, list):
            raise self.fail(item, "'roles' must be a list")
        roles = []
        for r in raw:
            if not isinstance(r, dict):
                raise self.fail(item, f"every role must be a mapping, got {r!r}")
            start, end = _date(self, r, "from"), _date(self, r, "to")
            if start and end and end <= start:
                raise self.fail(r, f"role ends ({end}) before it starts ({start})")
            title = r.get("title")
            roles.append(ParsedRole(self.code(r, r.get("code")), start, end,
                                    str(title) if title is not None else None, r.get("__line__")))
        ordered = sorted(roles, key=lambda x: x.start or date.min)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if a.code != b.code and roles_overlap(a, b):
                    raise DictionaryError(str(self.path), b.line,
                                          f"overlapping roles with different codes: {a.code} "
                                          f"({a.start}..{a.end}) and {b.code} ({b.start}..{b.end})")
        return roles


def parse_first_names(path: Path) -> dict[str, str]:
    """``first_names.yaml`` (``male: [...]``, ``female: [...]``) -> lower-case name -> "m" | "f"."""
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DictionaryError(str(path), 1, "first names: expected a mapping with 'male' and 'female' lists")
    out: dict[str, str] = {}
    for field_name, gender in (("male", "m"), ("female", "f")):
        names = data.get(field_name) or []
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise DictionaryError(str(path), data.get("__line__"), f"{field_name!r} must be a list of names")
        for name in names:
            low = name.strip().lower()
            if out.get(low, gender) != gender:
                raise DictionaryError(str(path), data.get("__line__"), f"first name {name!r} is both male and female")
            out[low] = gender
    unknown = sorted(k for k in data if k not in ("male", "female", "__line__"))
    if unknown:
        raise DictionaryError(str(path), data.get("__line__"), f"unknown key(s) {unknown}; use male, female")
    return out


NON_ACTOR_KINDS = frozenset({"product", "service", "sports", "law", "operation", "event", "work", "other"})


def parse_non_actors(path: Path) -> list[tuple[str, str, int | None]]:
    """``non_actors.yaml`` (``- {names: [...], kind: product|service|sports|law|operation|event|work|other}``)
    -> (name, kind, line) triples: capitalised names the resolver must not code as actors."""
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise DictionaryError(str(path), 1, "non-actors: expected a list of {names: [...], kind: ...} entries")
    out: list[tuple[str, str, int | None]] = []
    for item in data:
        if not isinstance(item, dict):
            raise DictionaryError(str(path), None, f"non-actors: every entry must be a mapping, got {item!r}")
        line = item.get("__line__")
        names = item.get("names")
        if isinstance(names, str):
            names = [names]
        if not names or not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise DictionaryError(str(path), line, "entry has no name ('names' must be a non-empty list of strings)")
        kind = item.get("kind")
        if kind not in NON_ACTOR_KINDS:
            raise DictionaryError(str(path), line, f"unknown non-actor kind {kind!r}; expected one of "
                                                   f"{' '.join(sorted(NON_ACTOR_KINDS))}")
        unknown = sorted(k for k in item if k not in ("names", "kind", "__line__"))
        if unknown:
            raise DictionaryError(str(path), line, f"unknown key(s) {unknown}; use names, kind")
        out.extend((n.strip(), kind, line) for n in names)
    return out


def _date(parser: _Parser, role: dict, field_name: str) -> date | None:
    value = role.get(field_name)
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise parser.fail(role, f"bad date in {field_name!r}: {value!r} (expected YYYY-MM-DD or null)")


def roles_overlap(a: ParsedRole, b: ParsedRole) -> bool:
    a_start, b_start = a.start or date.min, b.start or date.min
    a_end, b_end = a.end or date.max, b.end or date.max
    return a_start < b_end and b_start < a_end


def _pycountry_names(country: Any) -> list[str]:
    names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
    return list(dict.fromkeys(n for n in names if n and "," not in n))
