"""The word classes of the argument finder, read from ``data/cameo/arguments.yaml``.

Each class is a set of lemmas that changes where a source or target is found (texts that act
through a participle, verbs of witnessing, nouns of places an actor holds, ...); the file explains
each class at its top. ``argument_words()`` reads and validates the packaged file once per
process; ``ArgumentWords.load(path)`` reads another one. Faults raise ``DictionaryError`` naming
the file and the line of the entry. The file's ``noun_lemmas`` list mends the lemmas spaCy gets
wrong on nouns of places ("bases" -> "base"): ``noun_lemma(token)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError


# classes a file may leave out
_OPTIONAL = frozenset({"measures", "trips", "travel_verbs", "agreeing", "memorials", "arming_verbs", "drills",
                       "claimed", "claiming", "toll_verbs", "time_spans", "permission_verbs", "causing_verbs",
                       "harm_nouns", "own_side_nouns", "fighting_means", "mass_counts",
                       "platform_persons", "naming_verbs", "joining_verbs", "speaking_verbs"})


@dataclass(frozen=True)
class ArgumentWords:
    """One frozenset of lower-case words per class of ``data/cameo/arguments.yaml``."""

    texts: frozenset[str]
    witnessing: frozenset[str]
    aides: frozenset[str]
    adversaries: frozenset[str]
    partners: frozenset[str]
    act_taken: frozenset[str]
    agent_participles: frozenset[str]
    buildings: frozenset[str]
    quantifiers: frozenset[str]
    holdings: frozenset[str]
    holding_verbs: frozenset[str]
    leading_verbs: frozenset[str]
    buying_verbs: frozenset[str]
    supplying_verbs: frozenset[str]
    carrying_verbs: frozenset[str]
    provisions: frozenset[str]
    accords: frozenset[str]
    mutual_verbs: frozenset[str]
    crowds: frozenset[str]
    taking_part: frozenset[str]
    circumstances: frozenset[str]
    harmed_in: frozenset[str]
    campaigns: frozenset[str]
    acting_participles: frozenset[str]
    rally_purposes: frozenset[str]
    frontiers: frozenset[str]
    # measure nouns read like quantifiers ("tonnes of rice"); a class a file may leave out (none then)
    measures: frozenset[str] = frozenset()
    # nouns of a visit or talks whose 'on'/'during' phrase is done by the actor it describes
    trips: frozenset[str] = frozenset()
    # verbs of travelling whose 'for' phrase of talks is the traveller's ("flew to Ankara for talks with X")
    travel_verbs: frozenset[str] = frozenset()
    # verbs of agreeing: several subjects agreeing on an act of intent agree it with each other
    agreeing: frozenset[str] = frozenset()
    # nouns of a memorial or tomb: whom it honours is the target of a symbolic act at it (targets.yaml honoured)
    memorials: frozenset[str] = frozenset()
    # participles by which an actor readies a means of force ("a bomb planted by the Taliban")
    arming_verbs: frozenset[str] = frozenset()
    # nouns of a practice (drill, training): force used in one falls on no crowd
    drills: frozenset[str] = frozenset()
    # a claimant's noun and verb: "claimed responsibility for", "took credit for" (``noun_sources._claimant``)
    claimed: frozenset[str] = frozenset()
    claiming: frozenset[str] = frozenset()
    # verbs of the harm an attack does, told as its toll when coordinated with it (``drops``)
    toll_verbs: frozenset[str] = frozenset()
    # nouns of a span of time given to someone to act ("gave the bank a week to explain")
    time_spans: frozenset[str] = frozenset()
    # verbs of letting someone act, whose non-finite clause's subject is what they let act, read as their
    # object ("allowed UN inspectors to visit", "let the convoy cross"; not "made Ukraine accept")
    permission_verbs: frozenset[str] = frozenset()
    # verbs by which one act makes another actor act, whose object does the act of their infinitive ("prompting
    # Mexico to break off relations" -> Mexico; ``sources.py``)
    causing_verbs: frozenset[str] = frozenset()
    # nouns of the arms or tools a fight is fought with: a 'with' phrase of them names no other side
    # ("border guards fought with mortars")
    fighting_means: frozenset[str] = frozenset()
    # words that count people in the mass ("hundreds of villagers", "dozens", "scores": counting.mass_counted)
    mass_counts: frozenset[str] = frozenset()
    # nouns that name both a person and a weapon platform ("bomber": platforms.is_machine)
    platform_persons: frozenset[str] = frozenset()
    # verbs of naming a thing ("what Islamabad called a camp": ``target_search._free_relative``)
    naming_verbs: frozenset[str] = frozenset()
    # verbs of joining another actor in an act ("joined France in condemning X"): both do the 'in' gerund's act
    joining_verbs: frozenset[str] = frozenset()
    # verbs of speaking to an audience ("addressed the assembly, criticising X": what was said, not a reason)
    speaking_verbs: frozenset[str] = frozenset()
    # nouns of a death or a harm whose 'of' phrase names victims: an inquiry into one is aimed at the doer it names
    harm_nouns: frozenset[str] = frozenset()
    # the forces, agents and machines a denier answers for: a denied "that" clause about one is a denied act of the
    # denier's own side ("denied that the army had detained anyone"), one about anything else is not ("talks")
    own_side_nouns: frozenset[str] = frozenset()
    # word form -> lemma, for nouns spaCy's lemmatiser gets wrong (not a class: the ``noun_lemmas`` list)
    noun_lemmas: dict[str, str] = field(default_factory=dict, hash=False)

    @classmethod
    def load(cls, path: Path | None = None) -> "ArgumentWords":
        path = path or data_path("cameo", "arguments.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("classes"), list):
            raise DictionaryError(str(path), None, "expected a mapping with a 'classes' list")
        names = [f.name for f in fields(cls) if f.name != "noun_lemmas"]
        found: dict[str, frozenset[str]] = {}
        for entry in data["classes"]:
            line = entry.get("__line__") if isinstance(entry, dict) else None
            if not isinstance(entry, dict) or set(entry) - {"class", "words", "__line__"}:
                raise DictionaryError(str(path), line, "an entry is {class: NAME, words: [...]}")
            name, words = entry.get("class"), entry.get("words")
            if name not in names:
                raise DictionaryError(str(path), line, f"class {name!r} is not one of {names}")
            if name in found:
                raise DictionaryError(str(path), line, f"class {name!r} listed twice")
            if not isinstance(words, list) or not words:
                raise DictionaryError(str(path), line, f"class {name}: words must be a non-empty list")
            seen: set[str] = set()
            for word in words:
                if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
                    raise DictionaryError(str(path), line, f"class {name}: {word!r} must be a lower-case word")
                if word in seen:
                    raise DictionaryError(str(path), line, f"class {name}: {word!r} listed twice")
                seen.add(word)
            found[name] = frozenset(seen)
        missing = [n for n in names if n not in found and n not in _OPTIONAL]
        if missing:
            raise DictionaryError(str(path), None, f"classes {missing} are missing")
        return cls(**found, noun_lemmas=_noun_lemmas(data.get("noun_lemmas"), path))

    def noun_lemma(self, tok: Token) -> str:
        """The lower-case lemma of a noun, with spaCy's known slips on place nouns mended ("bases")."""
        return self.noun_lemmas.get(tok.lower_, tok.lemma_.lower())


def _noun_lemmas(entries: object, path: Path) -> dict[str, str]:
    """The ``noun_lemmas`` list: ``{form: bases, lemma: base}`` entries, lower-case, each form once."""
    if not isinstance(entries, list) or not entries:
        raise DictionaryError(str(path), None, "expected a non-empty 'noun_lemmas' list")
    out: dict[str, str] = {}
    for entry in entries:
        line = entry.get("__line__") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or set(entry) - {"__line__"} != {"form", "lemma"}:
            raise DictionaryError(str(path), line, "a noun_lemmas entry is {form: WORD, lemma: WORD}")
        form, lemma = entry["form"], entry["lemma"]
        for word in (form, lemma):
            if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
                raise DictionaryError(str(path), line, f"noun_lemmas: {word!r} must be a lower-case word")
        if form in out:
            raise DictionaryError(str(path), line, f"noun_lemmas: {form!r} listed twice")
        out[form] = lemma
    return out


@lru_cache(maxsize=1)
def argument_words() -> ArgumentWords:
    """The packaged word classes, read once per process."""
    return ArgumentWords.load()
