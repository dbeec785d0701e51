"""Session 11 fix-ups of the code review (items 49, 60; the duplicated 'by' agent walk of sources.py).

Going back to work eases dissent (082) only when a strike ends: the sentence names the strike ("striking",
"after a strike", "ending a walkout"), or the article told a strike by the same workers before; a return
after a holiday, a rest or a leave is no event (08.yaml return_to_work, ``needs``; events.needed_context).
The codes of a killing that is fighting between armed sides and the sectors of armed sides are data
(targets.yaml ``armed_sides``), validated on load like the other lists. The sentences are written for these
tests (none retells a dev-set item).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dictionaries.verb_lexicon import load_pattern_file
from eventwire.errors import DictionaryError
from eventwire.events.target_policy import TargetPolicy

from .form_checks import coded_events, form_tests

PUB = "2024-03-01"

_FORMS = [
    # a strike named in the sentence: the subject, an 'after' phrase, an 'ending' participle
    ("Doctors returned to work in Nairobi on Monday after a two-week strike.", "082", "return_to_work",
     "KENHLH", "KENGOV"),
    ("Striking Ugandan teachers went back to their classrooms on Wednesday.", "082", "return_to_work",
     "UGAEDU", "UGAGOV"),
    ("Nurses in Lusaka returned to work after the union called off the stoppage.", "082", "return_to_work",
     "ZMBHLH", "ZMBGOV"),
    ("Teachers in Accra went back to their classrooms on Monday, ending a month-long walkout over pay.", "082",
     "return_to_work", "GHAEDU", "GHAGOV"),
]

_NOT = [
    # a holiday, a break, a leave: no strike in sight (review item 60)
    ("Factory workers in Detroit returned to work on Monday after the Easter holiday.", "08"),
    ("Bus drivers in Harare returned to work after their summer leave.", "08"),
    ("Coal miners in Silesia went back to work on Thursday after the long weekend.", "08"),
]

test_return_to_work_after_a_strike, test_return_to_work_with_no_strike_is_no_event = form_tests(_FORMS, _NOT, PUB)


def _codes(pipeline, text: str) -> set[tuple[str, str | None]]:
    return {(e.cameo, e.source.code if e.source else None) for e in coded_events(pipeline, text, PUB)}


def test_a_strike_told_earlier_by_the_same_workers_is_the_background(pipeline):
    got = _codes(pipeline, "Hospital workers in Lima went on strike over pay on Monday. "
                           "On Friday, the hospital workers returned to work.")
    assert ("082", "PERLAB") in got, got


@pytest.mark.parametrize("text", [
    # what the workers did before was a march, not a strike
    "Hospital workers in Lima marched through the capital over pay on Monday. "
    "On Friday, the hospital workers returned to work.",
    # the strike told before was other workers'
    "Teachers in Lima went on strike on Monday. On Friday, hospital workers in Lima returned to work.",
])
def test_no_strike_of_the_same_workers_before_is_no_event(pipeline, text):
    got = _codes(pipeline, text)
    assert not any(code.startswith("08") for code, _ in got), got


def test_the_dropped_return_tells_what_it_lacked(code_standin):
    _, trace = code_standin("Egyptian protesters went back to work on Sunday after the Eid holiday.")
    outcomes = [t.outcome for st in trace for t in st.triggers if t.chosen is not None
                and t.chosen.pattern.id == "return_to_work"]
    assert outcomes and "needs one of strike" in outcomes[0], outcomes


# ---------------------------------------------------------------- the lexicon's ``needs`` key

_PATTERN = """root: "08"
patterns:
  - {{id: back_to_work, code: "082", verbs: [return], preps: {{to: [work]}}, {needs}
     examples: [{{text: "Strikers returned to work.", source: LAB, target: null}}]}}
"""


def _load(tmp_path: Path, needs: str):
    path = tmp_path / "08.yaml"
    path.write_text(_PATTERN.format(needs=needs), encoding="utf-8")
    return load_pattern_file(path)


def test_needs_is_read_as_words_and_earlier_codes(tmp_path):
    (pat,) = _load(tmp_path, 'needs: {words: [strike, go-slow], earlier: ["143"]},')
    assert pat.needs_words == ("strike", "go - slow")
    assert pat.needs_earlier == ("143",)


@pytest.mark.parametrize("needs", [
    "needs: [strike],",                                  # not a mapping
    "needs: {earlier: [\"143\"]},",                      # no words
    "needs: {words: [strike], before: [\"143\"]},",      # unknown key
    "needs: {words: [strike], earlier: [strike]},",      # not a code
])
def test_a_bad_needs_entry_names_the_file(tmp_path, needs):
    with pytest.raises(DictionaryError, match="08.yaml"):
        _load(tmp_path, needs)


# ---------------------------------------------------------------- armed sides as data (review item 49)

def test_armed_sides_are_read_from_the_target_policy_file():
    policy = TargetPolicy.load()
    assert "1823" in policy.killing_codes
    assert {"MIL", "COP", "REB", "INS"} <= policy.armed_sectors
    assert "GOV" not in policy.armed_sectors and "CVL" not in policy.armed_sectors


_POLICY = """codes:
  - {{code: "18", alone: false}}
{armed}
"""


@pytest.mark.parametrize("armed", [
    "armed_sides: {killing_codes: [\"1823\"]}",                           # no sectors
    "armed_sides: {killing_codes: [1823], sectors: [MIL]}",              # code not quoted
    "armed_sides: {killing_codes: [\"1823\"], sectors: [military]}",     # not a sector code
    "armed_sides: [MIL, REB]",                                            # not a mapping
])
def test_a_bad_armed_sides_entry_names_the_file(tmp_path, armed):
    path = tmp_path / "targets.yaml"
    path.write_text(_POLICY.format(armed=armed), encoding="utf-8")
    with pytest.raises(DictionaryError, match="targets.yaml"):
        TargetPolicy.load(path)
