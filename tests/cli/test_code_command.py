"""`eventwire code` on good and bad input: every document accounted for, exit code reflects failures."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main


def run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Germany sharply criticised Turkey on Monday over the arrest of journalists.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    bad_utf8 = tmp_path / "bad.txt"
    bad_utf8.write_bytes(b"\xff\xfe\xfa" * 500)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "j1", "text": "France recalled its ambassador from Italy on Friday."}\n'
                      '{"id": "j2", "text": broken\n'
                      '["not", "an", "object"]\n', encoding="utf-8")
    result = run(["code", str(good), str(empty), str(binary), str(bad_utf8), str(corpus), "--what", "articles"])
    assert result.exit_code == 3, result.output
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    by_status = {}
    for a in articles:
        by_status.setdefault(a["status"], []).append(a)
    assert len(articles) == 7
    assert len(by_status["ok"]) == 2
    reasons = " | ".join(a["reason"] for a in articles if a["status"] != "ok")
    assert "empty" in reasons and "binary" in reasons and "invalid UTF-8" in reasons
    assert "line 2: invalid JSON" in reasons and "line 3: not a JSON object" in reasons
    assert "j1" in {a["id"] for a in articles}
    assert "failed" in result.stderr


def test_huge_file_is_skipped_with_reason(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(("The minister said the talks would continue next week. " * 400_000), encoding="utf-8")
    assert big.stat().st_size > 20_000_000
    result = run(["code", str(big), "--what", "articles"])
    article = json.loads(result.stdout.splitlines()[0])
    assert article["status"] == "skipped" and "too large" in article["reason"]
    assert result.exit_code == 0


def test_bad_pubdate_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("France recalled its ambassador from Italy on Friday.")
    result = CliRunner().invoke(main, ["code", str(f), "--pubdate", "2017-02-30"])
    assert result.exit_code == 2 and "not a date" in result.output
