"""What the event coder reads from a doc's parse again and again, kept while it codes that doc.

The coder's passes ask the same questions of the same tokens many times (a trigger's children and
their labels, whether a verb is passive, a noun's light verb, an event's prepositions). While the
coder codes a doc, the doc holds a ``ParseMemo`` (``held_by``, under ``KEY`` in ``doc.user_data``)
where ``syntax`` keeps those answers; they are facts of the parse, which does not change while the
doc is coded, so each is read once. Outside the coder no memo is held and every question is answered
afresh. The memo is taken off the doc when the coder is done (a doc keeps no Token in its user data).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import numpy

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

KEY = "eventwire.events.parse_memo"
T = TypeVar("T")


class ParseMemo:
    """Per token index: its children with their labels (``children``), and other answers by key
    (``facts``: a key names the question and the token, as ``("passive", 12)``)."""

    __slots__ = ("children", "facts")

    def __init__(self) -> None:
        self.children: dict[int, list[tuple[Token, str]]] = {}
        self.facts: dict[tuple, object] = {}


def memo_of(doc: Doc) -> ParseMemo | None:
    """The memo ``doc`` holds while it is coded, or None."""
    return doc.user_data.get(KEY)


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
