"""Session 15 (confidence, round 2): the confidence is explainable and its fit reproducible. The coder notes on the
trigger's trace the signals that held for each event it emits (what ``benchmarks/fit_confidence.py`` fits and
``eventwire explain`` prints with their weights); the fit script refuses the held-out sets and writes a weights
file the loader accepts."""

from __future__ import annotations

import importlib.util
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from eventwire.cli import main as cli
from eventwire.events.confidence import ROOTS, SIGNALS, ConfidenceWeights
from eventwire.events.explain import explain
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
PUBLISHED = "2022-05-10"
# an untargeted comment (no target) and an act between two countries, in a clause of its own
UNTARGETED = "The Chilean interior minister refused to comment on the strike by dock workers."
TARGETED = "Kenya recalled its ambassador from Tanzania after a quarrel over fishing rights."


@pytest.fixture(scope="module")
def fit_script():
    path = REPO / "benchmarks" / "fit_confidence.py"
    spec = importlib.util.spec_from_file_location("fit_confidence_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _coder(pipeline: Pipeline):
    return next(s for s in pipeline.stages if s.name == "events").coder


def _traced(pipeline: Pipeline, text: str) -> list:
    article = Article(id="t", text=text, published=PUBLISHED)
    cdoc = next(pipeline.code_documents([article]))
    trace: list = []
    _coder(pipeline).code(cdoc, trace)
    return [tt for st in trace for tt in st.triggers]


@pytest.mark.parametrize("text", [UNTARGETED, TARGETED])
def test_the_trace_holds_the_signals_each_event_was_scored_on(pipeline, text):
    triggers = [tt for tt in _traced(pipeline, text) if tt.events]
    assert triggers
    weights = _coder(pipeline).confidence
    for tt in triggers:
        for ev in tt.events:
            held = tt.signals[ev.id]
            assert held <= SIGNALS
            assert ev.confidence == weights.score(ev.root, held)
            assert ("no_target" in held) == (ev.target is None)


def test_explain_prints_the_weights_that_made_each_confidence(pipeline):
    runner = CliRunner()
    result = runner.invoke(cli, ["explain", "--no-parse", "--pubdate", PUBLISHED, UNTARGETED])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if line.strip().startswith("confidence ")]
    assert lines, result.output
    weights = _coder(pipeline).confidence
    for line in lines:
        shown, told = re.match(r"confidence ([0-9.]+): (.*?)(?: \(no signal held\))?$", line).groups()
        terms = dict(re.match(r"(.+) ([+-][0-9.]+)$", term).groups() for term in told.split(", "))
        assert float(terms.pop("bias")) == pytest.approx(weights.bias, abs=0.005)
        root = next(name for name in terms if name.startswith("root "))
        signals = set(terms) - {root}
        assert signals <= SIGNALS
        z = sum(float(w) for w in terms.values()) + weights.bias
        assert float(shown) == pytest.approx(1 / (1 + math.exp(-z)), abs=0.006)
    assert any("no_target" in line for line in lines)


def test_explain_says_which_events_keep_a_fixed_confidence(pipeline):
    from eventwire.events.explain_confidence import confidence_line
    from eventwire.events.fired import TriggerTrace

    triggers = [tt for tt in _traced(pipeline, TARGETED) if tt.events]
    ev = triggers[0].events[0]
    bare = TriggerTrace(triggers[0].token, [])
    weights = _coder(pipeline).confidence
    assert "fixed confidence" in confidence_line(bare, ev, weights)
    assert confidence_line(triggers[0], ev, weights).startswith(f"confidence {ev.confidence}: bias ")


@pytest.mark.parametrize("held_out", ["n", "o", "rb", "b"])
def test_the_fit_script_refuses_held_out_sets(fit_script, held_out, capsys):
    with pytest.raises(ValueError, match="held-out"):
        fit_script.checked_sets(["team", held_out])
    assert fit_script.main(["--sets", f"d,{held_out}"]) == 2
    assert "held-out" in capsys.readouterr().err


def test_the_fit_script_takes_the_tuning_sets_and_refuses_unknown_names(fit_script):
    assert fit_script.checked_sets(list(fit_script.DEFAULT_SETS)) == list(fit_script.DEFAULT_SETS)
    with pytest.raises(ValueError, match="unknown set"):
        fit_script.checked_sets(["zz"])


def test_the_fit_script_writes_a_file_the_loader_reads(fit_script, tmp_path):
    weights = np.linspace(-1.0, 1.0, len(fit_script.FEATURES))
    report = ["pooled    10  0.700   0.800     0.600    0.700",
              "precision by decile (low -> high), refit: .11 .22 .33 .44 .55 .66 .77 .88 .99 1.0"]
    path = tmp_path / "confidence.yaml"
    path.write_text(fit_script.weights_file(1.5, weights, 10, ["d", "e"], 5.0, report), encoding="utf-8")
    loaded = ConfidenceWeights.load(path)
    assert loaded.bias == 1.5
    assert set(loaded.roots) == set(ROOTS) and set(loaded.signals) == set(SIGNALS)
    by_name = dict(zip(fit_script.FEATURES, weights))
    assert loaded.roots["01"] == round(by_name["root_01"], 2)
    assert all(loaded.signals[name] == round(by_name[name], 2) + 0.0 for name in SIGNALS)
