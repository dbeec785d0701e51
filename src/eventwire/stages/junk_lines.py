"""The clean stage's junk-line rules (``data/filters/junk_lines.yaml``): which lines of a scraped page are its
furniture (bylines, timestamps, photo credits, share bars, sign-up and cookie notices), read and checked once.

A rule is a list of regular expressions searched in the stripped line, or a word list (``only``) that a
timestamp line is made of. Loading checks every rule against its own ``examples`` (must match) and
``counter`` lines (must not), so a rule that drifts is a ``DictionaryError`` naming file, line and rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..dictionaries.files import data_path, load_yaml, word_list
from ..errors import DictionaryError

_WORD_SPLIT = re.compile(r"[\s,:|]+")
# a number, an ordinal day, a clock time or a time zone with its offset: the words a timestamp holds besides names
_NUMBER = re.compile(r"\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d\d|[a-z]{2,4}[+-]\d{1,2}")
# the end of a sentence of prose: a word of two small letters, its stop, a space and a capital ("left early. Julie")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"\u201d\u2019)]?\s+[\"\u201c\u2018(]?[A-Z]")
# a promo or credit may follow a few words of furniture ("Get the Brief. Sign up ..."); after more prose than this the
# line is a paragraph of the story that ends with a credit, and it stays
_FURNITURE_LEAD_WORDS = 12


@dataclass(frozen=True)
class JunkRule:
    name: str
    patterns: tuple[re.Pattern[str], ...] = ()
    only: frozenset[str] = frozenset()
    needs: frozenset[str] = frozenset()

    def matches(self, line: str) -> bool:
        """``line`` (stripped) is a line of this kind."""
        if self.only:
            return _only_words(line, self.only, self.needs)
        return any(match is not None and not _after_prose(line[:match.start()])
                   for match in (p.search(line) for p in self.patterns))


def _after_prose(lead: str) -> bool:
    """``lead``, the text of a line before a rule's match, is story prose: sentences of more than a few words. A
    story paragraph kept on one line that ends "... Nobody left early. Jim Roe contributed reporting." is no
    furniture."""
    return len(lead.split()) > _FURNITURE_LEAD_WORDS and _SENTENCE_END.search(lead) is not None


def _only_words(line: str, words: frozenset[str], needs: frozenset[str]) -> bool:
    """Every word of ``line`` is listed or a number, one of them is a number and one is in ``needs`` (if given)."""
    numbers, needed = 0, not needs
    for token in (t.lower() for t in _WORD_SPLIT.split(line) if t):
        word = token if token in words else token.rstrip(".")
        if _NUMBER.fullmatch(token):
            numbers += 1
        elif word not in words:
            return False
        needed = needed or word in needs
    return numbers > 0 and needed


@dataclass(frozen=True)
class JunkLines:
    rules: tuple[JunkRule, ...]

    def rule_for(self, line: str) -> str | None:
        """The name of the first rule ``line`` matches, or None."""
        stripped = line.strip()
        return next((r.name for r in self.rules if r.matches(stripped)), None)

    @classmethod
    def load(cls, path: Path | None = None) -> "JunkLines":
        path = path or data_path("filters", "junk_lines.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
            raise DictionaryError(str(path), None, "expected a mapping with a non-empty list 'rules'")
        rules: list[JunkRule] = []
        for entry in data["rules"]:
            rule = _rule(path, entry)
            if any(r.name == rule.name for r in rules):
                raise DictionaryError(str(path), entry.get("__line__"), f"rule {rule.name!r} is listed twice")
            rules.append(rule)
        return cls(tuple(rules))


def _rule(path: Path, entry: Any) -> JunkRule:
    line = entry.get("__line__") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry.get("why"):
        raise DictionaryError(str(path), line, "a rule needs a 'name' and a 'why'")
    name = entry["name"]
    unknown = set(entry) - {"__line__", "name", "why", "patterns", "only", "needs", "examples", "counter"}
    if unknown:
        raise DictionaryError(str(path), line, f"rule {name}: unknown keys {sorted(unknown)}")
    if ("patterns" in entry) == ("only" in entry):
        raise DictionaryError(str(path), line, f"rule {name}: give either 'patterns' or 'only'")
    if "only" in entry:
        only = frozenset(word_list(path, line, f"rule {name}: only", entry["only"]))
        needs = frozenset(word_list(path, line, f"rule {name}: needs", entry["needs"])) if "needs" in entry else None
        if needs is not None and not needs <= only:
            raise DictionaryError(str(path), line, f"rule {name}: 'needs' words must be among the 'only' words")
        rule = JunkRule(name, only=only, needs=needs or frozenset())
    elif "needs" in entry:
        raise DictionaryError(str(path), line, f"rule {name}: 'needs' goes with 'only'")
    else:
        rule = JunkRule(name, patterns=_patterns(path, line, name, entry["patterns"]))
    for example in _lines(path, line, name, entry.get("examples"), "examples", needed=True):
        if not rule.matches(example.strip()):
            raise DictionaryError(str(path), line, f"rule {name} does not match its example {example!r}")
    for counter in _lines(path, line, name, entry.get("counter"), "counter", needed=False):
        if rule.matches(counter.strip()):
            raise DictionaryError(str(path), line, f"rule {name} matches its counter example {counter!r}")
    return rule


def _patterns(path: Path, line: int | None, name: str, value: Any) -> tuple[re.Pattern[str], ...]:
    """The compiled expressions; an expression given as a list of strings is its parts joined."""
    if not isinstance(value, list) or not value:
        raise DictionaryError(str(path), line, f"rule {name}: 'patterns' must be a non-empty list")
    compiled = []
    for item in value:
        parts = item if isinstance(item, list) else [item]
        if not parts or not all(isinstance(p, str) and p for p in parts):
            raise DictionaryError(str(path), line, f"rule {name}: a pattern must be a string or a list of strings")
        try:
            compiled.append(re.compile("".join(parts), re.IGNORECASE))
        except re.error as err:
            raise DictionaryError(str(path), line, f"rule {name}: bad regular expression: {err}") from err
    return tuple(compiled)


def _lines(path: Path, line: int | None, name: str, value: Any, key: str, *, needed: bool) -> list[str]:
    if value is None and not needed:
        return []
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DictionaryError(str(path), line, f"rule {name}: '{key}' must be a non-empty list of lines")
    return value


@cache
def junk_lines() -> JunkLines:
    """The packaged rules, loaded once per process."""
    return JunkLines.load()
