"""Text normalisation shared by the actor dictionary and the resolver.

Names are compared as sequences of words: accents folded, apostrophes and hyphens split words,
dots dropped ("U.S." -> "US"), so that a dictionary alias and spaCy's tokens of the same name
give the same key ("al-Shabaab" == "al Shabaab", "Côte d'Ivoire" == "Cote d'Ivoire").
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?|\+")
_APOSTROPHES = str.maketrans({"'": " ", "\u2019": " ", "\u2018": " ", "`": " "})


def fold(text: str) -> str:
    """Accents off (é -> e), apostrophes to spaces."""
    if text.isascii():
        return text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)


def words(text: str) -> list[str]:
    """The words of ``text`` with their case kept and dots removed: "the U.S. Army" -> [the, US, Army]."""
    out = []
    for match in _WORD.findall(fold(text)):
        word = match.replace(".", "")
        if word:
            out.append(word)
    return out


def key(parts: list[str]) -> str:
    """Case-insensitive look-up key of a word sequence."""
    return " ".join(p.lower() for p in parts)


def is_acronym(parts: list[str]) -> bool:
    """A short all-capitals alias ("US", "UN", "WHO", "IS") only matches in capitals."""
    return len(parts) == 1 and parts[0].isupper() and len(parts[0]) <= 5 and parts[0].isalpha()


_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people", "chief": "chiefs",
              "staff": "staff", "police": "police", "people": "people", "media": "media", "press": "press",
              "clergy": "clergy", "intelligence": "intelligence", "militia": "militias", "youth": "youths",
              "authority": "authorities", "schoolchild": "schoolchildren", "spokesman": "spokesmen",
              "spokeswoman": "spokeswomen", "aircraft": "aircraft", "personnel": "personnel"}


def plural(word: str) -> str:
    """English plural of a (lower-case) noun, good enough for role nouns."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def phrase_forms(phrase: str) -> list[str]:
    """Look-up keys of a role phrase: itself and the plural of its last word ("prime ministers")."""
    parts = [p.lower() for p in words(phrase)]
    if not parts:
        return []
    forms = [" ".join(parts)]
    plural_parts = [*parts[:-1], plural(parts[-1])]
    forms.append(" ".join(plural_parts))
    return list(dict.fromkeys(forms))
