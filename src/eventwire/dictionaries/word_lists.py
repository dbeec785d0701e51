"""Files of named word lists and word-group tables (``data/actors/words.yaml``), validated, errors name file and line.

The file is a list of entries, each one named list of words or one table of word groups::

    - {name: head_titles, words: [president, prime minister, ...]}
    - name: anaphors
      groups: {organisation: [group, movement], business: [company, firm]}

``ActorVocabulary.words(name)`` gives a list as a frozenset, ``sequence(name)`` as a tuple in the file's order
(for lists tried in order), ``groups(name)`` a table as ``{key: frozenset}`` and ``group_of(name)`` the table
turned round (``{word: key}``; a word in two groups is a fault). Asking for a name the file lacks, or for a list
as a table, raises ``DictionaryError`` naming the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import DictionaryError
from .files import load_yaml, word_list

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
ENTRY_KEYS = frozenset({"name", "words", "groups", "__line__"})


class ActorVocabulary:
    """Named word lists and word-group tables of one validated file."""

    def __init__(self, path: Path, lists: dict[str, tuple[str, ...]], tables: dict[str, dict[str, tuple[str, ...]]],
                 lines: dict[str, int]) -> None:
        self.path = path
        self._lists = lists
        self._tables = tables
        self._lines = lines

    @property
    def names(self) -> frozenset[str]:
        """Every list and table name of the file."""
        return frozenset(self._lists) | frozenset(self._tables)

    def sequence(self, name: str) -> tuple[str, ...]:
        """The words of list ``name`` in the file's order."""
        if name not in self._lists:
            raise DictionaryError(str(self.path), None, f"no word list named {name!r}")
        return self._lists[name]

    def words(self, name: str) -> frozenset[str]:
        """The words of list ``name``."""
        return frozenset(self.sequence(name))

    def groups(self, name: str) -> dict[str, frozenset[str]]:
        """Table ``name``: group key -> its words."""
        if name not in self._tables:
            raise DictionaryError(str(self.path), None, f"no word-group table named {name!r}")
        return {key: frozenset(words) for key, words in self._tables[name].items()}

    def group_of(self, name: str) -> dict[str, str]:
        """Table ``name`` turned round: word -> its group key (a word in two groups is a fault)."""
        out: dict[str, str] = {}
        for key, words in self.groups(name).items():
            for word in sorted(words):
                if word in out:
                    raise DictionaryError(str(self.path), self._lines[name],
                                          f"{name}: {word!r} is in groups {out[word]} and {key}")
                out[word] = key
        return out


def load_vocabulary(path: Path) -> ActorVocabulary:
    """Read and validate a word-list file (see the module docstring)."""
    data = load_yaml(path)
    if not isinstance(data, list):
        raise DictionaryError(str(path), None, "the file must be a list of {name, words} or {name, groups} entries")
    lists: dict[str, tuple[str, ...]] = {}
    tables: dict[str, dict[str, tuple[str, ...]]] = {}
    lines: dict[str, int] = {}
    for entry in data:
        if not isinstance(entry, dict):
            raise DictionaryError(str(path), None, f"entry {entry!r} is no mapping")
        line = entry["__line__"]
        name = entry.get("name")
        if not isinstance(name, str) or not NAME_PATTERN.match(name):
            raise DictionaryError(str(path), line, f"name {name!r} must be lower-case letters, digits and '_'")
        if name in lines:
            raise DictionaryError(str(path), line, f"name {name!r} is used twice (first at line {lines[name]})")
        lines[name] = line
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise DictionaryError(str(path), line, f"{name}: unknown keys {sorted(unknown)}")
        if ("words" in entry) == ("groups" in entry):
            raise DictionaryError(str(path), line, f"{name}: give either words or groups")
        if "words" in entry:
            lists[name] = word_list(path, line, name, entry["words"])
            continue
        groups = entry["groups"]
        if not isinstance(groups, dict) or len(set(groups) - {"__line__"}) < 2:
            raise DictionaryError(str(path), line, f"{name}: groups must map two or more keys to word lists")
        tables[name] = {str(key): word_list(path, line, f"{name}.{key}", words)
                        for key, words in groups.items() if key != "__line__"}
    return ActorVocabulary(path, lists, tables, lines)


__all__ = ["ActorVocabulary", "load_vocabulary"]
