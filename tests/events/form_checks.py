"""Checks shared by the lexicon form tests: a form fires its rule with the expected code and dyad, or a
reading does not fire at all."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def coded_events(pipeline, text: str, published: str):
    return next(iter(pipeline.code_articles([Article(id="form", text=text, published=published)]))).events


def assert_form_fires(pipeline, text: str, code: str, rule: str, source: str | None, target: str | None,
                      published: str) -> None:
    """Some event codes ``code`` (a prefix) from ``source`` to ``target`` by the pattern ``rule``."""
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.rule)
           for e in coded_events(pipeline, text, published)]
    assert any(c.startswith(code) and s == source and t == target and r.split(" |")[0].endswith("#" + rule)
               for c, s, t, r in got), f"{text!r}: {got}"


def assert_form_silent(pipeline, text: str, absent: str, published: str) -> None:
    """No event of the text has a code starting with ``absent``."""
    got = [(e.cameo, e.rule) for e in coded_events(pipeline, text, published)]
    assert not any(c.startswith(absent) for c, _ in got), f"{text!r}: {got}"


def form_tests(forms: list[tuple], silent: list[tuple], published: str):
    """The two parametrized tests of a lexicon form module: every ``forms`` row (text, code, rule, source,
    target) fires its rule, no ``silent`` row (text, absent code) codes that code. A module binds them:
    ``test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)``."""

    @pytest.mark.parametrize("text,code,rule,source,target", forms)
    def test_general_form(pipeline, text, code, rule, source, target):
        assert_form_fires(pipeline, text, code, rule, source, target, published)

    @pytest.mark.parametrize("text,absent", silent)
    def test_form_does_not_fire(pipeline, text, absent):
        assert_form_silent(pipeline, text, absent, published)

    return test_general_form, test_form_does_not_fire
