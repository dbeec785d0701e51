"""Quote tests run clean -> parse -> quote stage only, so they do not depend on other stages."""

from __future__ import annotations

import pytest

from eventwire.document import CodedDocument
from eventwire.options import Options
from eventwire.records import Article, Quote
from eventwire.resources import Resources
from eventwire.stages.clean import CleanStage
from eventwire.stages.nlp import NlpStage
from eventwire.stages.quotes import QuoteStage


@pytest.fixture(scope="session")
def quote_stage_runner():
    resources = Resources(Options())
    nlp, stage = NlpStage(resources.nlp), QuoteStage(resources)

    def run(text: str) -> CodedDocument:
        cdoc = CodedDocument(article=Article(id="a_test", text=text))
        CleanStage()(cdoc)
        nlp(cdoc)
        stage(cdoc)
        return cdoc

    return run


@pytest.fixture(scope="session")
def find_quotes(quote_stage_runner):
    def run(text: str) -> list[Quote]:
        return quote_stage_runner(text).quotes

    return run


@pytest.fixture(scope="session")
def quote_content(find_quotes):
    """The text of the first quote found with ``cue`` in ``text``; fails, listing every quote, when none is."""
    def run(text: str, cue: str) -> str:
        quotes = [q for q in find_quotes(text) if q.cue == cue]
        assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
        return quotes[0].text

    return run
