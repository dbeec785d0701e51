"""Where a wire dateline that opens a sentence ends ("PARIS (AFP) -", "BEIJING, Jan. 5 (Xinhua) --", "ISLAMABAD,
Jan. 6 (APP):"): the parser often makes its place the subject of the sentence, which it is not (``sources.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .parse_memo import memo_of

__all__ = ["dateline_end"]


def dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the dash or colon ending a dateline ("PARIS (AFP) -", "KYIV -", "ISLAMABAD, Jan. 6 (APP):") at the
    start of a sentence, or None. A date ("Jan. 6") may stand in it; a colon ends it only after the agency's bracket."""
    if not _may_end_dateline(doc, start):
        return None
    if doc[start].text == "(":     # "(CNN) President Donald Trump ... made": a media credit
        close = next((t.i for t in doc[start + 1:start + 6] if t.text == ")"), None)
        if close is not None and close > start + 1 and all(t.pos_ == "PROPN" or t.is_upper
                                                            for t in doc[start + 1:close]):
            return close
    place = doc[start].is_upper      # "BEIJING, Jan. 5 (Xinhua) --": a date only after a place in capitals
    for tok in doc[start:start + 12]:
        colon = place and (tok.text == "):" or (tok.text == ":" and doc[tok.i - 1].text == ")"))
        if (tok.text in _DATELINE_DASHES or colon) and tok.i > start:
            before = doc[start:tok.i]
            if all(t.is_punct or t.is_upper or t.pos_ == "PROPN" or (place and t.like_num) for t in before):
                return tok.i
            return None
    return None


_DATELINE_DASHES = frozenset({"-", "—", "–", "--"})


_ENDING_MARKS = _DATELINE_DASHES | {":", "):"}


def _may_end_dateline(doc: Doc, start: int) -> bool:
    """False when the sentence at ``start`` holds no dateline for sure: it does not open with a bracket and none
    of its next eleven words is a dash or colon (read from the words the doc's parse memo holds, with no Token
    made); True when it may, or when the doc holds no memo with its words."""
    memo = memo_of(doc)
    table = memo.table if memo is not None else None
    if table is None:
        return True
    lowers = table.lowers
    return lowers[start] == "(" or not _ENDING_MARKS.isdisjoint(lowers[start + 1:start + 12])
