"""Build a parsed CodedDocument with hand-made events, to test dating and locating without the event stage."""

from __future__ import annotations

from datetime import date

from eventwire.document import CodedDocument
from eventwire.records import Article, Event, Evidence


def parsed(pipeline, text: str, published: date | None) -> CodedDocument:
    cdoc = CodedDocument(article=Article(id="t1", text=text), published=published)
    cdoc.doc = pipeline.resources.nlp(text)
    return cdoc


def event_at(cdoc: CodedDocument, trigger: str, occurrence: int = 0) -> Event:
    """An Event whose trigger is the ``occurrence``-th appearance of ``trigger`` in the text."""
    text = cdoc.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    sent = cdoc.doc.char_span(start, start + len(trigger), alignment_mode="expand").sent
    ev = Event(article_id=cdoc.article.id, sentence=0, source=None, target=None, cameo="040", root="04",
               plover="CONSULT", quad_class=1, goldstein=1.0, rule="test", id=f"ev_test{start}",
               evidence=Evidence(text=sent.text, trigger=trigger, start=sent.start_char, end=sent.end_char,
                                 trigger_start=start, trigger_end=start + len(trigger)))
    cdoc.events.append(ev)
    return ev
