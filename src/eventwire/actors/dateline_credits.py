"""The tokens of the datelines opening lines, for the actor finder (``mention_context.FinderBase``), from the
document's one dateline reading (``times.dateline.document_datelines``).

The outlet credited in a dateline ("CARACAS (Reuters) -", "ACCRA, Sept. 28 (GNA) -", "ISLAMABAD, March 3 (APP):")
filed the story; it is no actor of it and no evidence of the story's country ("Reuters" is no British scene, "GNA" the
Ghana News Agency and not Libya's Government of National Accord): found before any name is read, so the name finder
can leave the credit out. The place of a dateline is where the story was filed: no actor, no antecedent.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..times.dateline import document_datelines


def dateline_credit_tokens(doc: Doc) -> set[int]:
    """Tokens between the parentheses of a line-opening dateline (``times.dateline``'s reading, the rule of
    ``Dateline.credit_span``): a place word in capitals ("KABUL", "NEW DELHI"), an optional date, "(outlet)" and then
    a dash or a colon. A parenthesis that a verb or a line break comes before is no dateline ("NATO (the alliance) said
    ...")."""
    out: set[int] = set()
    for dateline in document_datelines(doc):
        span = dateline.credit_span
        if span is not None and (tokens := doc.char_span(*span, alignment_mode="expand")) is not None:
            out.update(range(tokens.start, tokens.end))
    return out


def dateline_tokens(doc: Doc, named_kind_at: Callable[[int], str | None]) -> set[int]:
    """Tokens of the datelines that name where the story was filed ("MOSCOW (Reuters) -", "WASHINGTON -", "BEIJING,
    March 3 (AP) --" at the start of a line): from the place up to the dash or colon (``Dateline.names_filing_place``;
    ``named_kind_at(i)``: the kind of the name the dictionary reads at token ``i``, None when none)."""
    out: set[int] = set()
    for dateline in document_datelines(doc):
        tokens = doc.char_span(dateline.start, dateline.mark_start, alignment_mode="expand")
        if tokens is None or not len(tokens) or not dateline.names_filing_place(named_kind_at(tokens.start)):
            continue
        out.update(t.i for t in tokens if t.text != "):")
    return out


__all__ = ["dateline_credit_tokens", "dateline_tokens"]
