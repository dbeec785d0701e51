"""``eventwire actors lookup`` and ``eventwire actors stats``."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main


def test_lookup_json():
    result = CliRunner().invoke(main, ["actors", "lookup", "Trump", "--date", "2017-01-28", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"text", "name", "code", "country", "sectors", "why"}
    assert (data["code"], data["country"], data["sectors"], data["name"]) == ("USAGOV", "USA", ["GOV"], "Donald Trump")


def test_lookup_phrase_text():
    result = CliRunner().invoke(main, ["actors", "lookup", "a Turkish frigate"])
    assert result.exit_code == 0 and "TURMIL" in result.output and "why:" in result.output


def test_lookup_unknown_and_bad_date():
    runner = CliRunner()
    assert runner.invoke(main, ["actors", "lookup", "a sandwich"]).exit_code == 1
    data = json.loads(runner.invoke(main, ["actors", "lookup", "a sandwich", "--format", "json"]).output)
    assert data["code"] is None and data["country"] is None
    assert runner.invoke(main, ["actors", "lookup", "Trump", "--date", "yesterday"]).exit_code == 2


def test_lookup_with_user_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- name: Jane Wanjiru\n  country: KEN\n  roles:\n"
                    "    - {code: KENLEG, from: 2020-01-01, to: null, title: MP}\n")
    result = CliRunner().invoke(main, ["actors", "lookup", "Jane Wanjiru", "--date", "2021-01-01",
                                       "--actors", str(path), "--format", "json"])
    assert json.loads(result.output)["code"] == "KENLEG"
    path.write_text("- name: Jane Wanjiru\n  country: KENYA\n")
    result = CliRunner().invoke(main, ["actors", "lookup", "Jane Wanjiru", "--actors", str(path)])
    assert result.exit_code == 2 and f"{path}:1" in result.output


def test_stats_json():
    result = CliRunner().invoke(main, ["actors", "stats", "--format", "json"])
    sizes = json.loads(result.output)
    assert sizes["countries"]["entries"] >= 249 and sizes["people"]["entries"] > 0
