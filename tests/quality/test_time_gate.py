"""Quality gate: time expressions on MEANTIME (shared/data/meantime) scored by shared/tools/score_times.py.

Floors sit a little below what was measured when they were pinned (value F1 0.839, relaxed
extent F1 0.930, strict 0.875, value accuracy 0.903 on 488 gold TIMEX3); a drop below them
fails the build. Skips when shared/ is absent.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
MEANTIME = SHARED / "data" / "meantime" / "meantime_newsreader_english_oct15" / "intra-doc_annotation"
SCORER = SHARED / "tools" / "score_times.py"

FLOORS = {"value_f1": 0.82, "relaxed_f1": 0.91, "strict_f1": 0.855, "value_accuracy": 0.885}


def _loader():
    spec = importlib.util.spec_from_file_location("meantime_loader", ROOT / "benchmarks" / "devsets" / "meantime.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("meantime_loader", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(pipeline, tmp_path_factory):
    if not MEANTIME.is_dir() or not SCORER.exists():
        pytest.skip("shared/ MEANTIME data or scorer not present")
    loader = _loader()
    docs = list(loader.iter_documents(MEANTIME))
    out = tmp_path_factory.mktemp("meantime")
    gold, system = out / "gold.jsonl", out / "system.jsonl"
    gold.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs), encoding="utf-8")
    system.write_text("".join(json.dumps(r) + "\n" for r in loader.run_times(docs, pipeline.resources)),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(system), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_meantime_has_the_expected_size(scores):
    assert scores["relaxed"]["n_gold"] == 488 and scores["gold_items"] == 120


def test_time_quality_floors(scores):
    measured = {
        "value_f1": scores["value"]["f1"],
        "relaxed_f1": scores["relaxed"]["f1"],
        "strict_f1": scores["strict"]["f1"],
        "value_accuracy": scores["value_accuracy"],
    }
    low = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"
