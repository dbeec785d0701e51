"""Fit the weights of the event confidence (events/confidence.py, data/cameo/confidence.yaml) on the tuning sets.

usage: PYTHONPATH=src python benchmarks/fit_confidence.py [--sets team,d,...,ra,rc] [--l2 5] [--events FILE]
                                                          [--write [--head REV]]

What it does:
1. codes every item of the tuning sets (the newswire sets of score_newswire.ALL_SETS but its HELD_OUT_SETS, sentences
   and snippets; real-news A and C as ``ra``, ``rc``) with the default pipeline and keeps, per event record the
   verb/noun lexicon emitted, its CAMEO root, the confidence signals that held for it (``events/emit.py`` notes them
   on the trigger's trace: the script reads them there, so it fits exactly the signals the coder scores) and whether
   it is right: root and dyad agree with a gold event of its item (one-to-one matching of ``events/evaluation.py``,
   as ``score_newswire.py`` counts). Negated records are left out, as the scorers do. Events of later stages
   (evaluations, withheld comments, reported appeals) keep their fixed confidence and are not fitted. ``--events
   FILE`` keeps these rows (JSON lines; no item text) and reads them back on the next run instead of coding again.
   The script stops when fewer than 90% of the rows carry their signals (the trace was not read: a change of how
   the coder calls ``emit.events``).
2. fits an L2-regularised logistic regression (``--l2``, lambda 5 by default; the root of the code and each signal is
   a 0/1 feature; the kind of the set, sentences or snippets, is an unpenalised nuisance covariate that the
   weights file leaves out; batch gradient descent, 3000 steps of 0.5 from the log-odds of the base rate, numpy)
   and prints the leave-one-set-out report: per set left out, average precision and AUC of the confidence the
   events carry now (the weights in the package) against a fit on the other sets, then pooled over the sets left
   out with the precision by decile of the refitted confidence, and pooled per kind of set (the ranking within
   sentences and within snippets, the level of a kind aside). The weights in the package were fitted on every set,
   the left-out fit never sees its set: the pooled figures are the honest ones for new text.
3. with ``--write``: writes the weights fitted on every set to src/eventwire/data/cameo/confidence.yaml (rounded to
   two decimals, with the header telling the HEAD, the sets, the number of events and the pooled report). Run on a
   clean copy of HEAD (rules of a session: ``git archive HEAD``), then copy the one file over.

The held-out sets are refused: the held-out newswire sets (score_newswire.HELD_OUT_SETS) and real-news B; the script
never reads them. The newswire sets it fits are read from score_newswire (ALL_SETS minus HELD_OUT_SETS), so a set that
becomes a tuning set, or is held out, needs no edit here. Reproducing: on the HEAD that wrote the file, ``--write``
gives the same file (the fit is deterministic); a change of the coder since then changes the signals and so the
weights a little.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.events import emit
from eventwire.events.confidence import ROOTS, SIGNALS
from eventwire.events.evaluation import agrees, gold_events, max_matching, system_event
from eventwire.options import Options
from eventwire.pipeline import Pipeline
from eventwire.records import Article

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WEIGHTS_FILE = REPO / "src" / "eventwire" / "data" / "cameo" / "confidence.yaml"
REALNEWS_SETS = {"ra": "a", "rc": "c"}            # --sets name -> realnews_events.py --set
HELD_OUT_REALNEWS = frozenset({"rb", "b"})
STEPS, STEP_SIZE = 3000, 0.5
FEATURES = (*(f"root_{root}" for root in ROOTS), *sorted(SIGNALS))
# one line of the file's documentation per signal (the weights file says what each signal is)
SIGNAL_DOCS = {
    "no_target": "the event has no target actor (a statement, or a target the parse did not give)",
    "future_or_intent": "modality future or hypothetical, or an intent governor ('agreed to', 'plans to')",
    "in_adverbial_clause": "the trigger sits in an adverbial clause ('as', 'when', 'after' ... clauses)",
    "source_passive_agent": "the source is the 'by' agent of a passive",
    "low_priority": "the pattern's priority is 0 or 1 (a general fallback reading)",
    "source_relative_head": "the source is the head of a relative clause or an actor modifier",
    "in_relative_clause": "the trigger sits in a relative clause or a clause modifying a noun",
    "target_civilians": "the target is civilians (CVL)",
    "later_sentence": "the third or a later sentence of the text",
    "deep_clause": "two or more clause links between the trigger and its sentence's root",
    "source_shared_subject": "the source is borrowed from another clause (shared subject, main clause, controller)",
    "source_via": "the source was found through another phrase ('via')",
    "noun_trigger": "the trigger is an event noun, not a verb",
    "target_pronoun": "the target is a pronoun",
    "source_possessive": "the source is a possessive owner ('Russia's annexation')",
    "target_via": "the target was found through another phrase ('via')",
    "target_owner": "the target is the owner of a thing acted on ('rejected an Israeli proposal')",
    "source_civilians": "the source is civilians (CVL)",
    "source_pronoun": "the source is a pronoun",
    "in_reported_clause": "the trigger sits in a reported clause (a complement clause: 'said that ...')",
    "trigger_conjunct": "the trigger verb is joined to another by coordination",
    "target_antecedent": "the target is the doer of an act told before, which the trigger answers",
    "code_changed": "the code differs from the pattern's (fighting, assassination, content codes)",
    "target_policy": "the target comes from the target policy (data/cameo/targets.yaml)",
    "specific_pattern": "the pattern has two or more constraints (objects, prepositions, complement ...)",
    "symmetric": "a symmetric pattern ('X and Y met': both directions coded)",
}


def _module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def newswire_tuning_sets() -> tuple[str, ...]:
    """The newswire tuning sets: score_newswire's sets but the ones it holds out this session."""
    newswire = _module("score_newswire", HERE / "score_newswire.py")
    return tuple(name for name in newswire.ALL_SETS if name not in newswire.HELD_OUT_SETS)


NEWSWIRE_SETS = newswire_tuning_sets()
DEFAULT_SETS = (*NEWSWIRE_SETS, *REALNEWS_SETS)


def checked_sets(names: list[str]) -> list[str]:
    """The ``--sets`` asked for, refusing the held-out sets and unknown names (ValueError)."""
    held_out = _module("score_newswire", HERE / "score_newswire.py").HELD_OUT_SETS
    for name in names:
        if name in held_out or name in HELD_OUT_REALNEWS:
            raise ValueError(f"{name!r} is a held-out set: the confidence is fitted on tuning sets only")
        if name not in DEFAULT_SETS:
            raise ValueError(f"unknown set {name!r} (one of {', '.join(DEFAULT_SETS)})")
    return names


def gold_of(name: str) -> dict[str, list[dict]]:
    """The gold items of tuning set ``name``, per kind (sentences, snippets)."""
    if name in REALNEWS_SETS:
        realnews = _module("realnews_events", HERE / "devsets" / "realnews_events.py")
        annotations = realnews.ANNOTATION_SETS[REALNEWS_SETS[name]]
        sources = realnews.Sources()
        return {which: realnews.load_gold(which, annotations, sources) for which in ("sentences", "snippets")}
    newswire = _module("score_newswire", HERE / "score_newswire.py")
    return {which: newswire.read_gold(path) for which, path in newswire.ALL_SETS[name].items()}


@contextmanager
def noted_signals() -> Iterator[dict[str, frozenset[str]]]:
    """While open, the signals of every event the lexicon emits, by event id (read off the trigger's trace)."""
    noted: dict[str, frozenset[str]] = {}
    lexicon_events = emit.events

    def noting(cdoc, sent, index, f, *rest):
        out = lexicon_events(cdoc, sent, index, f, *rest)
        noted.update(f.trace.signals)
        return out

    emit.events = noting
    try:
        yield noted
    finally:
        emit.events = lexicon_events


def code_set(pipeline: Pipeline, name: str) -> list[dict]:
    """One row per non-negated event record of set ``name``: set, item, root, signals (None: not scored from
    signals), the confidence it carries, correct (root and dyad agree with gold)."""
    rows: list[dict] = []
    for which, gold in gold_of(name).items():
        articles = [Article(id=str(g["id"]), text=g["text"], published=g.get("published")) for g in gold]
        with noted_signals() as noted:
            records = [r for coded in pipeline.code_articles(articles) for r in coded.records("events")]
        by_item: dict[str, list[dict]] = {}
        for record in records:
            by_item.setdefault(str(record["article_id"]), []).append(record)
        for item in gold:
            wanted = gold_events(item)
            found = [r for r in by_item.get(str(item["id"]), []) if r.get("modality") != "negated"]
            told = [system_event(r)[0] for r in found]
            matched = max_matching(len(wanted), len(told), lambda i, j: agrees("root+dyad", wanted[i], told[j]))
            right = set(matched.values())
            for j, record in enumerate(found):
                held = noted.get(record["id"])
                rows.append({"set": name, "which": which, "item": str(item["id"]), "root": record["cameo"][:2],
                             "signals": sorted(held) if held is not None else None,
                             "confidence": record["confidence"], "correct": j in right})
        print(f"{name} {which}: {len(gold)} items, {len(records)} events", file=sys.stderr, flush=True)
    return rows


def features(row: dict) -> np.ndarray:
    x = np.zeros(len(FEATURES))
    for name in [f"root_{row['root']}", *row["signals"]]:
        x[FEATURES.index(name)] = 1.0
    return x


def fit(rows: list[dict], l2: float) -> tuple[float, np.ndarray]:
    """Bias and weights of an L2-regularised logistic regression of ``correct`` on the 0/1 features, with the kind
    of the row's set (snippets, several sentences, against single sentences) as a nuisance covariate: unpenalised,
    fitted but not used at prediction, so the precision gap between the kinds of dev set is not learnt by signals
    that go with the kind (``later_sentence`` holds only in snippets). The bias returned is at the rows' mix of
    kinds (the fitted bias plus the kind's weight times the share of snippet rows)."""
    x = np.array([features(r) for r in rows])
    y = np.array([r["correct"] for r in rows], dtype=float)
    snippet = np.array([r["which"] == "snippets" for r in rows], dtype=float)
    n = len(y)
    bias = math.log(y.mean() / (1 - y.mean()))
    snippet_weight = 0.0
    weights = np.zeros(len(FEATURES))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ weights + bias + snippet_weight * snippet)))
        gradient = x.T @ (p - y) / n + l2 * weights / n
        weights -= STEP_SIZE * gradient
        bias -= STEP_SIZE * (p - y).mean()
        snippet_weight -= STEP_SIZE * ((p - y) * snippet).mean()
    return float(bias + snippet_weight * snippet.mean()), weights


def checked_scored(rows: list[dict], least: float = 0.9) -> list[dict]:
    """The rows scored from signals; a ValueError when fewer than ``least`` of the rows are (the signals were not
    collected: a fit on them would fit nothing)."""
    scored = [r for r in rows if r["signals"] is not None]
    if len(scored) < least * len(rows):
        raise ValueError(f"only {len(scored)} of {len(rows)} events carry their signals: the trace was not read")
    return scored


def predicted(bias: float, weights: np.ndarray, row: dict) -> float:
    if row["signals"] is None:
        return row["confidence"]
    return 1 / (1 + math.exp(-(bias + features(row) @ weights)))


def average_precision(scores: list[float], labels: list[int]) -> float:
    """Average precision with ties taken together."""
    ranked = sorted(zip(scores, labels), key=lambda pair: -pair[0])
    positives = sum(labels) or 1
    total = recall_before = 0.0
    hits = i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        hits += sum(label for _, label in ranked[i:j])
        total += hits / j * (hits / positives - recall_before)
        recall_before = hits / positives
        i = j
    return total


def auc(scores: list[float], labels: list[int]) -> float:
    s = np.array(scores)
    is_right = np.array(labels, dtype=bool)
    right, wrong = s[is_right], s[~is_right]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / len(right) / len(wrong))


def deciles(scores: list[float], labels: list[int]) -> list[float]:
    """Precision in each tenth of the events ranked by score, lowest first."""
    ranked = [label for _, label in sorted(zip(scores, labels), key=lambda pair: pair[0])]
    cuts = [round(len(ranked) * k / 10) for k in range(11)]
    return [sum(ranked[a:b]) / max(1, b - a) for a, b in zip(cuts, cuts[1:])]


def leave_one_set_out(rows: list[dict], l2: float) -> list[str]:
    """The report lines: per set left out and pooled, AP and AUC of the confidence now against a refit."""
    lines = ["AP, AUC: of the confidence the events carry now (package weights, fitted on every set) | of a refit",
             "without the set left out", "set     events  AP now  AP refit  AUC now  AUC refit"]
    pooled_now: list[float] = []
    pooled_refit: list[float] = []
    pooled_labels: list[int] = []
    pooled_kinds: list[str] = []
    for left_out in sorted({r["set"] for r in rows}):
        bias, weights = fit(checked_scored([r for r in rows if r["set"] != left_out]), l2)
        test = [r for r in rows if r["set"] == left_out]
        labels = [int(r["correct"]) for r in test]
        now = [r["confidence"] for r in test]
        refit = [predicted(bias, weights, r) for r in test]
        lines.append(f"{left_out:<7} {len(test):6d}  {average_precision(now, labels):.3f}   "
                     f"{average_precision(refit, labels):.3f}     {auc(now, labels):.3f}    {auc(refit, labels):.3f}")
        pooled_now += now
        pooled_refit += refit
        pooled_labels += labels
        pooled_kinds += [r["which"] for r in test]
    lines.append(f"pooled  {len(pooled_labels):6d}  {average_precision(pooled_now, pooled_labels):.3f}   "
                 f"{average_precision(pooled_refit, pooled_labels):.3f}     {auc(pooled_now, pooled_labels):.3f}    "
                 f"{auc(pooled_refit, pooled_labels):.3f}")
    for kind in ("sentences", "snippets"):   # the ranking within one kind of text (the level of a kind aside)
        now = [score for score, k in zip(pooled_now, pooled_kinds) if k == kind]
        refit = [score for score, k in zip(pooled_refit, pooled_kinds) if k == kind]
        labels = [label for label, k in zip(pooled_labels, pooled_kinds) if k == kind]
        lines.append(f"kind {kind:<9} {len(labels):6d}  {average_precision(now, labels):.3f}   "
                     f"{average_precision(refit, labels):.3f}     {auc(now, labels):.3f}    {auc(refit, labels):.3f}")
    lines.append("precision by decile (low -> high), refit: "
                 + " ".join(f"{p:.2f}" for p in deciles(pooled_refit, pooled_labels)))
    lines.append("precision by decile (low -> high), now:   "
                 + " ".join(f"{p:.2f}" for p in deciles(pooled_now, pooled_labels)))
    return lines


def told_sets(sets: list[str]) -> str:
    """The sets for the file's header, a run of one-letter sets as a range: ``team, D-L, ra, rc``."""
    parts: list[list[str]] = []
    for name in sets:
        if len(name) == 1 and parts and len(parts[-1][-1]) == 1 and ord(name) == ord(parts[-1][-1]) + 1:
            parts[-1].append(name)
        else:
            parts.append([name])
    return ", ".join(run[0] if len(run[0]) > 1 else "-".join(dict.fromkeys((run[0].upper(), run[-1].upper())))
                     for run in parts)


def weights_file(bias: float, weights: np.ndarray, n_events: int, sets: list[str], l2: float,
                 report: list[str], head: str | None = None) -> str:
    """The text of data/cameo/confidence.yaml for the fitted ``bias`` and ``weights``; ``head``: the commit coded
    (default: the checkout's HEAD)."""
    head = head or subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                                  text=True, check=False).stdout.strip() or "(not a git checkout)"
    rounded = {name: round(float(w), 2) + 0.0 for name, w in zip(FEATURES, weights)}
    pooled = next(line for line in report if line.startswith("pooled")).split()
    kinds = [line.split() for line in report if line.startswith("kind ")]
    decile_line = next(line for line in report if "refit:" in line).split("refit:")[1].strip()
    lines = [
        "# Event confidence: a logistic score of what the event coder knows when it emits an event",
        "# (events/confidence.py): confidence = 1 / (1 + exp(-z)), z = bias + roots[root of the code] + the sum of the",
        "# weights of the signals that hold, rounded to two decimals. A weight is a change in the log-odds that the",
        "# event is right (root and dyad agree with gold): a negative weight lowers the confidence.",
        "#",
        f"# Written by benchmarks/fit_confidence.py --write (HEAD {head}) from the {n_events} events the verb/noun",
        f"# lexicon emitted on the tuning sets {told_sets(sets)}:",
        f"# L2-regularised logistic regression (lambda {l2:g}); the kind of set (sentences or snippets) is a nuisance",
        "# covariate of the fit, not used at prediction (the bias is at the tuning sets' mix of kinds).",
        f"# Leaving one set out, pooled over the sets left out: average precision {pooled[3]}, AUC {pooled[5]};",
        "# by kind, " + "; ".join(f"{k[1]} ({k[2]} events) AP {k[4]}, AUC {k[6]}" for k in kinds) + ";",
        f"# precision by decile of the refitted confidence (low -> high) {decile_line}.",
        "# Events of the evaluations, withheld-comments and reported-appeals stages keep their own fixed confidence.",
        "# The loader checks that every root 01-20 and every signal below has a number, and that no other key is",
        "# given. Refit: benchmarks/fit_confidence.py (its docstring tells how).",
        "",
        f"bias: {round(bias, 2) + 0.0}",
        "",
        "# per CAMEO root of the emitted code",
        "roots:",
        *(f'  "{root}": {rounded["root_" + root]}' for root in ROOTS),
        "",
        "signals:",
    ]
    for name in sorted(SIGNALS, key=lambda s: (rounded[s], s)):
        value = str(rounded[name])
        lines.append(f"  {name}: {value}{' ' * max(1, 28 - len(name) - len(value))}# {SIGNAL_DOCS[name]}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS), help="tuning sets, comma-separated")
    ap.add_argument("--l2", type=float, default=5.0, help="L2 penalty (lambda)")
    ap.add_argument("--events", type=Path, help="rows of coded events: read if it exists, else written")
    ap.add_argument("--write", action="store_true", help="write the weights fitted on every set to the package")
    ap.add_argument("--head", help="the commit coded, for the file's header (a git archive copy knows none)")
    args = ap.parse_args(argv)
    try:
        sets = checked_sets([s for s in args.sets.split(",") if s])
    except ValueError as err:
        print(f"fit_confidence: {err}", file=sys.stderr)
        return 2
    if args.events is not None and args.events.exists():
        rows = [json.loads(line) for line in args.events.read_text(encoding="utf-8").splitlines() if line]
        rows = [r for r in rows if r["set"] in sets]
    else:
        pipeline = Pipeline(Options())
        rows = [row for name in sets for row in code_set(pipeline, name)]
        if args.events is not None:
            args.events.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    try:
        scored = checked_scored(rows)
    except ValueError as err:
        print(f"fit_confidence: {err}", file=sys.stderr)
        return 1
    report = leave_one_set_out(rows, args.l2)
    print("\n".join(report))
    bias, weights = fit(scored, args.l2)
    if args.write:
        WEIGHTS_FILE.write_text(weights_file(bias, weights, len(scored), sets, args.l2, report,
                                                 args.head), encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    else:
        print(f"fitted on all {len(scored)} scored events: bias {bias:+.2f}")
        print("\n".join(f"  {name:<24} {w:+.2f}" for name, w in zip(FEATURES, weights)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
