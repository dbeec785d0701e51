"""Shared parts of the event quality gates: the real-news dev-set loader, coding and scoring a gold set,
and the checks of a measured score against its pinned floors."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from eventwire.events.evaluation import score
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
SNIPPET_SENTENCE_END = re.compile(r"[.!?][\"”’']*(?:\s|$)")


def realnews_loader():
    """benchmarks/devsets/realnews_events.py as a module (the benchmarks folder is no package)."""
    name = "realnews_events_devset"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / "devsets" / "realnews_events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def realnews_gold(dev_set: str) -> dict[str, list[dict]]:
    """Set ``dev_set`` ('a' or 'b') of the real-news dev data: {'sentences': [...], 'snippets': [...]}."""
    loader = realnews_loader()
    sources = loader.Sources(SHARED)
    return {name: loader.load_gold(name, loader.ANNOTATION_SETS[dev_set], sources) for name in loader.SETS}


def code_and_score(pipeline, gold: list[dict]):
    """Code every gold text with ``pipeline`` and score its events against ``gold``."""
    articles = [Article(id=g["id"], text=g["text"], published=g["published"]) for g in gold]
    records = [r for coded in pipeline.code_articles(articles) for r in coded.records("events")]
    return score(gold, records)


def snippet_sentence_count(text: str) -> int:
    return len(SNIPPET_SENTENCE_END.findall(text))


def assert_root_dyad_floors(name: str, gold: list[dict], scores, floors: dict[str, float]) -> None:
    """Root+dyad precision and recall of ``scores`` are at least ``floors``; every gold event was counted."""
    rd = scores.levels["root+dyad"]
    assert rd.n_gold == sum(len(g["events"]) for g in gold)
    assert rd.p >= floors["precision"], f"{name}: root+dyad precision {rd.p:.3f} < {floors['precision']}"
    assert rd.r >= floors["recall"], f"{name}: root+dyad recall {rd.r:.3f} < {floors['recall']}"


def assert_no_event_floor(name: str, scores, floors: dict[str, float]) -> None:
    """The share of gold texts without events left uncoded is at least the floor."""
    acc = scores.no_event_accuracy
    assert acc is not None and acc >= floors["no_event_accuracy"], f"{name}: no-event accuracy {acc}"
