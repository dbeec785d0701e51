import json

from click.testing import CliRunner

from eventwire.cli import main


def test_bench_reports_throughput_ratio_and_stage_costs():
    result = CliRunner().invoke(main, ["bench", "--articles", "10", "--workers", "1", "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 10 and report["sentences"] > 10
    [run] = report["runs"]
    assert run["workers"] == 1 and run["articles"] == 10 and run["sentences_per_s"] > 0
    assert report["ratio_to_spacy"] > 0
    assert {"nlp", "clean", "store", "sign"} <= set(report["stage_ms_per_article"])
    assert report["projection_1m_articles_64_cores_hours"] > 0
