"""What the event coder reads from a doc's parse again and again, kept while it codes that doc.

The coder's passes ask the same questions of the same tokens many times (a trigger's children and
their labels, whether a verb is passive, a noun's light verb, an event's prepositions). While the
coder codes a doc, the doc holds a ``ParseMemo`` (``held_by``, under ``KEY`` in ``doc.user_data``)
where ``syntax`` keeps those answers; they are facts of the parse, which does not change while the
doc is coded, so each is read once. Outside the coder no memo is held and every question is answered
afresh. The memo is taken off the doc when the coder is done (a doc keeps no Token in its user data).

The memo also holds the doc's ``TokenTable`` (``token_table``): every token's lower-case word form and lemma,
sentence start and head as plain strings and ints, read once from the doc's arrays (the matcher's
``DocWords`` reads its words from it), so a helper that reads many words (the discard rules' context) reads
lists instead of making a spaCy ``Token`` for each.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

import numpy

from spacy.attrs import HEAD, LEMMA, LOWER, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

KEY = "eventwire.events.parse_memo"
T = TypeVar("T")


class Lowered(dict):
    """String id -> its lower-case string, read from ``strings`` (a vocab's StringStore) on first use. One
    kept for a pipeline's life (the matcher's ``PatternIndex.strings``) lowers each string of the vocab once."""

    strings: StringStore | None = None

    def __missing__(self, key: int) -> str:
        value = self[key] = self.strings[key].lower()
        return value


_SIGN, _WRAP = 1 << 63, 1 << 64


class TokenTable:
    """One parsed doc's tokens as lists indexed by token index, from one read of the doc's arrays (no Token
    is made): ``lowers`` and ``lemmas`` (lower-case word form and lemma, as ``syntax.forms``), ``starts``
    (starts a sentence) and ``heads`` (each token's head index; the root's is its own). A whitespace token is one
    whose ``lowers`` entry ``isspace()`` (as spaCy's ``is_space`` reads its text)."""

    __slots__ = ("lowers", "lemmas", "starts", "_offsets", "_heads", "_projective")

    def __init__(self, doc: Doc, lowered: Lowered | None = None) -> None:
        if lowered is None or lowered.strings is not doc.vocab.strings:
            lowered = Lowered()
            lowered.strings = doc.vocab.strings
        array = doc.to_array([LEMMA, LOWER, SENT_START, HEAD])
        lemmas, lowers, starts, offsets = array.T.tolist() if len(array) else ([],) * 4
        self.lemmas: list[str] = list(map(lowered.__getitem__, lemmas))
        self.lowers: list[str] = list(map(lowered.__getitem__, lowers))
        self.starts: list[bool] = [s == 1 for s in starts]
        self._offsets: list[int] = offsets   # (the heads are read from them when first asked for)
        self._heads: list[int] | None = None
        self._projective: bool | None = None

    @property
    def heads(self) -> list[int]:
        """Each token's head index (the root's is its own)."""
        heads = self._heads
        if heads is None:
            # (HEAD is an offset, kept in an unsigned array: read back as a signed one)
            heads = self._heads = [k + (o if o < _SIGN else o - _WRAP) for k, o in enumerate(self._offsets)]
        return heads

    def subtree(self, token: Token) -> Sequence[int]:
        """The indexes of ``token``'s subtree in the order ``Token.subtree`` gives them: the run of the doc from
        its left to its right edge when the doc's parse is projective (each subtree a run of the doc, in doc
        order), else read from the parse (``Token.subtree`` walks the tree by recursive generators: the slow
        way, kept for the rare crossing parse)."""
        if self.projective:
            return range(token.left_edge.i, token.right_edge.i + 1)
        return [t.i for t in token.subtree]

    @property
    def projective(self) -> bool:
        """No two arcs of the parse cross, nor an arc crosses over a sentence's root (as if every root hung
        from a token before the doc): the tokens between a token and its head all hang inside that stretch."""
        found = self._projective
        if found is None:
            found = self._projective = _no_crossing_arcs(self.heads)
        return found


def _no_crossing_arcs(heads: list[int]) -> bool:
    """Whether every token between a token and its head hangs from a token of that stretch (a root, whose head is
    itself, hangs from none)."""
    for k, head in enumerate(heads):
        if head == k:
            continue
        lo, hi = (k, head) if k < head else (head, k)
        for j in range(lo + 1, hi):
            above = heads[j]
            if above == j or above < lo or above > hi:
                return False
    return True


class ParseMemo:
    """Per token index: its children with their labels (``children``), and other answers by key
    (``facts``: a key names the question and the token, as ``("passive", 12)``); the doc's ``TokenTable``
    (``table``, made on first use by ``token_table``)."""

    __slots__ = ("children", "facts", "table")

    def __init__(self) -> None:
        self.children: dict[int, list[tuple[Token, str]]] = {}
        self.facts: dict[tuple, object] = {}
        self.table: TokenTable | None = None


def token_table(doc: Doc, lowered: Lowered | None = None) -> TokenTable:
    """The ``TokenTable`` of ``doc``: the one its memo holds (made there on first use), or made afresh when it
    holds none. ``lowered``: a pipeline's cache of lower-case strings to make it with."""
    memo = doc.user_data.get(KEY)
    if memo is None:
        return TokenTable(doc, lowered)
    table = memo.table
    if table is None:
        table = memo.table = TokenTable(doc, lowered)
    return table


def memo_of(doc: Doc) -> ParseMemo | None:
    """The memo ``doc`` holds while it is coded, or None."""
    return doc.user_data.get(KEY)


def labelled_children(token: Token) -> list[tuple[Token, str]]:
    """``token``'s children with their dependency labels (read once per token while the doc holds a
    ``ParseMemo``; the list is shared then: not to be changed). The commonest question of the coder, so it
    reads the memo here, where it is kept (``syntax`` gives it under the same name)."""
    memo = token.doc.user_data.get(KEY)
    if memo is None:
        return [(c, c.dep_) for c in token.children]
    out = memo.children.get(token.i)
    if out is None:
        out = memo.children[token.i] = [(c, c.dep_) for c in token.children]
    return out


def remembered(doc: Doc, key: tuple, make: Callable[[], T]) -> T:
    """``make()``, kept under ``key`` in the memo ``doc`` holds (made afresh when it holds none)."""
    memo = doc.user_data.get(KEY)
    if memo is None:
        return make()
    found = memo.facts.get(key, _MISSING)
    if found is _MISSING:
        found = memo.facts[key] = make()
    return found


_MISSING = object()


def sentence_start(doc: Doc, i: int) -> int | None:
    """Index of the first token of token ``i``'s sentence, from the memo ``doc`` holds (None when it holds
    none): the sentence starts are read once from the doc's array (``syntax.sent_start``)."""
    memo = doc.user_data.get(KEY)
    if memo is None:
        return None
    firsts = memo.facts.get(("sentence starts",))
    if firsts is None:
        firsts = memo.facts[("sentence starts",)] = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    n = bisect_right(firsts, i)
    return firsts[n - 1] if n else 0


def note_sentence_starts(doc: Doc, firsts: list[int]) -> None:
    """Keep the first token index of each sentence of ``doc`` (ascending, as ``doc.sents`` gives them) in the memo
    ``doc`` holds, for ``sentence_start`` (which reads them from the doc's array when none were noted)."""
    memo = doc.user_data.get(KEY)
    if memo is not None:
        memo.facts[("sentence starts",)] = firsts


@contextmanager
def held_by(doc: Doc) -> Iterator[ParseMemo]:
    """Let ``doc`` hold a memo for the time of the ``with`` block (the one it holds already, if any:
    the outermost block takes it off)."""
    memo = doc.user_data.get(KEY)
    if memo is not None:
        yield memo
        return
    memo = doc.user_data[KEY] = ParseMemo()
    try:
        yield memo
    finally:
        doc.user_data.pop(KEY, None)
