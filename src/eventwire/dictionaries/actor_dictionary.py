"""The actor dictionary: countries, metonyms, organisations, places, role agents and dated people.

Loaded from ``data/actors/*.yaml`` and ``data/actors/people/*.yaml`` (plus user files given with
``--actors``), validated on load (a fault raises ``DictionaryError`` naming file, line and fault),
and compiled into hash look-ups keyed by normalised word sequences (see ``actor_text``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import DictionaryError
from .actor_files import (SECTIONS, ParsedEntry, ParsedFile, parse_actor_file, parse_first_names, parse_non_actors,
                          roles_overlap)
from .actor_text import is_acronym, key, phrase_forms, words
from .files import data_path
from .word_lists import load_vocabulary

# role blocks of armed commanders, whose roles end by an event the news tells (see ``ActorEntry.ended_at``)
ARMED_BLOCKS = frozenset({"REB", "MIL", "SPY"})
# priority of an entry kind when several entries share one alias (lower wins)
KIND_PRIORITY = {"metonym": 1, "capital": 1, "organisation": 2, "country": 3, "adjective": 3, "person": 4, "place": 5}


def _add_spelling(found: list[tuple[ActorEntry, tuple[bool, ...]]], entry: ActorEntry,
                  caps: tuple[bool, ...]) -> None:
    """Record that ``entry`` is spelt with the key's words capitalised as ``caps``; a word needs its capital only when
    every alias of the entry with this key has it ("Anti-balaka" and "anti-balaka": the lower-case spelling counts)."""
    for k, (known, need) in enumerate(found):
        if known is entry:
            found[k] = (entry, tuple(a and b for a, b in zip(need, caps)))
            return
    found.append((entry, caps))


@dataclass(frozen=True)
class Role:
    """A dated role of a person (or organisation): ``start`` inclusive, ``end`` exclusive, None = open."""

    code: str
    start: date | None = None
    end: date | None = None
    title: str | None = None
    overtaken: bool = False    # a successor in the same office took over on its last day (a coup, a removal)

    def active(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One named actor. ``code`` is its code when no role applies (a person's country)."""

    kind: str
    name: str
    code: str
    roles: tuple[Role, ...] = ()
    origin: str = ""
    user: bool = False
    generic: bool = False      # an institution many countries have ("Senate"): re-homed by context
    dated_name: bool = False   # a name of a period ("Serbia and Montenegro"): names the entry only while a role holds

    def at(self, when: date | None) -> tuple[str, Role | None]:
        """The code at ``when`` and the role that gave it (None: no role held then)."""
        if not self.roles:
            return self.code, None
        if when is None:   # no date: the role held now (an open-ended one), if any
            for role in reversed(self.roles):
                if role.end is None:
                    return role.code, role
            return self.code, None
        for role in self.roles:
            if role.active(when):
                return role.code, role
        return self.code, None

    def former(self, when: date | None) -> Role | None:
        """The last role that ended before ``when`` (a former office holder), if any."""
        if when is None:
            return None
        ended = [r for r in self.roles if r.end is not None and r.end <= when]
        return max(ended, key=lambda r: r.end) if ended else None

    def active_at(self, when: date | None) -> bool:
        return self.at(when)[1] is not None

    def named_at(self, when: date | None) -> bool:
        """Whether the name matched stands for this entry at ``when``: a dated name only within its dates."""
        return not self.dated_name or self.active_at(when)

    def ended_at(self, when: date | None) -> Role | None:
        """The role ended abruptly whose exclusive ``end`` is ``when``, when none is held then: the news of the day
        after a death, capture, coup or removal tells it and names the holder by the role ("Osama bin Laden was
        killed", "senators voted on Friday to remove President Lugo"). The day itself is in the role already (an
        office ended so is held on its last day, ``end`` is the day after), so only ``end`` is added: two days after
        it the holder is a former one. Ended abruptly: an armed role (a rebel, military or intelligence
        commander's, which has no term), or an office a successor took over on its last day (``Role.overtaken``).
        An office with a term (a senator's, a minister's) ends on schedule: from that day on its holder is a former
        one."""
        if when is None or self.at(when)[1] is not None:
            return None
        last = self.former(when)
        if last is None or last.end != when:
            return None
        armed = ARMED_BLOCKS & {last.code[i:i + 3] for i in range(3, len(last.code), 3)}
        return last if armed or last.overtaken else None


@dataclass(frozen=True)
class Agent:
    """A role noun phrase -> sector. ``generic`` heads take a role modifier's sector ("army spokesman")."""

    phrase: str
    sector: str
    generic: bool = False
    person: bool = False
    bare: bool = True          # false: only an actor with a name in it ("the Hamas movement")
    origin: str = ""
    country: str | None = None  # the country when the text names none ("settlers" -> ISR)


@dataclass
class ActorDictionary:
    """Compiled look-ups. Use ``ActorDictionary.load(user_files)``."""

    names: dict[str, list[tuple[ActorEntry, tuple[bool, ...]]]] = field(default_factory=dict)
    acronyms: dict[str, list[ActorEntry]] = field(default_factory=dict)
    ambiguous: dict[str, list[ActorEntry]] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)    # proper prefixes of multi-word name keys
    titles: dict[tuple[str, str], list[tuple[ActorEntry, Role]]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    first_blocks: set[str] = field(default_factory=set)
    sizes: dict[str, dict[str, int]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)     # lower-case first name -> "m" | "f"
    # capitalised names that are no actors (products, teams, laws, operations): name key -> kind
    non_actors: dict[str, str] = field(default_factory=dict)
    max_name_words: int = 1
    max_agent_words: int = 1

    # ---- building
    @classmethod
    def load(cls, user_files: Iterable[Path] = (), *, directory: Path | None = None) -> "ActorDictionary":
        """Load the shipped files (or those in ``directory``) and then ``user_files`` (which override)."""
        base = directory or data_path("actors")
        parsed: list[ParsedFile] = []
        first_blocks: set[str] = set()
        for section in SECTIONS:
            path = base / f"{section}.yaml"
            if path.exists():
                parsed.append(parse_actor_file(path, section, first_blocks))
        people_dir = base / "people"
        if people_dir.is_dir():
            for path in sorted(people_dir.glob("*.yaml")):
                parsed.append(parse_actor_file(path, "people", first_blocks))
        for path in user_files:
            parsed.append(parse_actor_file(Path(path), None, first_blocks, user=True))
        words_file = base / "words.yaml"
        other_spelling = _other_spellings(load_vocabulary(words_file).groups("spelling_pairs")) \
            if words_file.exists() else {}
        book = cls.compile(parsed, first_blocks, other_spelling)
        names_file = base / "first_names.yaml"
        if names_file.exists():
            book.genders = parse_first_names(names_file)
        non_actors_file = base / "non_actors.yaml"
        if non_actors_file.exists():
            book.add_non_actors(non_actors_file)
        return book

    def add_non_actors(self, path: Path) -> None:
        """Load a non-actor list; a name that is also an actor's name is an error naming file and line."""
        count = 0
        for name, kind, line in parse_non_actors(path):
            parts = words(name)
            if parts and parts[0].lower() == "the" and len(parts) > 1:
                parts = parts[1:]
            k = key(parts)
            clash = self.names.get(k) or (self.acronyms.get(parts[0]) if is_acronym(parts) else None)
            if clash:
                first = clash[0][0] if isinstance(clash[0], tuple) else clash[0]
                raise DictionaryError(str(path), line, f"non-actor {name!r} is also the actor {first.name!r} "
                                                       f"({first.code}) at {first.origin}")
            self.non_actors[k] = kind
            count += 1
        self.sizes["non_actors"] = {"entries": count, "aliases": count}

    def is_non_actor(self, name_words: list[str]) -> str | None:
        """The non-actor kind of a name ('product', 'sports' ...), or None if it is not listed."""
        parts = list(name_words)
        if parts and parts[0].lower() == "the" and len(parts) > 1:
            parts = parts[1:]
        return self.non_actors.get(key(parts)) if parts else None

    @classmethod
    def compile(cls, parsed: list[ParsedFile], first_blocks: set[str],
                other_spelling: dict[str, str] | None = None) -> "ActorDictionary":
        """The look-ups of ``parsed``; a name of an international body is also indexed with each of its words that
        ``other_spelling`` maps (lower-case word -> its other spelling) so spelt."""
        book = cls(first_blocks=set(first_blocks))
        names: dict[str, list[tuple[ActorEntry, tuple[bool, ...]]]] = defaultdict(list)
        acronyms: dict[str, list[ActorEntry]] = defaultdict(list)
        ambiguous: dict[str, list[ActorEntry]] = defaultdict(list)
        sizes: dict[str, dict[str, int]] = defaultdict(lambda: {"entries": 0, "aliases": 0})
        merged = _merge_people(parsed)
        overtaken = _overtaken_roles([item for pf in parsed for item in pf.entries if id(item) not in merged])
        for pf in parsed:
            for item in pf.entries:
                if id(item) in merged:
                    continue
                entry = ActorEntry(kind=item.kind, name=item.name, code=item.code,
                                   roles=tuple(Role(r.code, r.start, r.end, r.title,
                                                    (id(item), r.code, r.start, r.end) in overtaken)
                                               for r in item.roles),
                                   origin=item.origin, user=pf.user, generic=item.generic,
                                   dated_name=item.dated_name)
                stats = sizes["user" if pf.user else pf.section_of(item)]
                stats["entries"] += 1
                if item.kind == "country" and item.name:
                    book.country_names.setdefault(item.code, item.name)
                for alias in item.aliases:
                    parts = words(alias)
                    if parts and parts[0].lower() == "the" and len(parts) > 1:
                        parts = parts[1:]
                    if not parts:
                        continue
                    stats["aliases"] += 1
                    book.max_name_words = max(book.max_name_words, len(parts))
                    if is_acronym(parts):
                        acronyms[parts[0]].append(entry)
                        continue
                    # international bodies are spelt both ways in the press ("Collective Security Treaty
                    # Organisation"); a national name's spelling is itself evidence of its country (Labor, Defence)
                    respelt = spellings(parts, other_spelling or {}) if item.code[:3] in INTERNATIONAL_PREFIXES \
                        else [parts]
                    for spelt in respelt:
                        _add_spelling(names[key(spelt)], entry, tuple(p[:1].isupper() for p in spelt))
                for alias in item.ambiguous:
                    parts = words(alias)
                    if parts:
                        stats["aliases"] += 1
                        ambiguous[key(parts)].append(entry)
                for role in entry.roles:
                    for title in _title_keys(role.title):
                        book.titles.setdefault((role.code[:3], title), []).append((entry, role))
            for agent in pf.agents:
                stats = sizes["user" if pf.user else "agents"]
                stats["entries"] += 1
                for form in phrase_forms(agent.phrase):
                    stats["aliases"] += 1
                    book.agents[form] = Agent(agent.phrase, agent.sector, agent.generic, agent.person, agent.bare,
                                          agent.origin, agent.country)
                    book.max_agent_words = max(book.max_agent_words, len(form.split()))

        def rank(pair: tuple[ActorEntry, tuple[bool, ...]] | ActorEntry) -> tuple[int, int]:
            entry = pair[0] if isinstance(pair, tuple) else pair
            return (0 if entry.user else 1, KIND_PRIORITY.get(entry.kind, 9))

        book.names = {k: sorted(v, key=rank) for k, v in names.items()}
        for k in (*book.names, *ambiguous):
            parts = k.split(" ")
            book.prefixes.update(" ".join(parts[:i]) for i in range(1, len(parts)))
        book.acronyms = {k: sorted(v, key=rank) for k, v in acronyms.items()}
        book.ambiguous = dict(ambiguous)
        book.sizes = {k: dict(v) for k, v in sizes.items()}
        return book

    # ---- look-ups
    def agent(self, phrase_key: str) -> Agent | None:
        return self.agents.get(phrase_key)

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None

    def holder(self, country: str, title: str, when: date | None) -> tuple[ActorEntry, Role] | None:
        """Who held ``title`` ("president") of ``country`` at ``when``, if the dictionary knows."""
        for entry, role in self.titles.get((country, title), []):
            if when is not None and role.active(when):
                return entry, role
            if when is None and role.end is None:
                return entry, role
        return None


# codes of the international bodies whose names are also indexed in the other spelling
INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO"})


def _other_spellings(pairs: dict[str, frozenset[str]]) -> dict[str, str]:
    """words.yaml ``spelling_pairs`` (British word -> its American spelling) -> each word to the other spelling, both
    ways."""
    other: dict[str, str] = {}
    for british, american in pairs.items():
        for word in american:
            other[british] = word
            other[word] = british
    return other


def spellings(parts: list[str], other_spelling: dict[str, str]) -> list[list[str]]:
    """``parts`` and, when one of its words has another spelling (British or American), ``parts`` so spelt."""
    other = [other_spelling.get(p.lower(), p) for p in parts]
    other = [o.capitalize() if p[:1].isupper() and o != p else o for p, o in zip(parts, other)]
    return [parts, other] if other != parts else [parts]


def _merge_people(parsed: list[ParsedFile]) -> set[int]:
    """Shipped person entries marked ``extends: true`` (e.g. Trump's 2016 campaign in
    ``people/us_politics.yaml``) add their roles and aliases to the first shipped person of the same name and
    country. Returns the ids of the entries merged away. A missing person or overlapping roles with different
    codes are errors naming the extending file and line."""
    first: dict[tuple[str, str], ParsedEntry] = {}
    extending: list[tuple[ParsedFile, ParsedEntry]] = []
    gone: set[int] = set()
    for pf in parsed:
        if pf.user:
            continue
        for item in pf.entries:
            if item.kind != "person":
                continue
            if item.extends:
                extending.append((pf, item))
            else:
                first.setdefault((item.name, item.code), item)
    for pf, item in extending:
        keep = first.get((item.name, item.code))
        if keep is None:
            line = item.origin.rsplit(":", 1)[-1]
            raise DictionaryError(str(pf.path), int(line) if line.isdigit() else None,
                                  f"extends: no shipped person {item.name!r} of {item.code} to extend")
        for role in item.roles:
            for other in keep.roles:
                if role.code != other.code and roles_overlap(role, other):
                    raise DictionaryError(str(pf.path), role.line,
                                          f"role {role.code} ({role.start}..{role.end}) of {item.name} overlaps "
                                          f"{other.code} ({other.start}..{other.end}) at {keep.origin}")
        keep.roles = sorted([*keep.roles, *item.roles], key=lambda r: r.start or date.min)
        keep.aliases = list(dict.fromkeys([*keep.aliases, *item.aliases]))
        keep.ambiguous = list(dict.fromkeys([*keep.ambiguous, *item.ambiguous]))
        gone.add(id(item))
    return gone


def _overtaken_roles(items: list[ParsedEntry]) -> set[tuple[int, str, date | None, date | None]]:
    """The roles (entry id, code, start, end) a successor took over on their last day: another person's role with
    the same code and a title of the same office starts on the day before the role's exclusive end (the data's
    convention for a coup, a removal or a death in office: the outgoing holder keeps the day, the successor starts
    on it; a handover on schedule starts the successor on the end day itself)."""
    starts: dict[tuple[str, str, date], set[int]] = defaultdict(set)
    for item in items:
        for r in item.roles:
            if r.start is not None:
                for title in _title_keys(r.title):
                    starts[(r.code, title, r.start)].add(id(item))
    out: set[tuple[int, str, date | None, date | None]] = set()
    for item in items:
        for r in item.roles:
            if r.end is None:
                continue
            last_day = r.end - timedelta(days=1)
            if any(starts.get((r.code, title, last_day), set()) - {id(item)} for title in _title_keys(r.title)):
                out.add((id(item), r.code, r.start, r.end))
    return out


def _title_keys(title: str | None) -> list[str]:
    """'Prime Minister / Acting President (from 1999-12-31)' -> ['prime minister', 'acting president']."""
    if not title:
        return []
    out = []
    for part in title.split("/"):
        part = part.split("(")[0].strip()
        if part:
            out.append(key(words(part)))
    return out


__all__ = ["ActorDictionary", "ActorEntry", "Agent", "Role", "KIND_PRIORITY"]
