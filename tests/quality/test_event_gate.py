"""Quality gate of the event coder: pinned precision/recall floors on the dev sets.

Floors are set a little below what was measured (2026-11-27, numbers in the comments) so that
a change cannot silently lower them. Raise them when the coder improves; never lower them to
make a change pass.
"""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from eventwire import Options, Pipeline
from eventwire.events.evaluation import score, score_types
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"


def _devset_module(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / "devsets" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(pipeline: Pipeline, items: list[dict]) -> list[dict]:
    articles = [Article(id=str(i["id"]), text=i["text"], published=i.get("published")) for i in items]
    return [r for coded in pipeline.code_articles(articles) for r in coded.records("events")]


def test_sample_corpus_root_dyad(pipeline):
    # measured: root+dyad P 0.902 R 0.708 (n_gold 65), code+dyad P 0.745; no-event accuracy 1.0
    # session 13 (4aa00da): root+dyad P 0.911 R 0.797 (n_gold 64), code+dyad P 0.750, before s04's gold became 0256
    text = resources.files("eventwire").joinpath("sample", "gold_events.jsonl").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in text.splitlines() if line.strip()]
    s = score(gold, _code(pipeline, gold))
    rd = s.levels["root+dyad"]
    assert rd.p >= 0.86 and rd.r >= 0.68, f"root+dyad P {rd.p:.3f} R {rd.r:.3f}"
    assert s.levels["code+dyad"].p >= 0.70   # measured 0.745


def test_plover_gold_event_types(pipeline, tmp_path):
    # measured: types P 0.778 R 0.534, type+dyad P 0.595 R 0.415 (322 sentences). The types
    # recall floor was lowered from 0.57 when untargeted events of codes that need a target were
    # left out by default (data/cameo/targets.yaml): the types score ignores actors, and the events
    # left out were those whose target the coder missed (PLOVER gold has a target in 300 of 322
    # records); type+dyad went from P 0.493 R 0.410 to P 0.570 R 0.404, and is pinned here too.
    if not (SHARED / "plover-gold" / "PLOVER_GSR_CAMEO.txt").exists():
        pytest.skip("shared/ data not present")
    plover = _devset_module("plover_gold")
    records = plover.load_records()
    gold = [{"id": r["id"], "types": [plover.RENAME.get(r["event"], r["event"])]} for r in records]
    items = [{"id": r["id"], "text": r["text"]} for r in records]
    system = _code(pipeline, items)
    s = score_types(gold, system, plover.types_map())
    assert s.p >= 0.74 and s.r >= 0.50, f"types P {s.p:.3f} R {s.r:.3f}"
    path = tmp_path / "plover_system.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in system), encoding="utf-8")
    d = plover.dyad_check(path)
    # type+dyad measured P 0.615 R 0.438 on a clean checkout of 28582c0 (pinned before at .56/.38)
    assert d["p"] >= 0.58 and d["r"] >= 0.40, f"type+dyad P {d['p']:.3f} R {d['r']:.3f}"


def test_petrarch_unit_records(tmp_path):
    # measured: root+dyad P 0.131 R 0.079, no-event accuracy 1.0 (19/19); the test dictionary's
    # codes are often not CAMEO's, and its compound actors are only partly converted
    if not (SHARED / "petrarch-unit" / "PETR.UnitTest.records.xml").exists():
        pytest.skip("shared/ data not present")
    petr = _devset_module("petrarch_unit")
    gold, _ = petr.load_records()
    actors = petr.actor_yaml(tmp_path)
    pipeline = Pipeline(Options(actor_files=(actors,)))
    s = score(gold, _code(pipeline, gold))
    rd = s.levels["root+dyad"]
    assert rd.p >= 0.10 and rd.r >= 0.065, f"root+dyad P {rd.p:.3f} R {rd.r:.3f}"
    assert s.no_event_accuracy is not None and s.no_event_accuracy >= 0.89
