"""The pipeline: ingest -> clean -> gate -> nlp -> actors -> events -> quotes -> evaluations -> withheld comments
-> times -> places -> restatements.

``Pipeline.code_articles`` streams Article records through the stages in spaCy batches and
yields one ``CodedDocument`` per input article, always: a failure in one document is recorded
on its Article (status ``failed`` and the stage and error in ``reason``), never raised.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .document import CodedDocument
from .errors import EventwireError
from .ids import article_id as make_article_id
from .options import Options
from .records import Article, Event, Quote, Time
from .resources import Resources
from .stages.actors import ActorStage
from .stages.clean import CleanStage
from .stages.evaluations import EvaluationStage
from .stages.events import EventStage
from .stages.gate import GateStage
from .stages.nlp import NlpStage
from .stages.places import PlaceStage
from .stages.quotes import QuoteStage
from .stages.restatements import RestatementStage
from .stages.times import TimeStage
from .stages.withheld_comments import WithheldCommentStage

log = logging.getLogger(__name__)
_DATE_VALUE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


@dataclass
class CodedArticle:
    """What the pipeline makes of one article: the Article and its Event, Quote and Time records."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)

    @classmethod
    def from_document(cls, cdoc: CodedDocument) -> "CodedArticle":
        return cls(article=cdoc.article, events=list(cdoc.events), quotes=list(cdoc.quotes),
                   times=[t.record for t in cdoc.times])

    def records(self, what: str = "events") -> list[dict]:
        """Record dicts of one kind (events, quotes, times, articles) or all of them."""
        kinds = ("articles", "events", "quotes", "times") if what == "all" else (what,)
        out: list[dict] = []
        for kind in kinds:
            if kind == "articles":
                out.append(self.article.to_dict())
            else:
                out.extend(r.to_dict() for r in getattr(self, kind))
        return out


def parse_date(value: str | date | None) -> date | None:
    """YYYY-MM-DD (or a date) -> date; None or an unparseable value -> None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


class Pipeline:
    """Codes articles. Build once per process (it loads the model and dictionaries once)."""

    def __init__(self, options: Options | None = None, *, resources: Resources | None = None) -> None:
        self.options = options or Options()
        self.resources = resources or Resources(self.options)
        self.clean = CleanStage()
        self.gate = GateStage(self.options)
        self.nlp = NlpStage(self.resources.nlp, batch_size=self.options.batch_size)
        self.stages = [ActorStage(self.resources), QuoteStage(self.resources), EventStage(self.resources),
                       EvaluationStage(self.resources), WithheldCommentStage(self.resources), TimeStage(self.resources),
                       PlaceStage(self.resources), RestatementStage(self.resources)]

    @property
    def stage_names(self) -> list[str]:
        return [self.clean.name, self.gate.name, self.nlp.name, *(s.name for s in self.stages)]

    def _prepare(self, article: Article) -> CodedDocument:
        if article.published is None and self.options.pubdate:
            article.published = self.options.pubdate
        cdoc = CodedDocument(article=article, published=parse_date(article.published))
        if article.published is not None and not _DATE_VALUE.fullmatch(str(article.published)):
            # the record contract allows YYYY[-MM[-DD]] only: an unreadable input date is noted, not passed on
            cdoc.notes.append(f"unreadable publication date {article.published!r} ignored")
            article.published = None
        if article.status != "ok":
            if not article.id:   # a not-ok input needs an id too (the contract; one row per input in the store)
                article.id = make_article_id(article.url, article.text)
            return cdoc
        for stage in (self.clean, self.gate):
            if not self._run(stage, cdoc):
                break
        if not article.id:
            article.id = make_article_id(article.url, article.text)
        return cdoc

    @staticmethod
    def _run(stage, cdoc: CodedDocument) -> bool:
        """Run one stage on one document; record a failure on the article instead of raising."""
        try:
            stage(cdoc)
        except (EventwireError, ValueError, TypeError, KeyError, IndexError, AttributeError,
                RecursionError, MemoryError, UnicodeError, OverflowError) as err:
            log.warning("stage %s failed on %s: %s", stage.name, cdoc.article.id, err)
            cdoc.article.status = "failed"
            cdoc.article.reason = f"{stage.name} stage: {err.__class__.__name__}: {err}"
            cdoc.events, cdoc.quotes, cdoc.times = [], [], []
            return False
        return cdoc.article.status == "ok"

    def code_documents(self, articles: Iterable[Article]) -> Iterator[CodedDocument]:
        """Stream articles through every stage; yields one CodedDocument per article, in order."""
        prepared = (self._prepare(a) for a in articles)
        for cdoc in self._parse(prepared):
            if cdoc.article.status == "ok":
                for stage in self.stages:
                    if not self._run(stage, cdoc):
                        break
            yield cdoc

    def _parse(self, cdocs: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
        """spaCy in batches for the documents that are still ok; the others pass through in order."""
        batch: list[CodedDocument] = []
        for cdoc in cdocs:
            batch.append(cdoc)
            if len(batch) >= self.options.batch_size:
                yield from self._parse_batch(batch)
                batch = []
        if batch:
            yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[CodedDocument]) -> list[CodedDocument]:
        todo = [c for c in batch if c.article.status == "ok"]
        try:
            list(self.nlp.pipe(todo))
        except (ValueError, MemoryError, RuntimeError) as err:
            log.warning("batch parse failed (%s); parsing one by one", err)
            for cdoc in todo:
                self._run(self.nlp, cdoc)
        return batch

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for cdoc in self.code_documents(articles):
            coded = CodedArticle.from_document(cdoc)
            coded.events = [e for e in coded.events if self._keep(e)]
            yield coded

    def _keep(self, event: Event) -> bool:
        if event.modality == "negated" and not self.options.include_negated:
            return False
        return event.confidence >= self.options.min_confidence

    def code_text(self, text: str, *, published: str | date | None = None, id: str | None = None,
                  url: str | None = None, title: str | None = None) -> CodedArticle:
        """Code one text. ``published`` anchors relative dates and the actors' roles in office."""
        pub = published.isoformat() if isinstance(published, date) else published
        article = Article(id=id or "", text=text, url=url, title=title, published=pub)
        return next(self.code_articles([article]))


def code_text(text: str, *, published: str | date | None = None, options: Options | None = None) -> CodedArticle:
    """Code one text with a fresh pipeline (convenient; build a ``Pipeline`` to code many)."""
    return Pipeline(options).code_text(text, published=published)
