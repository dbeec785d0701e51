"""The events stage in the full pipeline (actor stage included), on the seed article."""

from __future__ import annotations

import pytest

from eventwire.stages.events import EventStage


@pytest.fixture(scope="module")
def seed_events(pipeline, seed_text):
    coded = pipeline.code_text(seed_text, published="2017-01-29")
    return coded.article, coded.events


def dyads(events, *, modality=None):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if modality is None or e.modality == modality}


def test_stage_is_in_the_pipeline(pipeline):
    assert "events" in pipeline.stage_names
    assert any(isinstance(s, EventStage) for s in pipeline.stages)


def test_quotes_are_found_before_events_and_attribute_them(pipeline):
    names = pipeline.stage_names
    assert names.index("quotes") < names.index("events") < names.index("evaluations")
    coded = pipeline.code_text("The foreign ministry said on Monday that Russian troops had attacked Ukrainian "
                               "positions near Kharkiv.", published="2022-05-02")
    attack = [e for e in coded.events if e.root == "19"]
    assert attack and attack[0].attribution is not None
    assert attack[0].attribution.speaker.text.lower().endswith("foreign ministry")


def test_seed_phone_call_both_ways(seed_events):
    _, events = seed_events
    got = dyads(events, modality="asserted")
    assert ("041", "USAGOV", "RUSGOV") in got and ("041", "RUSGOV", "USAGOV") in got


def test_seed_intent_to_meet(seed_events):
    _, events = seed_events
    meet = [e for e in events if e.cameo == "036"]
    assert meet and {(e.source.code, e.target.code) for e in meet} >= {("RUSGOV", "USAGOV"), ("USAGOV", "RUSGOV")}
    assert all(e.modality == "hypothetical" for e in meet)     # "could meet", "could quite likely meet"


def test_seed_sanctions_against_russian_businesses(seed_events):
    _, events = seed_events
    assert ("163", "USAGOV", "RUSBUS") in dyads(events, modality="asserted")


def test_seed_did_not_discuss_is_negated(seed_events):
    _, events = seed_events
    negated = [e for e in events if e.modality == "negated"]
    assert negated and all(e.root == "04" for e in negated)
    assert not any(e.cameo.startswith("16") and e.modality == "negated" for e in events)


def test_seed_has_no_junk_codes(seed_events):
    _, events = seed_events
    # a phone call, a planned meeting, statements, an appeal for dialogue and past sanctions:
    # nothing violent or coercive
    assert {e.root for e in events} <= {"01", "02", "03", "04", "16"}
    assert all(e.source is not None and e.source.code for e in events)


def test_seed_records_carry_evidence_and_rule(seed_events, record_validator):
    article, events = seed_events
    assert events
    for ev in events:
        record_validator("event", ev.to_dict())
        ev_text = article.text[ev.evidence.start:ev.evidence.end]
        assert ev_text == ev.evidence.text
        assert article.text[ev.evidence.trigger_start:ev.evidence.trigger_end] == ev.evidence.trigger
        assert ev.evidence.start <= ev.evidence.trigger_start < ev.evidence.trigger_end <= ev.evidence.end
        assert ev.rule.startswith("verbs/") and "#" in ev.rule
        assert ev.id.startswith("ev_") and ev.article_id == article.id
    assert len({e.id for e in events}) == len(events)


def test_seed_ids_are_stable(pipeline, seed_text, seed_events):
    _, events = seed_events
    again = pipeline.code_text(seed_text, published="2017-01-29").events
    assert [e.id for e in again] == [e.id for e in events]
