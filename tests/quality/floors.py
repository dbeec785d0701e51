"""Shared checks of the event quality gates: a measured score against its pinned floors."""

from __future__ import annotations


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
