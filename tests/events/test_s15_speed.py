"""Work the event coder does not repeat (session 15, issue 3): a reading already resolved is put back, not
resolved again, and gives the events resolving it again gives."""

from __future__ import annotations

from eventwire.document import CodedDocument
from eventwire.events.coder import EventCoder
from eventwire.records import Article
from eventwire.stages.events import build_coder


def test_a_winner_no_next_reading_can_target_keeps_what_resolving_it_gave_and_is_not_resolved_again(
        pipeline, monkeypatch):
    resolved: list[str] = []
    resolve = EventCoder._resolve

    def counted(self, f, finder):
        resolved.append(f.attempt.pattern.rule)
        return resolve(self, f, finder)

    text = "Opposition parties in Lagos called for the resignation of the police chief."
    before = [e.to_dict() for e in pipeline.code_text(text).events]
    trace_before = _outcomes(pipeline, text)
    monkeypatch.setattr(EventCoder, "_resolve", counted)
    after = [e.to_dict() for e in pipeline.code_text(text).events]
    assert after == before
    # the winner (a call for a resignation, which finds no target actor) and the next reading that may find a
    # target are each resolved once; the winner is not resolved a second time to be put back
    asked = [rule for rule in resolved if "02.yaml" in rule]
    assert "verbs/02.yaml#call_resignation" in asked and len(asked) == len(set(asked))
    # and the trace 'eventwire explain' prints is the same
    assert _outcomes(pipeline, text) == trace_before


def _outcomes(pipeline, text: str) -> list[tuple[str, str, str]]:
    """(trigger, chosen rule, outcome) of every trigger of ``text`` (``eventwire explain``'s trace)."""
    cdoc = CodedDocument(article=Article(id="a_test", text=text), doc=pipeline.resources.nlp(text))
    actors = next(s for s in pipeline.stages if s.name == "actors")
    trace: list = []
    build_coder(pipeline.resources).code(actors(cdoc), trace)
    return [(t.token.text, t.chosen.pattern.rule if t.chosen else "", t.outcome) for st in trace for t in st.triggers]
