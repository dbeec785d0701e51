"""'attack' in words: an unarmed political actor attacking its own country's institution is
criticism (111); armed actors and physical objects keep the force reading."""

from __future__ import annotations


def _codes(pipeline, text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published="2020-03-03").events}


def test_politician_attacking_the_courts_is_criticism(pipeline):
    got = _codes(pipeline, "President Trump attacked the courts on Monday.")
    assert got and all(code.startswith("11") for code, _, _ in got)
    assert any(s == "USAGOV" and t == "USAJUD" for _, s, t in got)


def test_armed_actor_or_physical_object_keeps_force(pipeline):
    troops = _codes(pipeline, "Russian troops attacked the Ukrainian city of Kharkiv.")
    assert troops and all(code.startswith("19") for code, _, _ in troops)
    building = _codes(pipeline, "Protesters attacked the parliament building in Caracas.")
    assert not any(code.startswith("11") for code, _, _ in building)


def test_force_reading_vetoed_in_politics_keeps_the_verbal_reading(pipeline):
    got = _codes(pipeline, "Trump attacked the judge in a series of tweets.")
    assert got and all(code.startswith("11") for code, _, _ in got)
    assert any(s == "USAGOV" for _, s, _ in got)


def test_explain_tells_the_force_reading_was_vetoed(pipeline):
    from eventwire.events.explain import explain
    from eventwire.records import Article

    article = Article(id="x", text="Trump attacked the judge in a series of tweets.", published="2020-03-03")
    cdoc = next(pipeline.code_documents([article]))
    coder = next(s for s in pipeline.stages if s.name == "events").coder
    lines = explain(cdoc, coder, show_parse=False)
    assert any("force reading vetoed (discard rule" in line and "verbal reading 11" in line for line in lines)
