"""The outlet credited in a dateline: "CARACAS (Reuters) -", "ACCRA, Sept. 28 (GNA) -", "ISLAMABAD, March 3 (APP):".

One job: find the tokens inside the parentheses of a dateline that opens a line. The outlet named there filed the
story; it is no actor of it and no evidence of the story's country ("Reuters" is no British scene, "GNA" the Ghana
News Agency and not Libya's Government of National Accord). Found from the tokens alone, before any name is read,
so the name finder can leave the credit out (``mention_context.FinderBase``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# a dateline is short: the place, a date, the outlet ("BEIJING, Jan. 5 (Xinhua) --")
MAX_DATELINE_TOKENS = 12


def dateline_credit_tokens(tokens: Sequence[Token]) -> set[int]:
    """Tokens between the parentheses of a line-opening dateline: a place word in capitals ("KABUL", "NEW DELHI"),
    an optional date, "(outlet)" and then a dash or a colon. A parenthesis that a verb or a line break comes before is
    no dateline ("NATO (the alliance) said ...")."""
    out: set[int] = set()
    for tok in tokens:
        i = tok.i
        if not (i == 0 or "\n" in tokens[i - 1].whitespace_ or tokens[i - 1].is_space):
            continue
        if not (tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 2):
            continue
        opened = None
        for j in range(i + 1, min(len(tokens) - 1, i + MAX_DATELINE_TOKENS)):
            t = tokens[j]
            if t.is_space or "\n" in t.text or "\n" in tokens[j - 1].whitespace_:
                break
            if t.text == "(" and opened is None:
                opened = j
            elif t.text in (")", "):") and opened is not None:   # the parser may join "):" into one token
                if t.text == "):" or tokens[j + 1].text in DASHES or tokens[j + 1].text == ":":
                    out.update(range(opened + 1, j))
                break
            elif opened is None and t.pos_ in ("VERB", "AUX") and not t.text.isupper():
                break
    return out


__all__ = ["dateline_credit_tokens"]
