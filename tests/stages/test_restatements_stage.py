"""The restatements stage in the pipeline: after times and places, switchable, notes each merge.
(The rule itself is tested in tests/events/test_restatements.py.)"""

from __future__ import annotations

import pytest

from eventwire.options import Options
from eventwire.records import Article
from eventwire.resources import Resources
from eventwire.stages.restatements import RestatementStage

CALL = ("Russian President Vladimir Putin and U.S. President Donald Trump had a long phone conversation "
        "at the weekend, the Kremlin said. Trump and Putin spoke by phone on Saturday, officials said.")


def test_the_stage_runs_after_times_and_places(pipeline):
    names = pipeline.stage_names
    assert names.index("restatements") > names.index("times")
    assert names.index("restatements") > names.index("places")


def test_the_stage_can_be_turned_off_by_options():
    assert RestatementStage(Resources(Options())).enabled
    assert not RestatementStage(Resources(Options(extra={"merge_restatements": False}))).enabled


def test_the_stage_notes_each_merge(pipeline):
    cdoc = next(pipeline.code_documents([Article(id="", text=CALL, published="2017-01-29")]))
    calls = [e for e in cdoc.events if e.cameo == "041"]
    notes = [n for n in cdoc.notes if n.startswith("restatements:")]
    assert len(calls) == 2 and {e.sentence for e in calls} == {1} and {e.date for e in calls} == {"2017-01-28"}
    assert len(notes) == 2 and all("041" in n and "also told in sentence 0" in n for n in notes)


@pytest.mark.parametrize("text, published, n", [
    ("Turkish police detained an opposition politician in Ankara on Sunday.", "2017-01-29", 1),   # one event
    ("Trump spoke by phone with Putin on Saturday.", "2017-01-29", 2),   # one act of one sentence, two directions
])
def test_the_events_of_one_sentence_are_left_alone(pipeline, text, published, n):
    stage = next(s for s in pipeline.stages if s.name == "restatements")
    cdoc = next(pipeline.code_documents([Article(id="", text=text, published=published)]))
    before = [e.to_dict() for e in cdoc.events]
    assert len(before) == n
    stage(cdoc)    # again, on what it already kept
    assert [e.to_dict() for e in cdoc.events] == before
    assert not any(n.startswith("restatements:") for n in cdoc.notes) and " | " not in "".join(e.rule for e in cdoc.events)
