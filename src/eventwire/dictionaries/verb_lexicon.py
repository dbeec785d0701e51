"""The verb/noun pattern lexicon (``data/verbs/NN.yaml``) and the discard rules (``data/filters/discards.yaml``).

Files are validated on load; a fault raises :class:`DictionaryError` naming file, line and fault.
The loaded lexicon is precompiled into dicts keyed by trigger lemma (the head word of a verb
pattern, the last word of a noun pattern), so the coder never scans all patterns per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import DictionaryError
from .cameo_codes import CameoCodes
from .files import data_path, load_yaml

PATTERN_KEYS = frozenset({"id", "code", "verbs", "nouns", "preps", "objects", "complement", "subjects", "target",
                          "symmetric", "voice", "priority", "examples", "counter", "political_source",
                          "needs", "count", "clause_verbs", "target_foreign"})
# the clause a verb pattern may require after its trigger: "denied sending" (gerund), "denied that it
# had sent" (that: a finite clause, with or without "that"), "told X to leave" (to: an infinitive);
# "none": no clause at all ("agreed a deal", not "agreed to sign a deal"); "should": a finite clause of
# what someone is to do ("insisted that Iran halt", "... Hamas must free"; not "insisted it was fair")
COMPLEMENT_KINDS = frozenset({"gerund", "that", "own_that", "should", "to", "none"})   # own_that: complements._own_subject
DISCARD_KEYS = frozenset({"id", "lemmas", "phrases", "context", "example", "patterns", "context_in", "spare"})
# how a pattern's object must be counted: "mass" (hundreds of, dozens of, more than 25: counting.mass_counted),
# "thousands" (thousands of, more than 1,000; not dozens or hundreds: counting.counted_as)
COUNT_KINDS = frozenset({"mass", "thousands"})
_TARGET_RE = re.compile(r"^(auto|dobj|none|prep:[a-z]+)$")
_ID_RE = re.compile(r"^[a-z0-9_]+$")
_ROOT_FILE_RE = re.compile(r"^\d\d\.ya?ml$")


def norm_phrase(text: str) -> str:
    """Lower case, hyphens as separate words, single blanks: "Face-to-face  talk" -> "face - to - face talk"."""
    return " ".join(text.lower().replace("-", " - ").split())


@dataclass(frozen=True)
class Example:
    text: str
    source: str | None
    target: str | None


@dataclass(frozen=True)
class Pattern:
    """One lexicon entry. ``rule`` is "verbs/NN.yaml#id" (the file name for user files)."""

    id: str
    code: str
    rule: str
    line: int | None
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    preps: tuple[tuple[str, tuple[str, ...]], ...] = ()
    objects: tuple[str, ...] = ()
    complement: tuple[str, ...] = ()   # the trigger verb needs one of these clauses (COMPLEMENT_KINDS)
    subjects: tuple[str, ...] = ()     # the trigger verb's subject (or passive agent) is one of these nouns
    # the verb of its required clause is one of these ("ordered the ambassador to leave", not "... to travel")
    clause_verbs: tuple[str, ...] = ()
    target: str = "auto"
    symmetric: bool = False
    # the target must be of another country than the source ("ordered French troops to leave" is an expulsion
    # by Mali, not by France): a pair of one country goes, and the next fitting pattern codes (dyads.Dyads.pairs)
    target_foreign: bool = False
    # what the act presupposes beyond its own words (the file's ``needs``): one of ``needs_words`` in its
    # sentence, or an earlier event of the article by the same source with a code under one of
    # ``needs_earlier`` ("returned to work" eases dissent only after a strike; events.needed_context)
    needs_words: tuple[str, ...] = ()
    needs_earlier: tuple[str, ...] = ()
    # the source must resolve to a country, an international body or a state's or party's actor (a comment
    # only such a speaker makes: "the ministry was concerned about ...", not shopkeepers): idle_warnings
    political_source: bool = False
    voice: str = "any"
    count: str = ""    # the object is counted so (COUNT_KINDS: "mass" for "hundreds of villagers"); "": any
    priority: int = 0
    examples: tuple[Example, ...] = ()
    counter: tuple[str, ...] = ()

    # (a pattern does not change: both are read once; the matcher ranks its attempts by them again and again)
    @cached_property
    def root(self) -> str:
        return self.code[:2]

    @cached_property
    def specificity(self) -> int:
        """How many constraints the pattern sets (used to break priority ties)."""
        return len(self.preps) + (1 if self.objects else 0) + sum(len(p[1]) > 0 for p in self.preps) \
            + (1 if self.complement else 0) + (1 if self.subjects else 0)


@dataclass(frozen=True)
class Trigger:
    """A pattern reached from one trigger lemma: the full multi-word form and the other words it needs."""

    pattern: Pattern
    phrase: str            # normalised full form, e.g. "pull out" or "phone call"
    extra: tuple[str, ...]  # verbs: words after the head ("out"); nouns: words before the head ("phone")


@dataclass(frozen=True)
class DiscardRule:
    id: str
    lemmas: frozenset[str]
    phrases: tuple[str, ...]
    context: frozenset[str]
    example: str
    line: int | None = None
    # the patterns the rule vetoes: a pattern ("19.yaml#attack_verb") or a CAMEO code prefix
    # ("19", "190"); empty: every pattern of the trigger word
    patterns: tuple[str, ...] = ()
    # where the context words are looked for: "" (the trigger's subject/object phrases and the words
    # around it), "subject" (its subject phrase only: "troops surrounded ...", not "... the police station")
    # or "object" (the head words of its direct objects: "dismissed the charges", not "a warrant on charges")
    # or "phrase" (the trigger's own phrase without the clauses hung on it: "a truce in their trade war")
    context_in: str = ""
    # (context_in: object only) context word -> the prepositions or modifiers that keep an object head of that
    # word from counting: {claim: [to, over, territorial]} ("dismissed Y's claims to the islands" is a claim of
    # land rejected, not an accusation denied)
    spare: tuple[tuple[str, frozenset[str]], ...] = ()

    def vetoes(self, pattern: "Pattern | None") -> bool:
        """Does the rule apply to a trigger that fits ``pattern`` (None: to any pattern)?"""
        if not self.patterns or pattern is None:
            return True
        return any(pattern.code.startswith(p) if p.isdigit() else
                   (pattern.rule == p or pattern.rule.endswith("/" + p)) for p in self.patterns)


@dataclass
class VerbLexicon:
    """All patterns, indexed by trigger lemma, plus the discard rules."""

    patterns: list[Pattern] = field(default_factory=list)
    by_verb: dict[str, list[Trigger]] = field(default_factory=dict)
    by_noun: dict[str, list[Trigger]] = field(default_factory=dict)
    discards: list[DiscardRule] = field(default_factory=list)
    discards_by_lemma: dict[str, list[DiscardRule]] = field(default_factory=dict)
    phrase_discards: list[DiscardRule] = field(default_factory=list)
    # first word of a phrase-only discard -> (phrase words, rule): sentences are scanned once
    discard_phrase_index: dict[str, list[tuple[tuple[str, ...], DiscardRule]]] = field(default_factory=dict)
    # the matcher's compiled pattern lists by token shape (``events.pattern_index``): filled as the
    # coder meets trigger words, emptied when a pattern is added
    compiled: dict = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, cameo: CameoCodes | None = None, *, extra_files: Iterable[Path] = (),
             verb_dir: Path | None = None, discard_file: Path | None = None) -> "VerbLexicon":
        """Load every ``NN.yaml`` of the packaged lexicon (or ``verb_dir``), then ``extra_files`` (user files)."""
        lex = cls()
        folder = verb_dir or data_path("verbs")
        files = sorted(p for p in folder.iterdir() if _ROOT_FILE_RE.match(p.name)) if folder.is_dir() else []
        for path in [*files, *(Path(p) for p in extra_files)]:
            for pattern in load_pattern_file(path, cameo):
                lex.add(pattern)
        discards = discard_file or data_path("filters", "discards.yaml")
        if discards.exists():
            rules = {p.rule for p in lex.patterns}
            for rule in load_discard_file(discards):
                for name in rule.patterns:   # a named pattern must exist (a code is checked on load)
                    if not name.isdigit() and name not in rules and not any(r.endswith("/" + name) for r in rules):
                        raise DictionaryError(str(discards), rule.line,
                                              f"discard {rule.id}: no pattern {name!r} in the lexicon")
                lex.add_discard(rule)
        return lex

    def add(self, pattern: Pattern) -> None:
        self.patterns.append(pattern)
        self.compiled.clear()
        for verb in pattern.verbs:
            words = verb.split()
            self.by_verb.setdefault(words[0], []).append(Trigger(pattern, verb, tuple(words[1:])))
        for noun in pattern.nouns:
            words = norm_phrase(noun).split()
            self.by_noun.setdefault(words[-1], []).append(Trigger(pattern, " ".join(words), tuple(words[:-1])))

    def add_discard(self, rule: DiscardRule) -> None:
        self.discards.append(rule)
        for lemma in rule.lemmas:
            self.discards_by_lemma.setdefault(lemma, []).append(rule)
        if not rule.lemmas:
            self.phrase_discards.append(rule)
            for phrase in rule.phrases:
                words = tuple(phrase.split())
                self.discard_phrase_index.setdefault(words[0], []).append((words, rule))

    def triggers_for(self, lemma: str, *, noun: bool) -> list[Trigger]:
        return (self.by_noun if noun else self.by_verb).get(lemma, [])


def _str_list(value: Any, where: str, path: Path, line: int | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DictionaryError(str(path), line, f"{where} must be a list of non-empty strings")
    return tuple(" ".join(v.lower().split()) for v in value)


def _rule_name(path: Path) -> str:
    return f"verbs/{path.name}" if path.parent == data_path("verbs") else path.name


def load_pattern_file(path: Path, cameo: CameoCodes | None = None) -> list[Pattern]:
    """Read and validate one ``NN.yaml`` pattern file."""
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise DictionaryError(str(path), None, "expected a mapping with a 'patterns' list")
    root = data.get("root")
    if root is not None and not (isinstance(root, str) and root.isdigit() and len(root) == 2):
        raise DictionaryError(str(path), data.get("__line__"), f"bad root {root!r} (quote it: \"04\")")
    seen: set[str] = set()
    out: list[Pattern] = []
    for raw in data["patterns"]:
        out.append(_pattern(raw, path, root, cameo, seen))
    return out


def _pattern(raw: Any, path: Path, root: str | None, cameo: CameoCodes | None, seen: set[str]) -> Pattern:
    if not isinstance(raw, dict):
        raise DictionaryError(str(path), None, "each pattern must be a mapping")
    line = raw.get("__line__")

    def fault(msg: str) -> DictionaryError:
        return DictionaryError(str(path), line, f"pattern {raw.get('id')!r}: {msg}")

    unknown = set(raw) - PATTERN_KEYS - {"__line__"}
    if unknown:
        raise fault(f"unknown keys {sorted(unknown)}")
    pid = raw.get("id")
    if not isinstance(pid, str) or not _ID_RE.match(pid):
        raise fault("id must be lower-case letters, digits and _")
    if pid in seen:
        raise fault("duplicate id in this file")
    seen.add(pid)
    code = raw.get("code")
    if not isinstance(code, str) or not code.isdigit() or len(code) not in (2, 3, 4):
        raise fault(f"code must be a quoted 2-4 digit CAMEO code, got {code!r}")
    if root and not code.startswith(root):
        raise fault(f"code {code} is not under root {root}")
    if cameo is not None and code not in cameo:
        raise fault(f"code {code} is not in the CAMEO code table")
    verbs = _str_list(raw.get("verbs"), "verbs", path, line)
    nouns = _str_list(raw.get("nouns"), "nouns", path, line)
    if not verbs and not nouns:
        raise fault("needs verbs or nouns")
    preps_raw = raw.get("preps") or {}
    if not isinstance(preps_raw, dict):
        raise fault("preps must be a mapping prep -> list of object lemmas")
    preps = []
    for prep, objs in preps_raw.items():
        if prep == "__line__":
            continue
        if prep is True:   # bare YAML `on:` is a boolean
            raise fault('preposition key "on" must be quoted')
        if not isinstance(prep, str):
            raise fault(f"bad preposition key {prep!r}")
        preps.append((prep.lower(), tuple(norm_phrase(o) for o in _str_list(objs, f"preps.{prep}", path, line))))
    target = raw.get("target", "auto")
    if not isinstance(target, str) or not _TARGET_RE.match(target):
        raise fault(f"bad target {target!r} (auto | dobj | none | prep:X)")
    voice = raw.get("voice", "any")
    if voice not in ("active", "passive", "any"):
        raise fault(f"bad voice {voice!r}")
    symmetric = raw.get("symmetric", False)
    political_source = raw.get("political_source", False)
    target_foreign = raw.get("target_foreign", False)
    priority = raw.get("priority", 0)
    if not isinstance(symmetric, bool) or not isinstance(political_source, bool) \
            or not isinstance(target_foreign, bool) or not isinstance(priority, int) or isinstance(priority, bool):
        raise fault("symmetric, political_source and target_foreign must be true/false and priority an integer")
    complement = _str_list(raw.get("complement"), "complement", path, line)
    if set(complement) - COMPLEMENT_KINDS:
        raise fault(f"complement must list some of {sorted(COMPLEMENT_KINDS)}, got {list(complement)}")
    subjects = tuple(norm_phrase(o) for o in _str_list(raw.get("subjects"), "subjects", path, line))
    if (complement or subjects) and not verbs:
        raise fault("complement and subjects constrain verb triggers: the pattern needs verbs")
    clause_verbs = tuple(norm_phrase(o) for o in _str_list(raw.get("clause_verbs"), "clause_verbs", path, line))
    if clause_verbs and not complement:
        raise fault("clause_verbs name the verb of a required clause: the pattern needs complement")
    count = raw.get("count", "")
    if count and (count not in COUNT_KINDS or not verbs):
        raise fault(f"count must be one of {sorted(COUNT_KINDS)}, on a pattern with verbs, got {count!r}")
    needs_words, needs_earlier = _needs(raw.get("needs"), path, line, cameo, fault)
    examples = []
    for ex in raw.get("examples") or []:
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or "source" not in ex:
            raise fault("each example needs text, source and target")
        examples.append(Example(ex["text"], ex.get("source"), ex.get("target")))
    return Pattern(
        id=pid, code=code, rule=f"{_rule_name(path)}#{pid}", line=line, verbs=verbs, nouns=nouns,
        preps=tuple(preps), objects=tuple(norm_phrase(o) for o in _str_list(raw.get("objects"), "objects", path, line)),
        complement=complement, subjects=subjects, clause_verbs=clause_verbs, target=target, symmetric=symmetric,
        target_foreign=target_foreign, political_source=political_source, needs_words=needs_words,
        needs_earlier=needs_earlier, voice=voice,
        count=count, priority=priority, examples=tuple(examples),
        counter=tuple(raw.get("counter") or ()) if _str_list(raw.get("counter"), "counter", path, line) else (),
    )


def _needs(raw: Any, path: Path, line: int | None, cameo: CameoCodes | None,
           fault: Callable[[str], DictionaryError]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A pattern's ``needs: {words: [...], earlier: [CAMEO code prefixes]}`` as (words, code prefixes)."""
    if raw is None:
        return (), ()
    if not isinstance(raw, dict) or set(raw) - {"words", "earlier", "__line__"}:
        raise fault("needs must be a mapping with words (and earlier: CAMEO code prefixes)")
    words = tuple(norm_phrase(w) for w in _str_list(raw.get("words"), "needs.words", path, line))
    if not words:
        raise fault("needs.words must list the words the sentence must hold")
    earlier = _str_list(raw.get("earlier"), "needs.earlier", path, line)
    for code in earlier:
        if not (code.isdigit() and 2 <= len(code) <= 4) or (cameo is not None and code not in cameo):
            raise fault(f"needs.earlier: {code!r} is no CAMEO code")
    return words, earlier


def _spare(raw: Any, rid: str, context: frozenset[str], context_in: str, path: Path,
           line: int | None) -> tuple[tuple[str, frozenset[str]], ...]:
    """A discard rule's ``spare: {context word: [prepositions or modifiers]}``, checked against its context."""
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not raw or context_in != "object":
        raise DictionaryError(str(path), line, f"discard {rid}: spare must be a mapping of context words to "
                                               "prepositions or modifiers, on a rule with context_in: object")
    out = []
    for word, spared in raw.items():
        if word == "__line__":
            continue
        if word not in context:
            raise DictionaryError(str(path), line, f"discard {rid}: spare names {word!r}, which is not in its context")
        words = _str_list(spared, f"spare.{word}", path, line)
        if not words:
            raise DictionaryError(str(path), line, f"discard {rid}: spare.{word} must list words")
        out.append((word, frozenset(w.lower() for w in words)))
    if not out:
        raise DictionaryError(str(path), line, f"discard {rid}: spare must name at least one context word")
    return tuple(out)


def load_discard_file(path: Path) -> list[DiscardRule]:
    """Read and validate ``discards.yaml``: ``discards: [{id, lemmas, phrases, context, example, patterns}]``."""
    data = load_yaml(path)
    rules = data.get("discards") if isinstance(data, dict) else None
    if not isinstance(rules, list):
        raise DictionaryError(str(path), None, "expected a mapping with a 'discards' list")
    out = []
    for raw in rules:
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or set(raw) - DISCARD_KEYS - {"__line__"}:
            raise DictionaryError(str(path), line, f"bad discard rule (keys: {sorted(DISCARD_KEYS)})")
        rid = raw.get("id")
        if not isinstance(rid, str) or not _ID_RE.match(rid):
            raise DictionaryError(str(path), line, f"bad discard id {rid!r}")
        lemmas = _str_list(raw.get("lemmas"), "lemmas", path, line)
        phrases = _str_list(raw.get("phrases"), "phrases", path, line)
        if not lemmas and not phrases:
            raise DictionaryError(str(path), line, f"discard {rid}: needs lemmas or phrases")
        patterns = _str_list(raw.get("patterns"), "patterns", path, line)
        for name in patterns:
            if not (name.isdigit() and 2 <= len(name) <= 4) and "#" not in name:
                raise DictionaryError(str(path), line, f"discard {rid}: patterns entry {name!r} must be a "
                                                       "CAMEO code prefix ('19') or a pattern ('19.yaml#attack_verb')")
        context_in = raw.get("context_in", "")
        if context_in not in ("", "subject", "object", "phrase"):
            raise DictionaryError(str(path), line, f"discard {rid}: context_in must be 'subject', 'object' or "
                                                   "'phrase' (or left out)")
        context = frozenset(_str_list(raw.get("context"), "context", path, line))
        out.append(DiscardRule(rid, frozenset(lemmas), tuple(norm_phrase(p) for p in phrases), context,
                               str(raw.get("example", "")), line, patterns, context_in,
                               _spare(raw.get("spare"), rid, context, context_in, path, line)))
    return out


__all__ = ["Pattern", "Trigger", "Example", "DiscardRule", "VerbLexicon", "load_pattern_file",
           "load_discard_file", "norm_phrase"]
