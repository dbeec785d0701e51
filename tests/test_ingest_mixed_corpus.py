"""The benchmark corpus generator end to end (small): every document accounted for, reprints clustered."""

import importlib.util
from pathlib import Path

from eventwire.options import Options
from eventwire.runners.local_runner import run_ingest
from eventwire.store import EventStore

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_mixed_corpus_is_fully_accounted_for_and_reprints_cluster(tmp_path, pipeline):
    make_corpus, check_corpus = _load("make_corpus"), _load("check_corpus")
    summary = make_corpus.build(tmp_path / "c", 60, seed=3)
    assert (summary["documents"], summary["reprint"], summary["broken"]) == (60, 12, 1)
    db = tmp_path / "c.duckdb"
    with EventStore(db) as store:
        report = run_ingest([tmp_path / "c" / "docs"], store, Options(batch_size=8), pipeline=pipeline)
    assert report.articles == 60
    result = check_corpus.check(tmp_path / "c", db)
    assert result["accounted_for"] == result["article_rows"] == 60
    assert result["unexpected_status"] == [] and result["missing"] == []
    assert result["reprints_in_story_of_original"] == result["reprints"] == 12
    assert result["distinct_stories_among_originals"] == result["originals"] == 47
    assert result["mentions"] == result["events"]
