"""Target policy data: which CAMEO events stand without a target, and where a missing target is
found (``data/cameo/targets.yaml``, validated here), and the actor references built from it.

Per code prefix: ``alone`` (true | false | never), ``place`` (the country of a place phrase may be
the target) and ``owner`` (the owner or modifier of the object may be the target); for each field
the longest prefix that sets it wins. The fallbacks that use the policy are ``targets.TargetFallbacks``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError
from ..records import ActorRef

# the true/false keys of a code entry (the fallbacks of data/cameo/targets.yaml), one table each
_FLAGS = ("place", "owner", "government", "antecedent", "complement", "abroad", "home", "seat", "rally",
          "destination", "crowd", "honoured", "frontier")
_FIELDS = ("alone", *_FLAGS)
_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "LAB", "BUS", "EDU", "HLH", "MED", "PTY", "ELI", "SPY"})
_ALONE_VALUES = {True: "true", False: "false", "never": "never"}
_NOT_LOOKED_UP = object()
_NOT_LISTED = object()


@dataclass(frozen=True)
class TargetPolicy:
    """Per code prefix: ``alone`` ("true" | "false" | "never"), ``place`` and ``owner`` (bools)."""

    alone_by_prefix: dict[str, str]
    # per true/false key of _FLAGS ("place", "crowd", ...): code prefix -> its value
    flags: dict[str, dict[str, bool]] = field(default_factory=dict)
    institutions: dict[str, str] = field(default_factory=dict)   # word or two-word phrase -> sector
    received_from: frozenset[str] = frozenset()   # "faced criticism from Y": verbs of a received act
    seats: dict[str, str] = field(default_factory=dict)   # "seized power": word -> sector of the seat taken
    jails: frozenset[str] = frozenset()   # "detainees in Pakistani custody": places of detention a state holds
    force_nouns: frozenset[str] = frozenset()   # "the killing": nouns that name an act of violence again
    # a killing between armed sides is fighting (``armed_sides``): the codes of such killing, the sectors of
    # armed sides
    killing_codes: frozenset[str] = frozenset()
    armed_sectors: frozenset[str] = frozenset()
    # a killing of a named leader or official is an assassination (``assassination``): the codes of such
    # killing, the code it becomes, the sectors of the persons killed
    assassination_killing_codes: frozenset[str] = frozenset()
    assassination_code: str = ""
    assassination_sectors: frozenset[str] = frozenset()
    # (table name, code) -> the value ``_lookup`` found (the tables are the policy's own and do not change)
    _prefix_hits: dict[tuple[str, str], object] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None, cameo: CameoCodes | None = None) -> "TargetPolicy":
        path = path or data_path("cameo", "targets.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("codes"), list):
            raise DictionaryError(str(path), None, "expected a mapping with a 'codes' list")
        alone: dict[str, str] = {}
        flags: dict[str, dict[str, bool]] = {name: {} for name in _FLAGS}
        tables = (alone, *flags.values())
        for entry in data["codes"]:
            line = entry.get("__line__") if isinstance(entry, dict) else None
            if not isinstance(entry, dict):
                raise DictionaryError(str(path), line, "each entry must be a mapping {code: ..., alone: ...}")
            unknown = set(entry) - {"code", "__line__", *_FIELDS}
            if unknown:
                raise DictionaryError(str(path), line, f"unknown keys {sorted(unknown)}")
            code = entry.get("code")
            if not (isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4):
                raise DictionaryError(str(path), line, f"code {code!r} must be a quoted 2-4 digit CAMEO code")
            if cameo is not None and code not in cameo:
                raise DictionaryError(str(path), line, f"code {code} is not in the CAMEO code table")
            if any(code in table for table in tables):
                raise DictionaryError(str(path), line, f"code {code} listed twice")
            if "alone" in entry:
                value = entry["alone"]
                if value not in _ALONE_VALUES or isinstance(value, int) and not isinstance(value, bool):
                    raise DictionaryError(str(path), line, f"alone must be true, false or never, not {value!r}")
                alone[code] = _ALONE_VALUES[value]
            for name, table in flags.items():
                if name in entry:
                    if not isinstance(entry[name], bool):
                        raise DictionaryError(str(path), line, f"{name} must be true or false")
                    table[code] = entry[name]
        received = data.get("received_from") or []
        if not isinstance(received, list) or not all(isinstance(w, str) and w.strip() for w in received):
            raise DictionaryError(str(path), None, "received_from must be a list of verb lemmas")
        force_nouns = data.get("force_nouns") or []
        if not isinstance(force_nouns, list) or not all(isinstance(w, str) and w.strip() for w in force_nouns):
            raise DictionaryError(str(path), None, "force_nouns must be a list of noun lemmas")
        jails = data.get("jails") or []
        if not isinstance(jails, list) or not all(isinstance(w, str) and w.strip() for w in jails):
            raise DictionaryError(str(path), None, "jails must be a list of noun lemmas")
        killing_codes, armed_sectors = _load_armed_sides(data.get("armed_sides"), path, cameo)
        murder_codes, murder_code, leader_sectors = _load_assassination(data.get("assassination"), path, cameo)
        return cls(alone, flags, _load_institutions(data.get("institutions") or [], path),
                   frozenset(w.strip().lower() for w in received),
                   _load_institutions(data.get("seats") or [], path),
                   jails=frozenset(w.strip().lower() for w in jails),
                   force_nouns=frozenset(w.strip().lower() for w in force_nouns),
                   killing_codes=killing_codes, armed_sectors=armed_sectors,
                   assassination_killing_codes=murder_codes, assassination_code=murder_code,
                   assassination_sectors=leader_sectors)

    def _lookup(self, name: str, code: str, default):
        """The value of the longest prefix of ``code`` that the policy's table ``name`` ("alone" or a key of
        _FLAGS) lists, else ``default``; found once per table and code (``_prefix_hits``: the coder asks it for
        every trigger)."""
        key = (name, code)
        hit = self._prefix_hits.get(key, _NOT_LOOKED_UP)
        if hit is _NOT_LOOKED_UP:
            table = self.alone_by_prefix if name == "alone" else self.flags[name]
            hit = self._prefix_hits[key] = next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table),
                                                _NOT_LISTED)
        return default if hit is _NOT_LISTED else hit

    def alone(self, code: str) -> str:
        """"true", "false" or "never": may an event of ``code`` be coded with no target?"""
        return self._lookup("alone", code, "false")

    def place_target(self, code: str) -> bool:
        return self._lookup("place", code, False)

    def home_target(self, code: str) -> bool:
        """A curfew or an emergency with no target actor is imposed on a country: the place's, else
        the source's own."""
        return self._lookup("home", code, False)

    def destination_target(self, code: str) -> bool:
        """A deployment with no target actor sent to a place ("sent troops to Kashmir") is aimed at the
        place's country, else at the source's own (the ``home`` fallback, only with a destination)."""
        return self._lookup("destination", code, False)

    def crowd_target(self, code: str) -> bool:
        """Force used on people naming none of them ("police fired tear gas", "dispersed the rally") falls on
        the civilians of the place's country, else of the source's own."""
        return self._lookup("crowd", code, False)

    def honoured_target(self, code: str) -> bool:
        """A symbolic act at a memorial or tomb with no target actor ("laid a wreath at the memorial to
        Japanese prisoners of war") is done to the people or country the memorial honours, else to the
        country of its place ("at the Tomb of the Unknown Soldier in Moscow")."""
        return self._lookup("honoured", code, False)

    def frontier_target(self, code: str) -> bool:
        """A show or posture of force at a border with no target actor ("put its troops along the border
        with Azerbaijan on alert", "massed tanks on the Cambodian border") is aimed at the country across it."""
        return self._lookup("frontier", code, False)

    def home_like(self, code: str) -> bool:
        """Is ``code`` an act a state does in a country (``home`` or ``destination``)?"""
        return self.home_target(code) or self.destination_target(code)

    def seat_target(self, code: str) -> bool:
        """With no target actor, the institution whose seat the object names (``seats``), of the
        source's own country ("the army seized power" -> the government)."""
        return self._lookup("seat", code, False)

    def owner_target(self, code: str) -> bool:
        return self._lookup("owner", code, False)

    def government_target(self, code: str) -> bool:
        return self._lookup("government", code, False)

    def rally_target(self, code: str) -> bool:
        """A demonstration by a country's people with no target actor and no policy named is aimed at
        that country's government."""
        return self._lookup("rally", code, False)

    def antecedent_target(self, code: str) -> bool:
        return self._lookup("antecedent", code, False)

    def complement_target(self, code: str) -> bool:
        return self._lookup("complement", code, False)

    def abroad_only(self, code: str) -> bool:
        """Is ``code`` an act toward another country's actors or a political actor at home only
        (a visit to a hospital or a border town of one's own country is no event)?"""
        return self._lookup("abroad", code, False)

    def institution(self, thing: Token) -> str | None:
        """The sector of the institution behind a non-actor noun ("the impeachment hearings" ->
        LEG, "the verdict" -> JUD), from the ``institutions`` table, or None."""
        if not self.institutions:
            return None
        words = [c.lemma_.lower() for c in thing.children if c.dep_ == "compound" and c.i < thing.i]
        head = thing.lemma_.lower()
        last = thing.doc[thing.i - 1] if thing.i > 0 else None
        if last is not None and last.i >= thing.left_edge.i:
            pair = self.institutions.get(f"{last.lemma_.lower()} {head}") or \
                self.institutions.get(f"{last.lower_} {thing.lower_}")
            if pair:
                return pair
        for word in [*words, head]:
            if word in self.institutions:
                return self.institutions[word]
        return None


# sectors of a political actor at home: a visit to them is an event ("visited troops", "met the governor")
_POLITICAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "REB", "IGO"})


def domestic_place(source: ActorRef, target: ActorRef) -> bool:
    """The target is of the source's own country and no political actor: a hospital, a school, a
    border town, the country itself ("Trump made a trip to Walter Reed hospital")."""
    if not source.code or not target.code or source.code[:3] != target.code[:3]:
        return False
    if source.code.startswith(("IGO", "NGO")):
        return False
    return not (set(target.sectors) & _POLITICAL_SECTORS or target.code[3:6] in _POLITICAL_SECTORS)


def institution_ref(thing: Token, country: str, sector: str) -> ActorRef:
    """The institution (``sector`` of ``country``) behind the noun phrase ending at ``thing``."""
    span = thing.doc[thing.left_edge.i:thing.i + 1]
    return ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=country + sector,
                    country=country, sectors=[sector])


def _load_armed_sides(entry: object, path: Path,
                      cameo: CameoCodes | None) -> tuple[frozenset[str], frozenset[str]]:
    """The ``armed_sides`` mapping: {killing_codes: [CAMEO codes], sectors: [three-letter sector codes]}."""
    if entry is None:
        return frozenset(), frozenset()
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or set(entry) - {"__line__"} != {"killing_codes", "sectors"}:
        raise DictionaryError(str(path), line, "armed_sides is {killing_codes: [codes], sectors: [sector codes]}")
    codes, sectors = entry["killing_codes"], entry["sectors"]
    if not isinstance(codes, list) or not codes or not all(
            isinstance(c, str) and c.isdigit() and 2 <= len(c) <= 4 and (cameo is None or c in cameo) for c in codes):
        raise DictionaryError(str(path), line, f"armed_sides.killing_codes: {codes!r} must list quoted CAMEO codes")
    if not isinstance(sectors, list) or not sectors or not all(
            isinstance(s, str) and len(s) == 3 and s.isalpha() and s.isupper() for s in sectors):
        raise DictionaryError(str(path), line, f"armed_sides.sectors: {sectors!r} must list three-letter sector codes")
    return frozenset(codes), frozenset(sectors)


def _load_assassination(entry: object, path: Path,
                        cameo: CameoCodes | None) -> tuple[frozenset[str], str, frozenset[str]]:
    """The ``assassination`` mapping: {killing_codes: [CAMEO codes], code: CAMEO code, sectors: [sector codes]}."""
    if entry is None:
        return frozenset(), "", frozenset()
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or set(entry) - {"__line__"} != {"killing_codes", "code", "sectors"}:
        raise DictionaryError(str(path), line, "assassination is {killing_codes: [codes], code: code, "
                                               "sectors: [sector codes]}")
    codes, sectors = _load_armed_sides({"killing_codes": entry["killing_codes"], "sectors": entry["sectors"],
                                        "__line__": line}, path, cameo)
    code = entry["code"]
    if not (isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4 and (cameo is None or code in cameo)):
        raise DictionaryError(str(path), line, f"assassination.code: {code!r} must be a quoted CAMEO code")
    return codes, code, sectors


def _load_institutions(entries: list, path: Path) -> dict[str, str]:
    """``institutions: [{sector: LEG, words: [impeachment, ...]}]`` -> word -> sector."""
    out: dict[str, str] = {}
    if not isinstance(entries, list):
        raise DictionaryError(str(path), None, "'institutions' must be a list")
    for entry in entries:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or set(entry) - {"sector", "words", "__line__"}:
            raise DictionaryError(str(path), line, "an institution entry is {sector: XXX, words: [...]}")
        sector, words = entry.get("sector"), entry.get("words")
        if sector not in _SECTORS:
            raise DictionaryError(str(path), line, f"sector {sector!r} is not one of {sorted(_SECTORS)}")
        if not isinstance(words, list) or not words:
            raise DictionaryError(str(path), line, "words must be a non-empty list")
        for word in words:
            if not isinstance(word, str) or not 1 <= len(word.split()) <= 2:
                raise DictionaryError(str(path), line, f"word {word!r} must be one or two words")
            key = word.lower()
            if key in out:
                raise DictionaryError(str(path), line, f"word {word!r} listed twice")
            out[key] = sector
    return out
