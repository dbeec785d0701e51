"""FamilyNames: first and family names of the people an actor dictionary knows.

One job: decide what a written first name or a lone family name says about a known person ("Hunter Biden" is not
Joe Biden; "Christie" in a US text of 2016 is Chris Christie; "Kim" in a story naming North Korea is Kim Jong-un).
The tables are built from the dictionary on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from ..dictionaries.actor_dictionary import ActorDictionary, ActorEntry
from .vocabulary import shipped_vocabulary

_WORDS = shipped_vocabulary()

NAME_SUFFIX_WORDS = _WORDS.words("name_suffix_words")
# countries whose people are named family name first in English news ("Kim Jong-un", "Xi Jinping")
FAMILY_FIRST_COUNTRIES = _WORDS.words("family_first_countries")
# titles of heads of state or government (role titles of the people files, lower-case, as they begin)
HEAD_TITLES = _WORDS.sequence("head_titles")
# whole words only: "presidential spokesman", "kingmaker" are no heads
HEAD_TITLE = re.compile("(?:" + "|".join(re.escape(t) for t in HEAD_TITLES) + r")\b")
# presidents of bodies, banks and assemblies ("president of the European Commission", "of the Senate"),
# "chancellor of the exchequer", "chancellor of the Duchy of Lancaster"
NOT_HEAD_TITLES = _WORDS.sequence("not_head_titles")
# honorifics before a name: no first name ("Mr. Biden")
HONORIFICS = _WORDS.words("name_honorifics")
# family names that are also everyday words or first names: never a known person by the surname alone
COMMON_WORD_SURNAMES = _WORDS.words("common_word_surnames")


class FamilyNames:
    """Name-word tables of one ``ActorDictionary``; ``agent_words`` gives every word of a role phrase."""

    def __init__(self, dictionary: ActorDictionary, agent_words: Callable[[], frozenset[str]]) -> None:
        self.dictionary = dictionary
        self.agent_words = agent_words
        self._surnames: dict[str, list[ActorEntry]] | None = None   # family name -> people, built on first use
        self._name_words: dict[int, frozenset[str]] | None = None   # id(person) -> words of all its names
        self._family_first: dict[str, list[ActorEntry]] | None = None   # "kim" -> Kim Jong-un, Kim Yo-jong ...

    def by_surname(self, surname: str, when: date | None, country: str | None) -> ActorEntry | None:
        """The person a lone family name stands for: the one person of the dictionary of ``country`` (the country
        of the context) with that family name who holds a role at ``when`` ("Christie" in a US text of
        2016: Chris Christie, governor of New Jersey). None with no date or no country, when the name is shared
        ("Kennedy": a president, a senator, a justice), an everyday word (``COMMON_WORD_SURNAMES``) or a first
        name."""
        low = self._family_word(surname)
        if when is None or low is None:
            return None
        if country is not None:
            active = [e for e in self._people_named(low) if e.code[:3] == country and e.active_at(when)]
            if len(active) == 1:
                return active[0]   # "Johnson" in a British text of 2019: Boris, not Alan
        return self._head_named(low, when)

    def _head_named(self, low: str, when: date) -> ActorEntry | None:
        """The one head of state or government in office at ``when`` with this family name, when the context's
        country has no single person of that name ("Obama meets Castro" in 2016: Raúl Castro, president of Cuba,
        not Representative Joaquin Castro): a lone family name with no first name before it is how news names
        the most prominent bearer, and heads of state are named so far more often than members of parliament."""
        heads = []
        for e in self._people_named(low):
            _code, role = e.at(when)
            title = (role.title or "").lower() if role is not None else ""
            if HEAD_TITLE.match(title) and not title.startswith(NOT_HEAD_TITLES):
                heads.append(e)
        return heads[0] if len(heads) == 1 else None

    def family_country(self, surname: str, named: Iterable[ActorEntry]) -> tuple[str, ActorEntry] | None:
        """The country of the known people named in the text (``named``) with this family name, when they all have
        one ("Hunter Biden" in a story naming Joe Biden: USA), for a relative the dictionary does not list; None for
        everyday words and first names."""
        low = self._family_word(surname)
        if low is None:
            return None
        people = self._people_named(low)
        kin = [e for e in dict.fromkeys(named) if any(e is p for p in people)]
        countries = {e.code[:3] for e in kin}
        return (kin[0].code[:3], kin[0]) if len(countries) == 1 else None

    def _family_word(self, surname: str) -> str | None:
        """A written family name, lower-case, unless it is no capitalised name or is also an everyday word
        (``COMMON_WORD_SURNAMES``) or a first name ("Gordon", "Scott")."""
        low = surname.lower()
        if not surname[:1].isupper() or low in COMMON_WORD_SURNAMES or low in self.dictionary.genders:
            return None
        return low

    def _people_named(self, low: str) -> list[ActorEntry]:
        """The people of the dictionary whose name ends in the family name ``low`` (lower-case)."""
        if self._surnames is None:
            table: dict[str, dict[int, ActorEntry]] = {}
            for entries in self.dictionary.names.values():
                for entry, _caps in entries:
                    parts = [w for w in entry.name.split() if w.rstrip(".,") not in NAME_SUFFIX_WORDS]
                    if entry.kind == "person" and len(parts) > 1:
                        table.setdefault(parts[-1].lower(), {})[id(entry)] = entry
            self._surnames = {k: list(v.values()) for k, v in table.items()}
        return self._surnames.get(low, [])

    def given_name_agrees(self, entry: ActorEntry, given: Sequence[str]) -> bool:
        """Whether the first name (or initial) written before a person's family name is one of the names the
        dictionary gives that person ("William J. Clinton", "Bill Clinton": Bill Clinton; "Hunter Biden": not Joe
        Biden). Honorifics and role words are no first name; with none written, it agrees."""
        words_ = self.given_names(given)
        if not words_ or entry.kind != "person":
            return True
        if self._name_words is None:   # first words of names; of three-word names marked "+": need a middle name
            table: dict[int, set[str]] = {}
            for k, entries in self.dictionary.names.items():
                parts = [w.rstrip(".") for w in k.split()]
                for e, _caps in entries:
                    if e.kind == "person" and len(parts) > 1:
                        table.setdefault(id(e), set()).add(parts[0] + ("+" if len(parts) > 2 else ""))
            self._name_words = {i: frozenset(v) for i, v in table.items()}
        known = self._name_words.get(id(entry), frozenset())
        first, middle = words_[0], len(words_) > 1   # "Rafael Cruz" is not Rafael Edward (Ted) Cruz
        firsts = {w.rstrip("+") for w in known if middle or not w.endswith("+")}
        if len(first) == 1:   # an initial: "J. Biden"
            return any(w[:1] == first for w in firsts)
        return first in firsts

    def family_name_first(self, word: str, when: date | None, countries: Iterable[str]) -> bool:
        """Whether a lone name is the family name, written first, of a known person in office at ``when`` of one of
        ``countries`` (those the text names) that name people family name first ("Kim" in 2023: Kim Jong-un)."""
        named = set(countries)
        if self._family_first is None:
            table: dict[str, list[ActorEntry]] = {}
            for k, entries in self.dictionary.names.items():
                parts = k.split()
                for e, _caps in entries:
                    if e.kind == "person" and len(parts) > 1 and e.code[:3] in FAMILY_FIRST_COUNTRIES:
                        table.setdefault(parts[0], []).append(e)
            self._family_first = table
        return any(e.code[:3] in named and e.active_at(when) for e in self._family_first.get(word.lower(), ()))

    def given_names(self, given: Sequence[str]) -> list[str]:
        """The name words just before a family name, lower-case, back to a title or other word ("Russian President
        Vladimir" -> ["vladimir"]; "Mr." -> [])."""
        out: list[str] = []
        for w in reversed(given):
            low = w.lower().rstrip(".")
            if not w[:1].isupper() or not low or low in HONORIFICS or low in self.agent_words():
                break
            out.insert(0, low)
        return out


__all__ = ["FamilyNames", "COMMON_WORD_SURNAMES", "HONORIFICS"]
