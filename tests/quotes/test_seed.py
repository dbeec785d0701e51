"""The seed article: Peskov via TASS, the Kremlin statement, Reuters as channel of the last Peskov quote."""

import pytest


@pytest.fixture(scope="module")
def seed_quotes(quote_stage_runner, seed_text):
    return quote_stage_runner(seed_text).quotes


def test_peskov_told_tass(seed_quotes):
    q = next(q for q in seed_quotes if q.cue == "told")
    assert q.speaker.text.startswith("Dmitry Peskov") and q.via == "TASS"
    assert q.kind == "mixed" and "“quite likely”" in q.text


def test_the_kremlin_statement(seed_quotes):
    kremlin = [q for q in seed_quotes if q.speaker and q.speaker.text in ("the Kremlin", "the statement")]
    assert {q.speaker.text for q in kremlin} == {"the Kremlin", "the statement"}
    assert any(q.kind == "mixed" and "detailed discussion" in q.text for q in kremlin)
    assert any(q.kind == "direct" and q.text.startswith("“The discussion also touched") for q in kremlin)


def _last_direct(quotes):
    return max((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)


def test_last_peskov_quote_came_through_reuters(seed_quotes):
    last = _last_direct(seed_quotes)
    assert last.kind == "direct" and last.text.startswith('"We have seen a readiness')
    assert last.speaker.text == "He" and last.cue == "added" and last.via == "Reuters"
    # the article's last sentence is a stance of its own ("Putin and Trump have expressed a desire ...")
    stance = max(seed_quotes, key=lambda q: q.start)
    assert stance.speaker.text == "Putin and Trump" and stance.text == "a desire to have a closer relationship"


@pytest.fixture(scope="module")
def coded_seed(pipeline, seed_text):
    return pipeline.code_text(seed_text, published="2017-01-29")


def test_quotes_through_the_whole_pipeline(coded_seed, record_validator):
    assert coded_seed.article.status == "ok"
    assert len(coded_seed.quotes) >= 8
    for record in coded_seed.records("quotes"):
        record_validator("quote", record)
        assert record["id"].startswith("q_")


def test_speakers_resolve_to_actor_codes(coded_seed):
    told = next(q for q in coded_seed.quotes if q.cue == "told")
    assert told.speaker.name == "Dmitry Peskov" and told.speaker.code == "RUSGOV"
    last = _last_direct(coded_seed.quotes)
    assert last.speaker.text == "He" and last.speaker.name == "Dmitry Peskov"   # "He added" -> last speaker
    statement = next(q for q in coded_seed.quotes if q.speaker and q.speaker.text == "the statement")
    assert statement.speaker.code == "RUSGOV"                                   # the Kremlin's statement


def test_events_inside_quotes_carry_their_attribution(coded_seed):
    for event in coded_seed.events:
        pos = event.evidence.trigger_start
        inside = [q for q in coded_seed.quotes if pos is not None and q.start <= pos < q.end]
        if inside:
            innermost = min(inside, key=lambda q: q.end - q.start)
            assert event.attribution is not None
            assert event.attribution.speaker.text == innermost.speaker.text
            assert event.attribution.via == innermost.via
