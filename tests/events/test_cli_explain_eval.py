"""The thin CLI commands over the coder: `eventwire explain` and `eventwire eval`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main


def test_explain_shows_parse_actors_patterns_and_events():
    result = CliRunner().invoke(main, ["explain", "Japan agreed to meet China."])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "parse:" in out and "xcomp" in out
    assert "sentence 0: Japan agreed to meet China." in out
    assert "'Japan' -> JPN" in out and "'China' -> CHN" in out
    assert "* verbs/03.yaml#intent_meet" in out            # the winning pattern
    assert "used by verbs/03.yaml#intent_meet" in out      # why "meet" did not code on its own
    assert "=> 036 JPN -> CHN modality=asserted" in out
    assert "(source JPN: subject; target CHN: object of 'meet')" in out   # how each actor was found


def test_explain_shows_a_target_found_by_the_target_policy():
    result = CliRunner().invoke(main, ["explain", "--no-parse", "Israeli warplanes struck targets in Rafah on Tuesday."])
    assert result.exit_code == 0, result.output
    assert "target PSE: place 'in Rafah'" in result.output


def test_eval_scores_a_system_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "x", "events": [
        {"source": "USAGOV", "target": "RUSGOV", "cameo": "041"}]}) + "\n", encoding="utf-8")
    system = tmp_path / "sys.jsonl"
    system.write_text(json.dumps({"article_id": "g1", "cameo": "040", "modality": "asserted",
                                  "source": {"code": "USA"}, "target": {"code": "RUSMIL"}}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["levels"]["root+dyad"]["tp"] == 1 and scores["levels"]["code+dyad"]["tp"] == 0


def test_eval_codes_the_gold_texts_itself(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Japan will visit China next week.", "events": [
        {"source": "JPN", "target": "CHN", "cameo": "036"}]}) + "\n", encoding="utf-8")
    saved = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["eval", str(gold), "--save", str(saved)])
    assert result.exit_code == 0, result.output
    assert "events root+dyad F1 1.000" in result.output.splitlines()[-1]
    assert json.loads(saved.read_text().splitlines()[0])["cameo"] == "036"
