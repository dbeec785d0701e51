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
