"""Work the event coder leaves undone (session 16, issue 3): a sentence with no bracket, dash or colon near its start
holds no dateline (told from the words its doc's parse memo keeps, no Token made); an event's actors are copied field
by field. Each answer is the one the full reading gives, and the memo is the coded doc's own: never one of another
doc."""

from __future__ import annotations

import dataclasses

from eventwire.events import datelines, emit
from eventwire.events.parse_memo import held_by, memo_of, token_table
from eventwire.document import CodedDocument
from eventwire.records import ActorRef, Article

_DATELINED = "OSLO (Reuters) - Norway recalled its envoy from Minsk on Tuesday."
_PLAIN = "Norway recalled its envoy from Minsk on Tuesday after a row over fishing rights."
_CREDITED = "(CNN) Peru closed its northern border crossings for a week."
_LATE_DASH = "Ecuador's foreign minister, Ana Ruiz, said on Monday - in a terse note - that talks were over."


def _full_reading(doc, start: int) -> int | None:
    """``dateline_end`` read token by token (no memo held: the quick test is skipped)."""
    assert memo_of(doc) is None
    return datelines.dateline_end(doc, start)


def test_no_dateline_is_told_from_the_memo_words_and_the_answers_match_the_full_reading(pipeline):
    nlp = pipeline.resources.nlp
    for text in (_DATELINED, _PLAIN, _CREDITED, _LATE_DASH):
        doc = nlp(text)
        expected = _full_reading(doc, 0)
        with held_by(doc):
            token_table(doc)
            assert datelines.dateline_end(doc, 0) == expected, text
    assert _full_reading(nlp(_DATELINED), 0) is not None
    assert _full_reading(nlp(_PLAIN), 0) is None


def test_the_quick_dateline_test_reads_the_coded_docs_own_words_and_none_without_a_memo(pipeline):
    nlp = pipeline.resources.nlp
    dated, plain = nlp(_DATELINED), nlp(_PLAIN)
    with held_by(dated):
        token_table(dated)
        with held_by(plain):
            token_table(plain)
            assert datelines._may_end_dateline(dated, 0)
            assert not datelines._may_end_dateline(plain, 0)
    # no memo held: no words to read, so the full reading decides
    assert datelines._may_end_dateline(plain, 0)
    with held_by(plain):   # a memo with no word table yet: the full reading decides too
        assert datelines._may_end_dateline(plain, 0)


def test_an_actor_is_copied_field_by_field_with_its_own_sectors(monkeypatch):
    ref = ActorRef("the Chilean navy", 4, 20, "Chile", "CHLMIL", "CHL", ["MIL"])

    def no_replace(*args, **kwargs):
        raise AssertionError("dataclasses.replace called for a plain ActorRef")

    monkeypatch.setattr(emit, "replace", no_replace)
    copy = emit.copy_ref(ref)
    assert copy == ref and copy is not ref and copy.sectors is not ref.sectors
    copy.sectors.append("GOV")
    assert ref.sectors == ["MIL"]


def test_a_subclass_of_actor_ref_is_still_copied_as_its_own_class():
    @dataclasses.dataclass
    class NamedRef(ActorRef):
        note: str = ""

    ref = NamedRef("Lima", 0, 4, None, "PER", "PER", [], note="capital")
    copy = emit.copy_ref(ref)
    assert type(copy) is NamedRef and copy == ref and copy.sectors is not ref.sectors


def test_an_events_trigger_text_is_the_words_it_spans(pipeline, coder):
    """Guard (passes before and after): the trigger text cut from the doc's text is its words' Span text, multi-word
    triggers included, when the events stage codes the doc (its parse memo held)."""
    stage = next(s for s in pipeline.stages if s.name == "events")
    actors = next(s for s in pipeline.stages if s.name == "actors")
    nlp = pipeline.resources.nlp
    for text in ("The Brazilian president held a phone call with his French counterpart on Friday.",
                 "Qatar pulled out of the talks with Iran on Monday, its spokesman said."):
        doc = nlp(text)
        cdoc = stage(actors(CodedDocument(article=Article(id="a_s16", text=text, published="2024-03-01"), doc=doc)))
        assert cdoc.events, text
        for event in cdoc.events:
            ev = event.evidence
            words = [t for t in doc if ev.trigger_start <= t.idx < ev.trigger_end]
            assert ev.trigger == doc[words[0].i:words[-1].i + 1].text == text[ev.trigger_start:ev.trigger_end]
