"""Times stage: find and normalise temporal expressions, then date the events.

1. A dateline ("MOSCOW, Jan 29, 2017 (Reuters) -") may give the publication date and outlet
   when the input had none.
2. ``times.finder`` finds candidates with compiled regexes over the cleaned text; the tense of
   the governing verb gives the direction; ``times.normalise`` resolves each against
   ``cdoc.published``; ``times.ranges`` joins ranges and sets bounds.
3. Each event gets the closest dateable expression of its clause, else the publication date
   (``times.event_dates``).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ..document import CodedDocument, TimeMention
from ..records import Time
from ..resources import Resources
from ..times.attach import bound_signal, closest_in_clause, trigger_token
from ..times.dateline import document_datelines, find_date_line, find_dateline
from ..times.event_dates import bounded_date, event_date
from ..times.finder import find_candidates
from ..times.normalise import Resolved, resolve
from ..times.ranges import Found, apply_bounds, merge_ranges
from ..times.tense import span_direction

if TYPE_CHECKING:
    from spacy.tokens import Span

log = logging.getLogger(__name__)

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NOT_A_YEAR = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "FAC", "ORG", "LAW"}


class TimeStage:
    name = "times"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        text = cdoc.article.text
        self._use_dateline(cdoc)
        found = self.find(cdoc)
        explicit: dict[int, bool] = {}
        cdoc.times = []
        for f in found:
            record = Time(article_id=cdoc.article.id, text=text[f.start:f.end], start=f.start, end=f.end,
                          value=f.res.value, type=f.res.type, range=f.res.range)
            span = cdoc.doc.char_span(f.start, f.end, alignment_mode="expand") if cdoc.doc is not None else None
            mention = TimeMention(record, span.start if span is not None else 0, span.end if span is not None else 0)
            explicit[id(mention)] = f.res.explicit
            cdoc.times.append(mention)
        self.date_events(cdoc, explicit)
        return cdoc

    @staticmethod
    def _use_dateline(cdoc: CodedDocument) -> None:
        dateline = find_dateline(cdoc.article.text,
                                 datelines=document_datelines(cdoc.doc) if cdoc.doc is not None else None)
        if dateline is None:
            if cdoc.published is None:
                day = find_date_line(cdoc.article.text)
                if day is not None:
                    cdoc.published = day
                    cdoc.article.published = day.isoformat()
                    cdoc.notes.append("published date taken from a date line")
            return
        if cdoc.article.outlet is None and dateline.outlet:
            cdoc.article.outlet = dateline.outlet
        if cdoc.published is None and dateline.published is not None:
            cdoc.published = dateline.published
            cdoc.article.published = dateline.published.isoformat()
            cdoc.notes.append("published date taken from the dateline")

    def find(self, cdoc: CodedDocument) -> list[Found]:
        """Every temporal expression of the article, resolved against ``cdoc.published``."""
        text, doc = cdoc.article.text, cdoc.doc
        found: list[Found] = []
        for cand in find_candidates(text):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand") if doc is not None else None
            if cand.rule == "year" and span is not None and not cand.groups.get("pos") \
                    and any(t.ent_type_ in _NOT_A_YEAR for t in span):
                continue
            direction = span_direction(span) if (cand.needs_direction and span is not None and len(span)) else None
            if cand.needs_direction and _SINCE.search(text, max(0, cand.start - 8), cand.start):
                direction = "past"                # "since January 1": the start lies behind us
            if cand.rule == "weekday" and text.startswith(("'s", "’s"), cand.end):
                direction = "nearest"             # "Monday's debate": the closest Monday, whatever the tense
            try:
                res = resolve(cand, cdoc.published, direction)
            except (ValueError, OverflowError, KeyError) as err:   # never fail a document on one odd date
                log.debug("unresolved time %r: %s", cand.text, err)
                res = Resolved(None, "DATE")
            found.append(Found(cand, res, cand.start, cand.end))
        found = merge_ranges(text, found)
        apply_bounds(text, found)
        return found

    @staticmethod
    def date_events(cdoc: CodedDocument, explicit: dict[int, bool]) -> None:
        """Fill ``date`` and ``date_basis`` of every event (see times/event_dates.py).

        The closest dated expression of the clause wins. When that expression cannot be
        written as YYYY[-MM[-DD]] (a decade, "February 30", a weekday without a publication
        date), the event gets no date rather than the publication date."""
        doc = cdoc.doc
        dating: list[tuple[Span, int, TimeMention]] | None = None   # the mentions that date events, found once
        for event in cdoc.events:
            best: tuple[str | None, bool] | None = None
            trig = trigger_token(doc, event.evidence.trigger_start, event.evidence.trigger_end) if doc is not None \
                else None
            if trig is not None and dating is None:
                dating = [(span, span.root.sent.start, mention) for mention in cdoc.times
                          if _dates_events(mention.record) and mention.end_token > mention.start_token
                          for span in (doc[mention.start_token:mention.end_token],)]
            hit = closest_in_clause(trig, dating) if trig is not None and dating else None
            if hit is not None:
                span, mention = hit
                if bound_signal(trig, span) is not None:         # "meet before a summit on July 7-8"
                    value = bounded_date(mention.record, cdoc.published)
                else:
                    value = event_date(mention.record, cdoc.published)
                best = (value, explicit.get(id(mention), False))
            if best is not None and best[0] is not None:
                event.date, event.date_basis = best[0], ("explicit" if best[1] else "relative")
            elif best is None and cdoc.published is not None:
                event.date, event.date_basis = cdoc.published.isoformat(), "publication"
            else:
                event.date, event.date_basis = None, "none"


def _dates_events(time: Time) -> bool:
    """DATE and TIME expressions date events; durations, sets and vague past/future do not."""
    return time.type in ("DATE", "TIME") and time.value not in ("PAST_REF", "FUTURE_REF")
