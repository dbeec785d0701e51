"""Quality gates: event coding on the hand-annotated real-news dev sets A, B and C (issue 3).

The sets (``benchmarks/devsets/realnews_events{,_b,_c}.yaml``, loaded with ``realnews_events.py --set
a|b|c``) were annotated by hand with CAMEO gold from PolNeAR, MEANTIME and article-html texts, each set
BEFORE eventwire was run on it and each from documents the others do not reference:

* A: 207 single sentences (144 with events, 63 without) and 40 snippets; tuned on since it was made.
* B: 103 sentences (58 with events, 45 without) and 38 snippets: the untouched held-out check. This gate
  only pins floors: do not tune the coder, the lexicon or the actor data on set B's individual errors,
  or it stops being a held-out check.
* C: 101 sentences (27 with events, 74 without: the untouched files were mostly opinion, business and
  science news) and 37 snippets; made so that tuning rounds could use it while B stays held out.

The texts live in ../shared/data and are rebuilt (and sha1-checked) by the loader, so the gates skip
when ../shared is absent. Floors sit a little below what was measured when pinned (see FLOORS): a drop
below them fails the build. Raise them when the coder gets better, never lower them to make a change
pass. Full tables and per-item errors: ``python benchmarks/devsets/realnews_events.py --set a --errors 50``.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import PurePosixPath

import pytest

from floors import (SHARED, assert_no_event_floor, assert_root_dyad_floors, code_and_score, realnews_gold,
                    realnews_loader, snippet_sentence_count)

# Set A, measured when pinned (2026-11-27 12:05 UTC, 729e8cf): sentences root+dyad P 0.912 R 0.585,
# no-event accuracy 0.968 (61/63); snippets root+dyad P 0.860 R 0.717, no-event accuracy 1.000 (7/7).
# (Pinned before at 06:35 on d1ddbc4: P .903 R .528 / P .804 R .683; at 05:35 on 28582c0: P .880 R .500 /
# P .745 R .633; at 03:50 on a90e5a9: P .747 R .335 / P .634 R .433; at 02:35 on f95f139: P .552 R .273 /
# P .490 R .400; first pinned on b0ff546 at P .500 R .216 / P .429 R .300.)
# Set B, measured at 729e8cf (2026-11-27 12:05 UTC, that session's one held-out run): sentences root+dyad
# P 0.667 R 0.281 (18 of 27, 64 gold), no-event accuracy 0.978 (44/45); snippets P 0.529 R 0.176 (9 of 17,
# 51 gold), no-event accuracy 1.000 (5/5). First pinned (04:50 UTC, clean checkout of 01ef44b): P 0.632
# R 0.188 / P 0.500 R 0.118.
# Set C, measured when pinned (2026-11-27 12:05 UTC, 729e8cf, after set C became a tuning set): sentences
# root+dyad P 0.719 R 0.535 (23 of 32 system events, 43 gold), no-event accuracy 0.959 (71/74); snippets
# P 0.722 R 0.634 (26 of 36, 41 gold), no-event accuracy 0.867 (13/15). First pinned on c8fb1e8 (blind):
# P 0.278 R 0.116 / P 0.429 R 0.220. At db371de (14:37 UTC): C sentences P 0.727 R 0.558 (0.959), snippets
# P 0.765 R 0.634 (0.933); A sentences P 0.921 R 0.597, snippets P 0.880 R 0.733; B (the held-out run of that
# session, at f3b172f) sentences P 0.654 R 0.266, snippets P 0.562 R 0.176. At a92169c (session 7, 17:10
# UTC): A sentences P 0.921 R 0.597, snippets P 0.917 R 0.733; C sentences P 0.706 R 0.558, snippets P 0.743
# R 0.634; B (run once) sentences P 0.654 R 0.266, snippets P 0.588 R 0.196.
# B and C are small (one event moves C's sentence recall by .023), so their margins allow a few events
# either way; A's allow for the lexicon and actor dictionaries still being extended.
FLOORS = {
    "a": {"sentences": {"precision": 0.87, "recall": 0.54, "no_event_accuracy": 0.92},
          "snippets": {"precision": 0.85, "recall": 0.68, "no_event_accuracy": 0.85}},
    "b": {"sentences": {"precision": 0.56, "recall": 0.22, "no_event_accuracy": 0.91},
          "snippets": {"precision": 0.42, "recall": 0.12, "no_event_accuracy": 0.80}},
    "c": {"sentences": {"precision": 0.68, "recall": 0.50, "no_event_accuracy": 0.92},
          "snippets": {"precision": 0.70, "recall": 0.58, "no_event_accuracy": 0.85}},
}
# Least sizes of each set: sentences, snippets, sentences without / with events, CAMEO roots in the gold.
SHAPES = {
    "a": {"sentences": 200, "snippets": 40, "no_event": 60, "with_events": 140, "roots": 15},
    "b": {"sentences": 100, "snippets": 35, "no_event": 45, "with_events": 55, "roots": 15},
    "c": {"sentences": 100, "snippets": 35, "no_event": 70, "with_events": 25, "roots": 10},
}

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data not present")


@pytest.fixture(scope="module")
def gold_sets() -> dict[str, dict[str, list[dict]]]:
    return {dev_set: realnews_gold(dev_set) for dev_set in FLOORS}


@pytest.fixture(scope="module", params=[(s, w) for s in sorted(FLOORS) for w in ("sentences", "snippets")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def measured(request, pipeline, gold_sets):
    dev_set, which = request.param
    gold = gold_sets[dev_set][which]
    return f"set {dev_set} {which}", gold, code_and_score(pipeline, gold), FLOORS[dev_set][which]


@pytest.mark.parametrize("dev_set", sorted(SHAPES))
def test_gold_set_is_well_formed(gold_sets, dev_set):
    sentences, snippets = gold_sets[dev_set]["sentences"], gold_sets[dev_set]["snippets"]
    shape = SHAPES[dev_set]
    assert len(sentences) >= shape["sentences"] and len(snippets) >= shape["snippets"]
    assert sum(not g["events"] for g in sentences) >= shape["no_event"]
    assert sum(bool(g["events"]) for g in sentences) >= shape["with_events"]
    assert len({e["cameo"][:2] for g in sentences + snippets for e in g["events"]}) >= shape["roots"]
    ids = [g["id"] for g in sentences + snippets]
    assert len(ids) == len(set(ids))
    for g in snippets:
        assert snippet_sentence_count(g["text"]) >= 3, g["id"]   # 3-6 sentences


def _referenced_documents() -> dict[str, set[str]]:
    """Per annotation set, the source documents its items point into, by file name (a MEANTIME document
    under another folder or an article-html page under another path still counts as the same source)."""
    loader = realnews_loader()
    documents = {}
    for which, path in loader.ANNOTATION_SETS.items():
        data = loader.yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        documents[which] = {PurePosixPath(item["file"]).name for name in loader.SETS for item in data.get(name) or []}
    return documents


def test_sets_share_no_source_document():
    documents = _referenced_documents()
    for one, other in combinations(sorted(FLOORS), 2):
        assert documents[one] and documents[other]
        assert not documents[one] & documents[other], (one, other, sorted(documents[one] & documents[other]))


def test_root_dyad_floors(measured):
    name, gold, scores, floors = measured
    assert_root_dyad_floors(name, gold, scores, floors)


def test_no_event_accuracy_floor(measured):
    name, _, scores, floors = measured
    assert_no_event_floor(name, scores, floors)
