"""Session 15 (confidence): the event confidence is a logistic score of signals the coder knows
(events/confidence.py, weights in data/cameo/confidence.yaml); it ranks an act told as done above the same act
announced, a main-clause act above the same act in an adverbial clause, a targeted act above an untargeted
statement; ``Options.min_confidence`` (CLI ``--min-confidence``) drops the events below a floor and is validated."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main as cli
from eventwire.dictionaries.files import data_path
from eventwire.errors import DictionaryError
from eventwire.events.confidence import ROOTS, SIGNALS, ConfidenceWeights
from eventwire.options import Options
from eventwire.pipeline import Pipeline

PUBLISHED = "2021-03-01"
DONE = "The Bolivian government expelled the Peruvian ambassador on Monday."
ANNOUNCED = "The Bolivian government announced on Monday that it will expel the Peruvian ambassador."


def _events(pipeline: Pipeline, text: str) -> list:
    return pipeline.code_text(text, published=PUBLISHED).events


def _only(pipeline: Pipeline, text: str, cameo_root: str):
    found = [e for e in _events(pipeline, text) if e.root == cameo_root]
    assert len(found) == 1, [(e.cameo, e.confidence) for e in found]
    return found[0]


def test_an_act_done_ranks_above_the_same_act_announced(pipeline):
    done = _only(pipeline, DONE, "16")
    announced = _only(pipeline, ANNOUNCED, "16")
    assert (done.source.code, done.target.code) == (announced.source.code, announced.target.code)
    assert done.confidence > announced.confidence


def test_a_main_clause_act_ranks_above_the_same_act_in_an_adverbial_clause(pipeline):
    main = _only(pipeline, "Ghana's foreign ministry condemned Togo over the border closure on Wednesday.", "11")
    adverbial = _only(pipeline, "As Ghana's foreign ministry condemned Togo, hundreds of traders gathered in Accra.",
                      "11")
    assert main.target.code == adverbial.target.code == "TGO"
    assert main.confidence > adverbial.confidence


def test_an_untargeted_statement_ranks_below_a_targeted_act(pipeline):
    untargeted = _only(pipeline, "Nepal's prime minister declined to comment on the report on Thursday.", "01")
    assert untargeted.target is None
    assert untargeted.confidence < _only(pipeline, DONE, "16").confidence


def test_the_score_follows_the_weights_file(tmp_path: Path):
    # weights of a file of our own, so a refit of the packaged file (which may change signs) does not matter
    signals = {**dict.fromkeys(sorted(SIGNALS), 0.0), "no_target": -1.5, "in_adverbial_clause": -0.5}
    path = _write_weights(tmp_path / "w.yaml", {**dict.fromkeys(ROOTS, 0.0), "04": 0.5}, signals)
    weights = ConfidenceWeights.load(path)
    assert weights.score("16", set()) == 0.73          # 1 / (1 + exp(-1.0))
    assert weights.score("16", set()) > weights.score("16", {"no_target"}) > \
        weights.score("16", {"no_target", "in_adverbial_clause"}) == 0.27
    assert weights.score("04", set()) == 0.82 and weights.score("04", set(SIGNALS)) == 0.38


def test_min_confidence_drops_the_events_below_the_floor_and_keeps_the_others(pipeline):
    text = f"{DONE} Two days later, La Paz said it will also expel the Chilean consul."
    every = pipeline.code_text(text, published=PUBLISHED).events
    by_target = {e.target.code[:3]: e.confidence for e in every if e.root == "16"}
    assert set(by_target) == {"PER", "CHL"} and by_target["PER"] > by_target["CHL"]
    floor = (by_target["PER"] + by_target["CHL"]) / 2
    kept = Pipeline(Options(min_confidence=floor)).code_text(text, published=PUBLISHED).events
    assert [e.target.code[:3] for e in kept if e.root == "16"] == ["PER"]
    assert all(e.confidence >= floor for e in kept)


@pytest.mark.parametrize("bad", [-0.1, 1.5, True, "0.5", None])
def test_options_refuse_a_min_confidence_outside_zero_to_one(bad):
    with pytest.raises(ValueError, match="min_confidence"):
        Options(min_confidence=bad)


def test_options_keep_every_event_by_default_and_accept_a_floor():
    assert Options().min_confidence == 0.0
    assert Options().with_(min_confidence=0.6).min_confidence == 0.6


def test_the_cli_refuses_a_floor_above_one(tmp_path: Path):
    text = tmp_path / "story.txt"
    text.write_text(DONE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(text), "--min-confidence", "1.5"])
    assert result.exit_code == 2
    assert "--min-confidence" in result.output


def _write_weights(path: Path, roots: dict[str, float], signals: dict[str, float], extra: str = "") -> Path:
    lines = ["bias: 1.0", "roots:"] + [f'  "{k}": {v}' for k, v in roots.items()]
    lines += ["signals:"] + [f"  {k}: {v}" for k, v in signals.items()]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def test_the_packaged_weights_file_loads():
    weights = ConfidenceWeights.load(data_path("cameo", "confidence.yaml"))
    assert set(weights.roots) == set(ROOTS) and set(weights.signals) == SIGNALS


def test_a_weights_file_missing_a_signal_names_it(tmp_path: Path):
    signals = {name: -0.1 for name in sorted(SIGNALS) if name != "no_target"}
    path = _write_weights(tmp_path / "w.yaml", dict.fromkeys(ROOTS, 0.0), signals)
    with pytest.raises(DictionaryError, match="no_target"):
        ConfidenceWeights.load(path)


def test_a_weights_file_with_an_unknown_signal_or_a_word_for_a_weight_is_refused(tmp_path: Path):
    signals = dict.fromkeys(sorted(SIGNALS), -0.1)
    path = _write_weights(tmp_path / "w.yaml", dict.fromkeys(ROOTS, 0.0), {**signals, "sunny_weather": 0.3})
    with pytest.raises(DictionaryError, match="sunny_weather"):
        ConfidenceWeights.load(path)
    path = _write_weights(tmp_path / "w2.yaml", {**dict.fromkeys(ROOTS, 0.0), "07": "high"}, signals)
    with pytest.raises(DictionaryError, match="roots.07"):
        ConfidenceWeights.load(path)
    path = _write_weights(tmp_path / "w3.yaml", dict.fromkeys(ROOTS, 0.0), signals, extra="cutoff: 0.5\n")
    with pytest.raises(DictionaryError, match="cutoff"):
        ConfidenceWeights.load(path)
