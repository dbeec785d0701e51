"""Quotes stage: fills ``cdoc.quotes`` (it runs before the events stage, which reads the quotes for the
attribution of events inside reported speech and for who "I" and "we" are in a direct quotation)."""

from __future__ import annotations

from ..document import CodedDocument
from ..ids import quote_id, stable_hash
from ..quotes import QuoteFinder, QuoteLexicon
from ..records import Quote
from ..resources import Resources


class QuoteStage:
    name = "quotes"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.finder = QuoteFinder(resources.cached("quote_lexicon", QuoteLexicon.load))

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        doc = cdoc.doc
        if doc is None:
            return cdoc
        art_id = cdoc.article.id

        def lookup(token_i: int) -> tuple[str | None, str | None]:
            mention = cdoc.actor_at(token_i)
            return (mention.ref.name, mention.ref.code) if mention is not None else (None, None)

        text = cdoc.article.text
        quotes = []
        ids: set[str] = set()
        for found in self.finder.find(doc):
            qid = quote_id(art_id, found.start, found.end)
            if qid in ids and found.speaker is not None:   # a second speaker of the same words
                qid = "q_" + stable_hash(art_id, found.start, found.end, "speaker", found.speaker.start)
            ids.add(qid)
            quotes.append(Quote(article_id=art_id, kind=found.kind, text=text[found.start:found.end],
                                start=found.start, end=found.end, speaker=found.to_speaker(doc, lookup),
                                cue=found.cue, via=found.via, id=qid))
        cdoc.quotes = quotes
        return cdoc
