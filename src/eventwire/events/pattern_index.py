"""The verb lexicon compiled for the matcher: for each kind of trigger token (its lemma, its word
form, verb or noun use) the patterns it may try, grouped by rule, with each pattern's constraints
turned into sets and its reasons for a miss written once; and each parsed doc's words, read once
from its arrays (``DocWords``), so that a pattern whose words cannot be there is ruled out without
walking the parse.

A token of the same lemma, form and use always tries the same patterns, so the list is built once
per token shape. The index lives on the lexicon (``PatternIndex.of``: ``VerbLexicon.compiled``,
emptied when a pattern is added); its tables grow with the trigger words and the vocabulary the
coder has met, one small entry per shape or string, and no further.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..dictionaries.verb_lexicon import Pattern, Trigger, VerbLexicon
from . import syntax
from .parse_memo import Lowered, token_table


@lru_cache(maxsize=4096)
def not_one_of(what: str, words: tuple[str, ...]) -> str:
    """The reason a pattern's word list missed ("object not one of ['talks', ...]"), made once per list."""
    return f"{what} not one of {list(words)}"


QUICK_PHRASE = 1
QUICK_OBJECTS = 2
QUICK_PREP = 3


@dataclass(frozen=True, slots=True)
class PrepCheck:
    """One 'preps' entry of a pattern: the preposition and the objects it may take (empty: any)."""

    prep: str
    objects: frozenset[str]
    missing: str        # "no 'with' phrase"
    wrong_object: str   # "'with' phrase not one of [...]"


@dataclass(slots=True, eq=False)
class Candidate:
    """One pattern a trigger token tries: the trigger (verb or noun use) and its constraints as sets
    (made once per plan and not changed after; not frozen, as a frozen class is slower to make)."""

    trigger: Trigger
    noun: bool
    n: int                              # its place in its plan (``Plan``'s word indexes name it so)
    pattern: Pattern
    extra: tuple[str, ...]
    wants_passive: bool | None          # verb patterns with a voice; None: any voice (or a noun)
    preps: tuple[PrepCheck, ...]
    complement: frozenset[str]
    subjects: frozenset[str]
    objects: frozenset[str]
    object_ends: frozenset[str]         # the last words of ``objects`` (see ``DocWords.ends_within``)
    missing_words: str                  # the reason a multi-word trigger's other words are missing
    wrong_voice: str                    # the reason the voice is not the one wanted
    wrong_subject: str
    wrong_object: str
    misses: dict = field(default_factory=dict)   # reason -> the matcher's shared miss (``matcher._miss``)
    # what the matcher can rule out by the token's words alone: QUICK_PHRASE, a noun phrase whose other
    # words come first; QUICK_OBJECTS, a verb whose one constraint is its object list; QUICK_PREP, a
    # pattern whose first constraint is a preposition (not a 'with' the subject may stand for); 0: none
    quick: int = 0


@dataclass(frozen=True, slots=True)
class PatternParts:
    """A pattern's constraints as sets, and its reasons for a miss (shared by its triggers)."""

    preps: tuple[PrepCheck, ...]
    complement: frozenset[str]
    subjects: frozenset[str]
    objects: frozenset[str]
    object_ends: frozenset[str]
    wrong_subject: str
    wrong_object: str

    @classmethod
    def of(cls, pat: Pattern) -> "PatternParts":
        return cls(
            preps=tuple(PrepCheck(prep, frozenset(objs), f"no '{prep}' phrase", not_one_of(f"'{prep}' phrase", objs[:6]))
                        for prep, objs in pat.preps),
            complement=frozenset(pat.complement), subjects=frozenset(pat.subjects), objects=frozenset(pat.objects),
            object_ends=frozenset(p.split()[-1] for p in pat.objects if p.split()),
            wrong_subject=not_one_of("subject", pat.subjects[:6]), wrong_object=not_one_of("object", pat.objects[:6]))


def compile_candidate(trig: Trigger, noun: bool, n: int = 0, parts: PatternParts | None = None) -> Candidate:
    """A (trigger, noun use) pair with its pattern's constraints precomputed (``n``: its place in its plan;
    ``parts``: the pattern's ``PatternParts``, made here if not given)."""
    pat = trig.pattern
    parts = parts or PatternParts.of(pat)
    if noun:
        missing = f"needs the words '{trig.phrase}'"
    else:
        missing = f"needs '{trig.phrase}' (missing {' '.join(trig.extra)!r})"
    wants = None if noun or pat.voice == "any" else pat.voice == "passive"
    quick = 0
    if noun and trig.extra:
        quick = QUICK_PHRASE
    elif not trig.extra and wants is None and parts.preps:
        first = parts.preps[0]
        if not (first.prep == "with" and not first.objects and pat.symmetric):
            quick = QUICK_PREP
    elif not noun and pat.objects and not trig.extra and wants is None and not pat.complement and not pat.subjects:
        quick = QUICK_OBJECTS
    found = "active" if wants else "passive"   # the voice a miss finds is the other one
    return Candidate(
        trigger=trig, noun=noun, n=n, pattern=pat, extra=trig.extra, wants_passive=wants, preps=parts.preps,
        complement=parts.complement, subjects=parts.subjects, objects=parts.objects, object_ends=parts.object_ends,
        missing_words=missing, wrong_voice=f"voice is {found}, pattern wants {pat.voice}",
        wrong_subject=parts.wrong_subject, wrong_object=parts.wrong_object, quick=quick)


@dataclass(frozen=True, slots=True, eq=False)
class Plan:
    """The patterns a token shape tries: one group per rule, in the order the rule first comes up
    among the token's triggers; and, to rule candidates out by a token's words without trying them,
    the candidates keyed by the words they need, as bit sets (bit ``Candidate.n`` for a candidate)."""

    groups: tuple[tuple[Candidate, ...], ...]
    everyone: int
    # noun candidates of multi-word phrases, by the word right before the trigger ("air" of "air strike")
    before: dict[str, int]
    # verb candidates with an object list, by the last word of an object phrase
    object_ends: dict[str, int]

    @classmethod
    def of(cls, cands: list[Candidate]) -> "Plan":
        groups: dict[str, list[Candidate]] = {}
        before: dict[str, int] = {}
        ends: dict[str, int] = {}
        for c in cands:
            groups.setdefault(c.pattern.rule, []).append(c)
            bit = 1 << c.n
            if c.noun and c.extra:
                before[c.extra[-1]] = before.get(c.extra[-1], 0) | bit
            if not c.noun:
                for end in c.object_ends:
                    ends[end] = ends.get(end, 0) | bit
        return cls(tuple(tuple(g) for g in groups.values()), (1 << len(cands)) - 1, before, ends)


def matching(table: dict[str, int], words) -> int:
    """The candidates ``table`` lists under any of ``words`` (a bit set)."""
    found = 0
    for word in words:
        found |= table.get(word, 0)
    return found


_NO_PLAN = Plan((), 0, {}, {})


class LastWords(dict):
    """A word form -> the last word of its hyphen-split form ("cease-fire" -> "fire"), None if it has
    none (a blank token)."""

    def __missing__(self, form: str) -> str | None:
        split = form.replace("-", " - ").split()
        value = self[form] = split[-1] if split else None
        return value


class DocWords:
    """One parsed doc's words as the matcher compares them: each token's lower-case lemma and word
    form and whether it starts a sentence, from the doc's ``TokenTable`` (no Token is made)."""

    __slots__ = ("doc", "lemmas", "lowers", "starts", "_table", "_ends", "_firsts", "_sentences", "_closed")

    def __init__(self, doc: Doc, strings: Lowered) -> None:
        self.doc = weakref.ref(doc)
        strings.strings = doc.vocab.strings
        table = token_table(doc, strings)
        self.lemmas: list[str] = table.lemmas
        self.lowers: list[str] = table.lowers
        self.starts: list[bool] = table.starts
        self._table = table   # (its heads are read when first needed: ``_heads_within_sentences``)
        self._ends: tuple[list, list] | None = None
        self._firsts: list[int] | None = None
        self._sentences: dict[int, frozenset[str]] = {}
        self._closed: bool | None = None

    def prefix_matches(self, i: int, words: tuple[str, ...]) -> bool:
        """``syntax.prefix_matches`` of token ``i``: the tokens right before it, in its sentence, read ``words``."""
        start = i - len(words)
        if start < 0:
            return False
        lemmas, lowers = self.lemmas, self.lowers
        for k, word in enumerate(words):
            if word != lemmas[start + k] and word != lowers[start + k]:
                return False
        return not any(self.starts[start + 1:i + 1])

    def ends_within(self, first: int, last: int, table: LastWords) -> set[str] | None:
        """The last words of the (hyphen-split) forms of tokens ``first``..``last``: the last word of every
        phrase ``syntax.object_phrases`` makes for a verb whose subtree they span is one of them (each
        phrase ends with the form of a token of the subtree). None when a form has no word (a blank
        token), whose phrases end with the word before it."""
        if self._ends is None:
            self._ends = (list(map(table.__getitem__, self.lemmas)), list(map(table.__getitem__, self.lowers)))
        out = set(self._ends[0][first:last + 1])
        out.update(self._ends[1][first:last + 1])
        return None if None in out else out

    def sentence_words(self, i: int) -> frozenset[str] | None:
        """The lemmas and word forms of token ``i``'s sentence: every token its parse links it to is
        among them when no head of the doc lies outside its dependent's sentence (None otherwise)."""
        if self._closed is None:
            self._closed = self._heads_within_sentences()
        if not self._closed:
            return None
        firsts = self._firsts
        if firsts is None:
            firsts = self._firsts = [k for k, start in enumerate(self.starts) if start]
        n = bisect_right(firsts, i)
        first = firsts[n - 1] if n else 0
        found = self._sentences.get(first)
        if found is None:
            last = firsts[n] if n < len(firsts) else len(self.starts)
            found = self._sentences[first] = frozenset(self.lemmas[first:last]) | frozenset(self.lowers[first:last])
        return found

    def _heads_within_sentences(self) -> bool:
        size = len(self.starts)
        sentence: list[int] = []   # each token's sentence number (a plain loop: most docs are short)
        n = 0
        for start in self.starts:
            n += start
            sentence.append(n)
        for k, head in enumerate(self._table.heads):
            if head < 0 or head >= size or sentence[head] != sentence[k]:
                return False
        return True


class PatternIndex:
    """The lexicon compiled for the matcher (see the module's doc)."""

    def __init__(self, lexicon: VerbLexicon) -> None:
        self.lexicon = lexicon
        self.plans: dict[tuple[str, str, int], Plan] = {}
        self.strings = Lowered()
        self.ends = LastWords()
        self._parts: dict[str, PatternParts] = {}
        self._doc_words: DocWords | None = None

    @classmethod
    def of(cls, lexicon: VerbLexicon) -> "PatternIndex":
        index = lexicon.compiled.get("index")
        if index is None:
            index = lexicon.compiled["index"] = cls(lexicon)
        return index

    def doc_words(self, doc: Doc) -> DocWords:
        """The words of ``doc``, kept for the doc coded last (the matcher's tokens come doc by doc)."""
        words = self._doc_words
        if words is None or words.doc() is not doc:
            words = self._doc_words = DocWords(doc, self.strings)
        return words

    def plan(self, token: Token, words: DocWords) -> Plan:
        """The patterns ``token`` tries, by rule (see ``matcher.candidates``): the same for every token
        of one lemma, word form and use, so made once per shape."""
        i = token.i
        lemma, lower = words.lemmas[i], words.lowers[i]
        lex = self.lexicon
        by_verb, by_noun = lex.by_verb, lex.by_noun
        # most tokens are no trigger word at all: answer before reading their part of speech
        if lemma not in by_verb and lemma not in by_noun and lower not in by_verb and lower not in by_noun:
            return _NO_PLAN
        pos = token.pos_
        if pos in syntax.FUNCTION_POS:
            return _NO_PLAN
        use = 1 if pos in syntax.VERB_POS and token.dep_ not in ("aux", "auxpass") else 2 if pos in syntax.NOUN_POS else 0
        key = (lemma, lower, use)
        plan = self.plans.get(key)
        if plan is None:
            plan = self.plans[key] = self._make_plan(lemma, lower, use)
        return plan

    def _make_plan(self, lemma: str, lower: str, use: int) -> Plan:
        keys = (lemma,) if lemma == lower else (lemma, lower)
        found: list[tuple[Trigger, bool]] = []
        if use == 1:
            for key in keys:
                found.extend((t, False) for t in self.lexicon.by_verb.get(key, []))
        elif use == 2:
            for key in keys:
                found.extend((t, True) for t in self.lexicon.by_noun.get(key, []))
        seen: set[tuple[str, str, bool]] = set()
        cands: list[Candidate] = []
        for trig, noun in found:
            rule = trig.pattern.rule
            key = (rule, trig.phrase, noun)
            if key not in seen:
                seen.add(key)
                parts = self._parts.get(rule)
                if parts is None:
                    parts = self._parts[rule] = PatternParts.of(trig.pattern)
                cands.append(compile_candidate(trig, noun, len(cands), parts))
        return Plan.of(cands)
