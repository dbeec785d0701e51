"""Fixtures for the event coder tests: code a sentence with the stand-in actor resolver."""

from __future__ import annotations

import pytest

from eventwire.document import CodedDocument
from eventwire.records import Article
from eventwire.stages.events import build_coder

from .standin_actors import resolve


@pytest.fixture(scope="session")
def coder(pipeline):
    return build_coder(pipeline.resources)


@pytest.fixture(scope="session")
def code_standin(pipeline, coder):
    """code_standin(text) -> (events, trace), actors from the stand-in resolver (no dependency on the actor stage)."""
    nlp = pipeline.resources.nlp

    def run(text: str):
        cdoc = CodedDocument(article=Article(id="a_test", text=text))
        cdoc.doc = nlp(text)
        resolve(cdoc)
        trace: list = []
        return coder.code(cdoc, trace), trace

    return run


def triples(events):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in events}


JUDGEMENT_RULE = "cameo/evaluations.yaml#"


@pytest.fixture(scope="session")
def code_article(pipeline):
    """code_article(text, published) -> the article coded by the whole pipeline (its CodedArticle)."""

    def run(text: str, published: str):
        return next(iter(pipeline.code_articles([Article(id="a_test", text=text, published=published)])))

    return run


@pytest.fixture(scope="session")
def judgements(code_article):
    """judgements(text, published, width=None) -> {(cameo, source code, target code)} of the judgements the
    evaluations coder made (rule cameo/evaluations.yaml#...), codes cut to ``width`` characters (3: the
    country) or whole."""

    def run(text: str, published: str, width: int | None = None) -> set[tuple[str, str, str]]:
        coded = code_article(text, published)
        return {(e.cameo, e.source.code[:width], e.target.code[:width]) for e in coded.events
                if e.rule.startswith(JUDGEMENT_RULE) and e.source is not None and e.target is not None}

    return run
