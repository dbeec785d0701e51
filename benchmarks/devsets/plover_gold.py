"""Convert the PLOVER gold-standard records (../shared/data/plover-gold) for the event scorers.

Writes to out/ (gitignored):
  plover_types_gold.jsonl   {"id", "text", "types": [PLOVER 2021 label]} (0.5b1 names mapped)
  plover_types_map.json     CAMEO prefix -> PLOVER label, from the packaged code table
  plover_input.jsonl        {"id", "text"} to code with `eventwire code`

and, given a system file, prints a type+dyad check (PLOVER label, source and target country
equal; the gold's actors are countries / IGO / NGO, compared on the first three letters).

    python benchmarks/devsets/plover_gold.py [--system out/plover_system.jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "data" / "plover-gold" / "PLOVER_GSR_CAMEO.txt"
OUT = REPO / "out"
# PLOVER 0.5b1 type names -> PLOVER 2021 names (PLOVER manual; shared/data/plover-gold/SOURCE.md)
RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def load_records(path: Path = SOURCE) -> list[dict]:
    """The coded records; a repeated id gets a suffix (-2, -3 ...) so that every id is unique."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out, seen = [], {}
    for r in data:
        if isinstance(r, dict) and r.get("text") and r.get("event"):
            n = seen[r["id"]] = seen.get(r["id"], 0) + 1
            out.append({**r, "id": r["id"] if n == 1 else f"{r['id']}-{n}"})
    return out


# Old CAMEO country codes in the gold records -> ISO alpha-3
LEGACY = {"JAP": "JPN", "UAR": "EGY", "ROM": "ROU"}


def _codes(actors) -> list[str | None]:
    """Country blocks of a record's source or target list (entries are objects or bare codes)."""
    out = []
    for a in actors if isinstance(actors, list) else [actors] if actors else []:
        code = a.get("code") if isinstance(a, dict) else a
        if isinstance(code, str) and code:
            out.append(LEGACY.get(code[:3], code[:3]))
    return out or [None]


def types_map() -> dict[str, str]:
    table = resources.files("eventwire").joinpath("data", "cameo", "codes.tsv").read_text(encoding="utf-8")
    return {row["code"]: row["plover"] for row in csv.DictReader(table.splitlines(), delimiter="\t") if row["plover"]}


def convert(out: Path = OUT) -> tuple[Path, Path, Path]:
    out.mkdir(exist_ok=True)
    records = load_records()
    gold = out / "plover_types_gold.jsonl"
    inputs = out / "plover_input.jsonl"
    mapping = out / "plover_types_map.json"
    with gold.open("w", encoding="utf-8") as g, inputs.open("w", encoding="utf-8") as i:
        for r in records:
            g.write(json.dumps({"id": r["id"], "text": r["text"], "types": [RENAME.get(r["event"], r["event"])]}) + "\n")
            i.write(json.dumps({"id": r["id"], "text": r["text"], "published": "2000-01-01"}) + "\n")
    mapping.write_text(json.dumps(types_map(), indent=0), encoding="utf-8")
    return gold, mapping, inputs


def dyad_check(system_path: Path) -> dict[str, float]:
    """type+dyad P/R/F1: each gold (label, source, target) combination against system events."""
    mapping = types_map()
    gold: dict[str, set[tuple]] = {}
    for r in load_records():
        label = RENAME.get(r["event"], r["event"])
        sources = _codes(r.get("source"))
        targets = _codes(r.get("target"))
        dyads = {(label, s, t) for s in sources for t in targets}
        if targets == [None] and len(sources) >= 2:   # "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian)"
            dyads = {(label, s, t) for s in sources for t in sources if s != t}
        gold[r["id"]] = dyads
    system: dict[str, set[tuple]] = {}
    for line in system_path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if "cameo" not in rec or rec.get("modality") == "negated":
            continue
        label = next((mapping[rec["cameo"][:n]] for n in (4, 3, 2) if rec["cameo"][:n] in mapping), None)
        if label is None:
            continue
        src = (rec.get("source") or {}).get("code")
        tgt = (rec.get("target") or {}).get("code")
        system.setdefault(rec["article_id"], set()).add((label, src[:3] if src else None, tgt[:3] if tgt else None))
    tp = sum(len(gold[i] & system.get(i, set())) for i in gold)
    n_sys = sum(len(v) for k, v in system.items() if k in gold)
    n_gold = sum(len(v) for v in gold.values())
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "n_sys": n_sys, "n_gold": n_gold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--system", type=Path, help="eventwire event records for plover_input.jsonl")
    args = parser.parse_args()
    for path in convert():
        print(f"wrote {path}")
    if args.system:
        s = dyad_check(args.system)
        print(f"type+dyad  P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} (tp {s['tp']}, n_sys {s['n_sys']}, "
              f"n_gold {s['n_gold']})")


if __name__ == "__main__":
    main()
