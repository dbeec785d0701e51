"""Session 15 (confidence, review fix-up): the weights are loaded once per pipeline and handed to the coder (F6, no
process-wide cache); a bad option raises OptionsError, an EventwireError that is also a ValueError (F7); the fit
treats the kind of set (sentences or snippets) as a nuisance covariate and reports the ranking per kind (F8); the
fit script stops when the coded rows lack their signals (F20)."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import EventwireError, OptionsError
from eventwire.events import confidence as confidence_module
from eventwire.events.confidence import ROOTS, SIGNALS, ConfidenceWeights
from eventwire.options import Options
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
PUBLISHED = "2023-08-14"
ACT = "Uruguay expelled two Paraguayan diplomats on Tuesday over a smuggling affair."


@pytest.fixture(scope="module")
def fit_script():
    path = REPO / "benchmarks" / "fit_confidence.py"
    spec = importlib.util.spec_from_file_location("fit_confidence_under_fix", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _flat_weights(tmp_path: Path, bias: float) -> ConfidenceWeights:
    lines = [f"bias: {bias}", "roots:", *(f'  "{root}": 0.0' for root in ROOTS), "signals:",
             *(f"  {name}: 0.0" for name in sorted(SIGNALS))]
    path = tmp_path / "flat.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ConfidenceWeights.load(path)


def test_the_coder_scores_with_the_weights_it_was_given(pipeline, tmp_path):
    coder = copy.copy(next(s for s in pipeline.stages if s.name == "events").coder)
    assert isinstance(coder.confidence, ConfidenceWeights)
    coder.confidence = _flat_weights(tmp_path, 3.0)   # 1 / (1 + exp(-3)) = 0.95 for every lexicon event
    cdoc = next(pipeline.code_documents([Article(id="u", text=ACT, published=PUBLISHED)]))
    expelled = [e for e in coder.code(cdoc) if e.root == "16"]
    assert expelled and all(e.confidence == 0.95 for e in expelled)


def test_the_weights_are_no_process_wide_cache():
    assert not hasattr(confidence_module, "confidence_weights")


def test_a_bad_option_is_an_eventwire_error_and_a_value_error():
    with pytest.raises(OptionsError, match="min_confidence") as caught:
        Options(min_confidence=2)
    assert isinstance(caught.value, EventwireError) and isinstance(caught.value, ValueError)


def _row(which: str, signals: list[str], correct: bool) -> dict:
    return {"set": "x", "which": which, "item": "1", "root": "04", "signals": signals, "confidence": 0.5,
            "correct": correct}


def test_a_signal_that_only_marks_the_kind_of_set_gets_no_weight(fit_script):
    # later_sentence holds only in snippets, which are right less often; within snippets it changes nothing
    rows = [_row("sentences", [], k % 10 < 9) for k in range(400)]
    rows += [_row("snippets", ["later_sentence"] if k % 2 else [], (k // 2) % 10 < 6) for k in range(400)]
    bias, weights = fit_script.fit(rows, 5.0)
    assert abs(weights[fit_script.FEATURES.index("later_sentence")]) < 0.05


def test_the_report_and_the_weights_file_tell_the_ranking_per_kind(fit_script):
    rows = [_row(which, ["no_target"] if k % 3 == 0 else [], k % 3 != 0 or k % 7 == 0)
            for which in ("sentences", "snippets") for k in range(60)]
    rows = [{**r, "set": s} for s in ("d", "e") for r in rows]
    report = fit_script.leave_one_set_out(rows, 5.0)
    assert [line.split()[1] for line in report if line.startswith("kind ")] == ["sentences", "snippets"]
    text = fit_script.weights_file(1.0, np.zeros(len(fit_script.FEATURES)), len(rows), ["d", "e"], 5.0, report)
    assert "by kind, sentences (" in text and "nuisance" in text


def test_the_fit_script_stops_when_the_rows_lack_their_signals(fit_script, tmp_path, capsys):
    rows = [{**_row("sentences", [], True), "signals": None} for _ in range(9)] + [_row("sentences", [], False)]
    with pytest.raises(ValueError, match="signals"):
        fit_script.checked_scored(rows)
    events = tmp_path / "rows.jsonl"
    events.write_text("".join(f'{{"set": "d", "which": "sentences", "item": "{k}", "root": "04", "signals": null, '
                              f'"confidence": 0.5, "correct": true}}\n' for k in range(5)), encoding="utf-8")
    assert fit_script.main(["--sets", "d", "--events", str(events)]) == 1
    assert "signals" in capsys.readouterr().err
