"""Quality gate: event coding on the team's own newswire dev sets (tests/data/newswire_*.jsonl).

The two files are wire-style text written for eventwire with CAMEO gold (336 single sentences,
66 of them without any event; 42 snippets of 3-6 sentences). The pipeline codes them and the
project's own scorer (eventwire.events.evaluation, the definitions of shared/tools/score_events.py)
gives root+dyad precision and recall and the no-event accuracy. Floors sit a little below what
was measured when they were pinned (see FLOORS); a drop below them fails the build. Raise them
when the coder gets better, never lower them to make a change pass.

Full tables: ``python benchmarks/score_newswire.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.events.evaluation import score
from eventwire.records import Article
from floors import assert_no_event_floor, assert_root_dyad_floors

DATA = Path(__file__).resolve().parents[1] / "data"

# Measured at 729e8cf (2026-11-27 12:05 UTC): team sentences root+dyad P 0.867 R 0.716, no-event
# accuracy 0.985 (65/66); team snippets P 0.737 R 0.435; set D (newswire_d_*, written blind the same
# day) sentences P 0.766 R 0.631, no-event accuracy 1.000 (40/40), snippets P 0.736 R 0.568 (5/5);
# set D's first blind measure (fd3d544) was P 0.691 R 0.552 / P 0.659 R 0.508.
# Pinned before (2026-11-27 05:35 UTC, clean checkout of 28582c0): sentences root+dyad
# P 0.862 R 0.686, no-event accuracy 1.000 (66/66); snippets root+dyad P 0.722 R 0.417, no-event
# accuracy 1.000 (6/6). (Pinned before at 03:50 on a90e5a9: P 0.861 R 0.678 / P 0.722 R 0.417; at 03:25: P 0.848 R 0.660 / P 0.707 R 0.387; before the
# target policy and the engine fixes of that day: sentences P 0.702 R 0.625, snippets P 0.443
# R 0.304.) The margin is wider than usual because the verb lexicon is being extended.
# Measured at db371de (2026-11-27 14:37 UTC): team sentences P 0.874 R 0.727 (0.985), snippets P 0.747
# R 0.440; set D sentences P 0.805 R 0.690 (1.000), snippets P 0.760 R 0.619; set E (newswire_e_*, written
# blind that day in the style of real news, measured at the session's start 56781b2 and end) sentences
# P 0.498 R 0.375 -> 0.483 R 0.391, no-event 0.883 -> 0.896 (69/77), snippets P 0.478 R 0.369 -> 0.487
# R 0.383, no-event 0.700 -> 0.800 (8/10).
# Measured at a92169c (2026-11-27 17:10 UTC, session 7): team sentences P 0.866 R 0.727 (0.985), snippets
# P 0.718 R 0.440; set D sentences P 0.825 R 0.719 (1.000), snippets P 0.796 R 0.661; set E sentences
# P 0.595 R 0.478 (0.922), snippets P 0.512 R 0.430 (0.800). Set F (held out) is not gated.
# Measured at 354740f (2026-11-27 19:36 UTC, session 8): team sentences P 0.862 R 0.718 (0.985), snippets
# P 0.760 R 0.470 (1.000); set D sentences P 0.834 R 0.719 (1.000), snippets P 0.798 R 0.669; set E sentences
# P 0.652 R 0.509 (0.922), snippets P 0.555 R 0.443 (0.800); set F (a tuning set since this session)
# sentences P 0.669 R 0.466 (0.857, 66/77), snippets P 0.611 R 0.344 (0.833, 5/6). Set G (held out) is not gated.
# Measured at 1ae807f (2026-11-27 22:10 UTC, session 9, clean copy of HEAD): team sentences P 0.859 R 0.716 (0.985),
# snippets P 0.757 R 0.482 (1.000); set D sentences P 0.853 R 0.744 (1.000), snippets P 0.810 R 0.686 (1.000); set E
# sentences P 0.664 R 0.525 (0.922), snippets P 0.577 R 0.477 (0.800); set F sentences P 0.696 R 0.504 (0.857),
# snippets P 0.642 R 0.406 (0.833); set G (a tuning set since session 9) sentences P 0.681 R 0.556 (0.881, 59/67),
# snippets P 0.524 R 0.417 (0.667, 6/9). Set H (held out) is not gated.
# Measured at 55260cf (2026-11-28 00:55 UTC, session 10, clean copy of HEAD): team sentences P 0.859 R 0.716 (0.985),
# snippets P 0.755 R 0.494 (1.000); set D sentences P 0.877 R 0.773 (1.000), snippets P 0.822 R 0.703 (1.000); set E
# sentences P 0.685 R 0.537 (0.935), snippets P 0.585 R 0.510 (0.800); set F sentences P 0.722 R 0.509 (0.857),
# snippets P 0.675 R 0.422 (0.833); set G sentences P 0.694 R 0.584 (0.881), snippets P 0.580 R 0.495 (0.778, 7/9);
# set H (a tuning set since session 10) sentences P 0.679 R 0.461 (0.875, 70/80), snippets P 0.670 R 0.460 (0.909,
# 10/11). Set I (held out) is not gated.
# Measured at 7ec7f8b (2026-11-28 04:00 UTC, session 11, clean copy of HEAD): team sentences P 0.857 R 0.724 (0.985),
# snippets P 0.741 R 0.494 (1.000); set D sentences P 0.888 R 0.778 (1.000), snippets P 0.822 R 0.703 (1.000); set E
# sentences P 0.687 R 0.541 (0.935), snippets P 0.586 R 0.503 (0.800); set F sentences P 0.727 R 0.515 (0.857),
# snippets P 0.675 R 0.422 (0.833); set G sentences P 0.718 R 0.615 (0.910), snippets P 0.611 R 0.534 (0.778);
# set H sentences P 0.747 R 0.513 (0.912), snippets P 0.700 R 0.472 (0.909); set I (a tuning set since session 11)
# sentences P 0.692 R 0.507 (0.849, 62/73), snippets P 0.599 R 0.459 (1.000, 8/8). Set J (held out) is not gated.
# Measured at b0418f4 (2026-11-28 06:45 UTC, session 12, clean copy of HEAD; gold of team and D-I unified on denials,
# curfews and ECOWAS that session): team sentences P 0.865 R 0.740 (0.985), snippets P 0.757 R 0.500 (1.000); set D
# sentences P 0.899 R 0.788 (1.000), snippets P 0.832 R 0.712; set E sentences P 0.689 R 0.541 (0.935), snippets
# P 0.602 R 0.513 (0.800); set F sentences P 0.738 R 0.533 (0.868), snippets P 0.688 R 0.430 (0.833); set G
# sentences P 0.732 R 0.617 (0.924), snippets P 0.644 R 0.552 (0.778); set H sentences P 0.752 R 0.513 (0.936),
# snippets P 0.721 R 0.485 (0.909); set I sentences P 0.695 R 0.511 (0.845), snippets P 0.664 R 0.481 (1.000).
# Set J became a tuning set at session 13's start (6aaf5b6, same coder as b0418f4): sentences P 0.776 R 0.616 (0.873,
# 55/63), snippets P 0.606 R 0.443 (0.667, 6/9). Set K (held out) is not gated.
# Measured at 4aa00da (2026-11-28 09:20 UTC, session 13, clean copy of HEAD): team sentences P 0.865 R 0.740 (0.985),
# snippets P 0.771 R 0.500 (1.000); set D sentences P 0.899 R 0.788 (1.000), snippets P 0.824 R 0.712; set E sentences
# P 0.692 R 0.541 (0.935), snippets P 0.602 R 0.513 (0.800); set F sentences P 0.738 R 0.533 (0.868), snippets P 0.688
# R 0.430 (0.833); set G sentences P 0.735 R 0.617 (0.924), snippets P 0.659 R 0.552 (0.778); set H sentences P 0.753
# R 0.516 (0.936), snippets P 0.727 R 0.485 (0.909); set I sentences P 0.698 R 0.518 (0.845), snippets P 0.673 R 0.481
# (1.000); set J sentences P 0.772 R 0.638 (0.857, 54/63), snippets P 0.643 R 0.464 (0.778, 7/9). Sets K and L (held
# out) are not gated.
# Measured at 14aa34b (2026-11-28 12:05 UTC, session 14, clean copy of HEAD; gold of E, F, G aligned on nuclear tests
# and diplomats' expulsions that session): team sentences P 0.863 R 0.740 (0.985), snippets P 0.771 R 0.500 (1.000);
# set D sentences P 0.905 R 0.798 (1.000), snippets P 0.833 R 0.720; set E sentences P 0.689 R 0.541 (0.935), snippets
# P 0.609 R 0.520 (0.800); set F sentences P 0.738 R 0.533 (0.868), snippets P 0.700 R 0.438 (0.833); set G sentences
# P 0.739 R 0.617 (0.924), snippets P 0.663 R 0.562 (0.778); set H sentences P 0.763 R 0.527 (0.923), snippets P 0.727
# R 0.485 (0.909); set I sentences P 0.716 R 0.540 (0.845), snippets P 0.695 R 0.500 (1.000); set J sentences P 0.778
# R 0.659 (0.857), snippets P 0.664 R 0.479 (0.778); set K (a tuning set since session 14; 0.614 / 0.496 and 0.568 /
# 0.425 at its start) sentences P 0.673 R 0.543 (0.828, 48/58), snippets P 0.608 R 0.447 (0.667, 4/6). Sets L and M
# (held out then) were not gated.
# Set L became a tuning set at session 15's start (68fd645, same coder as 14aa34b): sentences P 0.618 R 0.471 (0.815,
# 44/54), snippets P 0.637 R 0.454 (0.714, 5/7). Set M (held out) is not gated.
# Measured at 087ec09 / 14423b2 (2026-11-28 14:50 UTC, session 15, clean copies of HEAD; gold of D, K, L aligned that
# session): team sentences P 0.865 R 0.740 (0.985), snippets P 0.771 R 0.500; set D sentences P 0.905 R 0.798, snippets
# P 0.842 R 0.720; set E P 0.688 R 0.537 / P 0.605 R 0.520; set F P 0.742 R 0.536 / P 0.700 R 0.438; set G P 0.742
# R 0.617 / P 0.663 R 0.562; set H P 0.773 R 0.527 / P 0.727 R 0.485; set I P 0.722 R 0.547 / P 0.695 R 0.500; set J
# P 0.783 R 0.667 / P 0.664 R 0.479; set K P 0.689 R 0.554 (0.828) / P 0.612 R 0.447 (0.667); set L P 0.734 R 0.570
# (0.846, 44/52) / P 0.698 R 0.490 (0.833, 5/6). Sets M and N (held out) are not gated.
# Set M became a tuning set at session 16's start (same coder as 14423b2): sentences P 0.626 R 0.500 (0.782),
# snippets P 0.592 R 0.385 (0.600). Set N (held out) is not gated.
# Measured at 7b650e8 (2026-11-28 17:35 UTC, session 16, clean copy of HEAD; gold of L and M aligned that session):
# team sentences P 0.868 R 0.743 (0.985), snippets P 0.764 R 0.500; set D P 0.905 R 0.798 / P 0.842 R 0.720; set E
# P 0.688 R 0.537 / P 0.614 R 0.520; set F P 0.734 R 0.536 / P 0.700 R 0.438; set G P 0.745 R 0.617 / P 0.656 R 0.562;
# set H P 0.772 R 0.524 / P 0.727 R 0.485; set I P 0.734 R 0.551 / P 0.695 R 0.500; set J P 0.783 R 0.667 / P 0.664
# R 0.479; set K P 0.691 R 0.558 / P 0.623 R 0.447; set L P 0.749 R 0.580 / P 0.694 R 0.490; set M (a tuning set since
# session 16) P 0.698 R 0.541 (0.855, 47/55) / P 0.667 R 0.429 (0.800, 4/5). Sets N and O (held out) are not gated.
FLOORS = {
    "sentences": {"precision": 0.86, "recall": 0.73, "no_event_accuracy": 0.95},
    "snippets": {"precision": 0.75, "recall": 0.48, "no_event_accuracy": 0.80},
    "d_sentences": {"precision": 0.89, "recall": 0.78, "no_event_accuracy": 0.95},
    "d_snippets": {"precision": 0.82, "recall": 0.70, "no_event_accuracy": 0.80},
    "e_sentences": {"precision": 0.67, "recall": 0.52, "no_event_accuracy": 0.90},
    "e_snippets": {"precision": 0.60, "recall": 0.50, "no_event_accuracy": 0.70},
    "f_sentences": {"precision": 0.72, "recall": 0.51, "no_event_accuracy": 0.83},
    "f_snippets": {"precision": 0.68, "recall": 0.42, "no_event_accuracy": 0.66},
    "g_sentences": {"precision": 0.71, "recall": 0.60, "no_event_accuracy": 0.90},
    "g_snippets": {"precision": 0.65, "recall": 0.54, "no_event_accuracy": 0.66},
    "h_sentences": {"precision": 0.76, "recall": 0.51, "no_event_accuracy": 0.91},
    "h_snippets": {"precision": 0.71, "recall": 0.46, "no_event_accuracy": 0.80},
    "i_sentences": {"precision": 0.72, "recall": 0.54, "no_event_accuracy": 0.82},
    "i_snippets": {"precision": 0.68, "recall": 0.48, "no_event_accuracy": 0.85},
    "j_sentences": {"precision": 0.77, "recall": 0.65, "no_event_accuracy": 0.85},
    "j_snippets": {"precision": 0.65, "recall": 0.46, "no_event_accuracy": 0.77},
    "k_sentences": {"precision": 0.68, "recall": 0.55, "no_event_accuracy": 0.81},
    "k_snippets": {"precision": 0.61, "recall": 0.43, "no_event_accuracy": 0.65},
    "l_sentences": {"precision": 0.74, "recall": 0.57, "no_event_accuracy": 0.82},
    "l_snippets": {"precision": 0.68, "recall": 0.47, "no_event_accuracy": 0.80},
    "m_sentences": {"precision": 0.68, "recall": 0.53, "no_event_accuracy": 0.83},
    "m_snippets": {"precision": 0.65, "recall": 0.42, "no_event_accuracy": 0.80},
}


def _gold(name: str) -> list[dict]:
    path = DATA / f"newswire_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=sorted(FLOORS))
def measured(request, pipeline):
    gold = _gold(request.param)
    articles = [Article(id=g["id"], text=g["text"], published=g["published"]) for g in gold]
    records = [r for coded in pipeline.code_articles(articles) for r in coded.records("events")]
    return request.param, gold, score(gold, records)


GOLD_KEYS = frozenset({"id", "text", "published", "category", "events"})


def item_shape_problems(item: dict) -> list[str]:
    """What is wrong with the keys of a team gold line: the five keys, and optionally a non-empty ``comment``
    on a doubtful choice (as sets D-K have)."""
    problems = [f"missing {k}" for k in sorted(GOLD_KEYS - set(item))]
    problems += [f"extra {k}" for k in sorted(set(item) - GOLD_KEYS - {"comment"})]
    if "comment" in item and not (isinstance(item["comment"], str) and item["comment"].strip()):
        problems.append("comment must be a non-empty string")
    return problems


def test_a_team_gold_line_may_carry_a_comment_but_no_other_key():
    line = {"id": "x-1", "text": "T.", "published": "2024-01-01", "category": "c", "events": []}
    assert item_shape_problems(line) == []
    assert item_shape_problems({**line, "comment": "doubtful: 016 or no event"}) == []
    assert item_shape_problems({**line, "comment": ""}) == ["comment must be a non-empty string"]
    assert item_shape_problems({**line, "region": "europe"}) == ["extra region"]
    assert item_shape_problems({k: v for k, v in line.items() if k != "category"}) == ["missing category"]


def test_gold_files_are_well_formed():
    sentences, snippets = _gold("sentences"), _gold("snippets")
    assert len(sentences) >= 300 and len(snippets) >= 40
    assert sum(not g["events"] for g in sentences) >= 60
    roots = {e["cameo"][:2] for g in sentences for e in g["events"]}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for g in sentences + snippets:
        assert item_shape_problems(g) == [], g["id"]
        for e in g["events"]:
            assert e["cameo"].isdigit() and 3 <= len(e["cameo"]) <= 4, g["id"]
            assert len(e["source"]) >= 3 and (e["target"] is None or len(e["target"]) >= 3), g["id"]
    ids = [g["id"] for g in sentences + snippets]
    assert len(ids) == len(set(ids))


def test_root_dyad_floors(measured):
    name, gold, scores = measured
    assert_root_dyad_floors(name, gold, scores, FLOORS[name])


def test_no_event_accuracy_floor(measured):
    name, _, scores = measured
    assert_no_event_floor(name, scores, FLOORS[name])
