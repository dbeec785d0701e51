"""Quotes stage: fills ``cdoc.quotes`` (it runs before the events stage, which reads the quotes for the
attribution of events inside reported speech and for who "I" and "we" are in a direct quotation).

A line in Title Case ("Sanders Vows To Fight On") is parsed again from a lower-cased copy (see
``quotes.headlines``), and a headline or standfirst (a short paragraph of one line with no closing stop,
which the parser runs into the next paragraph; not a line of hard-wrapped text: ``quotes.headline_forms``)
on its own; the line's quotes come from that parse, with the article's offsets and words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ..document import CodedDocument
from ..ids import quote_id, stable_hash
from ..quotes import FoundQuote, QuoteFinder, QuoteLexicon
from ..quotes.headline_forms import unstopped_lines
from ..quotes.headlines import Reparse, article_names, common_words, headline_lines, lowered_copy
from ..records import Quote, Speaker
from ..resources import Resources

Lookup = Callable[[int], tuple[str | None, str | None]]


class QuoteStage:
    name = "quotes"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.finder = QuoteFinder(resources.cached("quote_lexicon", QuoteLexicon.load))
        self._common: frozenset[str] | None = None

    def common_words(self) -> frozenset[str]:
        """Base forms of English words (the rule lemmatizer's index), read once when a headline needs them."""
        if self._common is None:
            self._common = self.resources.cached("common_words", lambda: common_words(self.resources.nlp))
        return self._common

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
        for found, reparse in self._found(doc):
            start, end, cue = found.start, found.end, found.cue
            speaker = None
            if reparse is not None:
                start, end = start + reparse.offset, end + reparse.offset
                cue = reparse.cue(found.cue, found.cue_token)
                speaker = _shifted(found, reparse, lookup)
            elif found.speaker is not None:
                speaker = found.to_speaker(doc, lookup)
            qid = quote_id(art_id, start, end)
            if qid in ids and speaker is not None:   # a second speaker of the same words
                qid = "q_" + stable_hash(art_id, start, end, "speaker", speaker.start)
            ids.add(qid)
            quotes.append(Quote(article_id=art_id, kind=found.kind, text=text[start:end], start=start, end=end,
                                speaker=speaker, cue=cue, via=found.via, id=qid))
        quotes.sort(key=lambda q: (q.start, q.end))
        cdoc.quotes = quotes
        return cdoc

    def _found(self, doc: Doc) -> list[tuple[FoundQuote, Reparse | None]]:
        """The finder's quotes; those of a Title Case line from the parse of its lower-cased copy."""
        found: list[tuple[FoundQuote, Reparse | None]] = [(f, None) for f in self.finder.find(doc)]
        text = doc.text
        lines = list(headline_lines(text))
        unstopped = [span for span in unstopped_lines(text) if span not in lines and span != (0, len(text))]
        if not lines and not unstopped:
            return found
        names = article_names(doc, lines)
        for start, end in sorted(lines + unstopped):
            own_line = (start, end) in unstopped      # parsed alone: the parser runs it into the next paragraph
            copy = lowered_copy(text[start:end], names, self.common_words()) if not own_line else text[start:end]
            if copy is None:
                continue
            reparse = Reparse(doc, self.resources.nlp(copy), start)
            kept = [(f, r) for f, r in found if r is not None or not (start <= f.start and f.end <= end)
                    and not (own_line and f.cue_token is not None and start <= doc[f.cue_token].idx < end)
                    or f.cue == ":"]        # a label before a colon ("Pence: ...") is read from the capitals
            labels = [(f.start, f.end) for f, r in kept if r is None and start <= f.start and f.end <= end]
            found = kept + [(f, reparse) for f in self.finder.find(reparse.copy)
                            if not any(a < f.end + start and f.start + start < b for a, b in labels)]
        found.sort(key=lambda fr: (fr[0].start + (fr[1].offset if fr[1] else 0),))
        return found


def _shifted(found: FoundQuote, reparse: Reparse, lookup: Lookup) -> Speaker | None:
    """The speaker of a quote found in a headline's copy, with the article's offsets, words and actors."""
    if found.speaker is None:
        return None
    speaker = found.to_speaker(reparse.copy, lambda i: lookup(reparse.tokens[i]))
    return Speaker(text=reparse.original(speaker.start, speaker.end), start=speaker.start + reparse.offset,
                   end=speaker.end + reparse.offset, name=speaker.name, code=speaker.code)
