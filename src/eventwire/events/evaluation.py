"""Score Event records against gold events (the definitions of the team's event scorer).

Gold items: ``{"id", "text", "events": [{"source", "target"|null, "cameo"}], "category"?}``.
Levels: **root+dyad** (same 2-digit root; source and target countries equal, a country being
the first three letters of the actor code, null only matching null), **code+dyad** (the system
code starts with the gold code; countries equal) and **full** (same code rule; actor codes
identical). Matching is one-to-one per item and maximal. Negated system events are left out
unless ``include_negated``. Scores are micro-averaged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

LEVELS = ("root+dyad", "code+dyad", "full")
Ev = tuple[str, str | None, str | None]   # (cameo, source code, target code); "" = uncoded actor


def _country(code: str | None) -> str | None:
    return None if code is None else code[:3]


def agrees(level: str, gold: Ev, system: Ev) -> bool:
    dyad = _country(gold[1]) == _country(system[1]) and _country(gold[2]) == _country(system[2]) \
        and system[1] != "" and system[2] != ""
    if level == "root+dyad":
        return gold[0][:2] == system[0][:2] and dyad
    if level == "code+dyad":
        return system[0].startswith(gold[0]) and dyad
    return system[0].startswith(gold[0]) and gold[1] == system[1] and gold[2] == system[2]


def max_matching(n_gold: int, n_sys: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (greedy start, then Kuhn's augmenting paths); deterministic."""
    cand = {i: [j for j in range(n_sys) if ok(i, j)] for i in range(n_gold)}
    g2s: dict[int, int] = {}
    s2g: dict[int, int] = {}
    for i in range(n_gold):
        for j in cand[i]:
            if j not in s2g:
                g2s[i], s2g[j] = j, i
                break

    def augment(i: int, seen: set[int]) -> bool:
        for j in cand[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in s2g or augment(s2g[j], seen):
                g2s[i], s2g[j] = j, i
                return True
        return False

    for i in range(n_gold):
        if i not in g2s:
            augment(i, set())
    return g2s


@dataclass
class PRF:
    tp: int = 0
    n_sys: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_sys if self.n_sys else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, tp: int, n_sys: int, n_gold: int) -> None:
        self.tp += tp
        self.n_sys += n_sys
        self.n_gold += n_gold

    def as_dict(self) -> dict[str, float | int]:
        return {"p": self.p, "r": self.r, "f1": self.f1, "tp": self.tp, "n_sys": self.n_sys, "n_gold": self.n_gold}


@dataclass
class Scores:
    levels: dict[str, PRF] = field(default_factory=lambda: {lv: PRF() for lv in LEVELS})
    by_root: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))   # root+dyad per CAMEO root
    by_category: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    no_event_items: int = 0
    no_event_correct: int = 0
    negated_ignored: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)   # per item: missed and spurious events

    @property
    def no_event_accuracy(self) -> float | None:
        return self.no_event_correct / self.no_event_items if self.no_event_items else None

    def as_dict(self) -> dict[str, Any]:
        return {"levels": {k: v.as_dict() for k, v in self.levels.items()},
                "by_root": {k: v.as_dict() for k, v in sorted(self.by_root.items())},
                "by_category": {k: v.as_dict() for k, v in sorted(self.by_category.items())},
                "no_event_accuracy": self.no_event_accuracy, "no_event_items": self.no_event_items,
                "negated_ignored": self.negated_ignored}


def gold_events(item: dict[str, Any]) -> list[Ev]:
    return [(e["cameo"], e["source"], e.get("target")) for e in item.get("events", [])]


def system_event(record: dict[str, Any]) -> tuple[Ev, str | None]:
    def code(actor: Any) -> str | None:
        if actor is None or isinstance(actor, str):
            return actor
        return actor.get("code") or ""
    return (record["cameo"], code(record.get("source")), code(record.get("target"))), record.get("modality")


def score(gold: Iterable[dict[str, Any]], system: Iterable[dict[str, Any]], *, include_negated: bool = False) -> Scores:
    """Score system Event records (dicts) against gold items (dicts), paired by article_id == id."""
    by_id: dict[str, list[tuple[Ev, str | None]]] = defaultdict(list)
    for rec in system:
        if "cameo" in rec:
            by_id[str(rec.get("article_id"))].append(system_event(rec))
    out = Scores()
    for item in gold:
        gev = gold_events(item)
        records = by_id.get(str(item["id"]), [])
        sev = [ev for ev, mod in records if include_negated or mod != "negated"]
        out.negated_ignored += len(records) - len(sev)
        if not gev:
            out.no_event_items += 1
            out.no_event_correct += not sev
        for lv in LEVELS:
            m = max_matching(len(gev), len(sev), lambda i, j, lv=lv: agrees(lv, gev[i], sev[j]))
            out.levels[lv].add(len(m), len(sev), len(gev))
            if lv == "root+dyad":
                out.by_category[str(item.get("category") or "(none)")].add(len(m), len(sev), len(gev))
                for i, ev in enumerate(gev):
                    out.by_root[ev[0][:2]].add(int(i in m), 0, 1)
                for j, ev in enumerate(sev):
                    out.by_root[ev[0][:2]].add(0, 1, 0)
                missed = [gev[i] for i in range(len(gev)) if i not in m]
                spurious = [sev[j] for j in range(len(sev)) if j not in m.values()]
                if missed or spurious:
                    out.errors.append({"id": item["id"], "text": item.get("text", ""), "missed": missed,
                                       "spurious": spurious})
    return out


def score_types(gold: Iterable[dict[str, Any]], system: Iterable[dict[str, Any]], mapping: dict[str, Any], *,
                include_negated: bool = False) -> PRF:
    """Event-type scoring: each text's set of mapped system labels against its gold ``types`` set.

    ``mapping``: CAMEO prefix -> label or list of labels; the longest matching prefix wins.
    """
    def labels(code: str) -> set[str]:
        for n in range(len(code), 1, -1):
            if code[:n] in mapping:
                value = mapping[code[:n]]
                return set(value) if isinstance(value, list) else {value}
        return set()

    by_id: dict[str, set[str]] = defaultdict(set)
    for rec in system:
        if "cameo" in rec and (include_negated or rec.get("modality") != "negated"):
            by_id[str(rec.get("article_id"))] |= labels(rec["cameo"])
    out = PRF()
    for item in gold:
        want = set(item.get("types") or [])
        got = by_id.get(str(item["id"]), set())
        out.add(len(want & got), len(got), len(want))
    return out


def format_scores(scores: Scores, *, per_root: bool = True) -> str:
    """Text tables: the three levels, no-event accuracy and (optionally) the per-root table."""
    lines = [f"{'level':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'n_sys':>6} {'n_gold':>6}"]
    for lv, s in scores.levels.items():
        lines.append(f"{lv:10} {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f} {s.tp:5d} {s.n_sys:6d} {s.n_gold:6d}")
    acc = scores.no_event_accuracy
    lines.append(f"no-event accuracy {'n/a' if acc is None else f'{acc:.3f}'} "
                 f"({scores.no_event_correct}/{scores.no_event_items} items without gold events)")
    if per_root:
        lines.append(f"{'root (root+dyad)':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'n_sys':>6} {'n_gold':>6}")
        for root, s in sorted(scores.by_root.items()):
            lines.append(f"{root:16} {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f} {s.tp:5d} {s.n_sys:6d} {s.n_gold:6d}")
    rd = scores.levels["root+dyad"]
    lines.append(f"events root+dyad F1 {rd.f1:.3f} (P {rd.p:.3f} R {rd.r:.3f}, n_gold {rd.n_gold})")
    return "\n".join(lines)


__all__ = ["LEVELS", "PRF", "Scores", "agrees", "max_matching", "score", "score_types", "format_scores"]
