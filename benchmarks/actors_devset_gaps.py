"""Named entities in the newswire tuning sets (D-H) that the actor stage leaves without a code, and
people whose dictionary entry gives no role on the item's date (dictionary gap finder, issue 4).

Runs the actor stage over the texts of tests/data/newswire_{d,e,f,g,h,i}_{sentences,snippets}.jsonl at each
item's `published` date and counts spaCy PERSON / ORG / NORP / GPE entities that no coded actor mention
overlaps (listed non-actors counted apart), and the coded mentions whose `why` says a listed person held
no role on that day ("country only") or only a past one ("former"). No gold actor spans exist in these
sets, so this lists which KINDS of entries are missing; wrong codes of matched events are in
`score_newswire.py --set X --errors N`. Held-out sets (real news B, newswire J) are never read.

    .venv/bin/python benchmarks/actors_devset_gaps.py [--sets i,h,g,f,e,d] [--show N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from eventwire.dictionaries.actor_text import words
from eventwire.document import CodedDocument
from eventwire.options import Options
from eventwire.records import Article
from eventwire.resources import Resources
from eventwire.stages.actors import ActorStage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_gaps_report import print_gap_report  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
LABELS = ("PERSON", "ORG", "NORP", "GPE")
TUNING_SETS = ("i", "h", "g", "f", "e", "d")


def items(sets: list[str]):
    for s in sets:
        if s not in TUNING_SETS:
            raise SystemExit(f"not a tuning set: {s}")
        for kind in ("sentences", "snippets"):
            path = DATA / f"newswire_{s}_{kind}.jsonl"
            if not path.is_file():
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    yield s, row["id"], row["text"], date.fromisoformat(row.get("published") or "2010-01-01")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="h,g,f,e,d")
    ap.add_argument("--show", type=int, default=60)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    resources = Resources(Options())
    stage = ActorStage(resources)
    nlp = resources.nlp
    book = stage.resolver.dictionary if hasattr(stage, "resolver") else None
    totals: Counter = Counter()
    missing: Counter = Counter()
    undated: list[tuple[str, str, str, str]] = []
    for set_name, item_id, text, published in items(args.sets.split(",")):
        cdoc = CodedDocument(article=Article(id=item_id, text=text), published=published)
        cdoc.doc = nlp(text)
        stage(cdoc)
        for m in cdoc.actors:
            why = m.why or ""
            if "no role in the dictionary at" in why or "former " in why.split(":", 1)[-1][:40]:
                undated.append((item_id, str(published), m.ref.text, why[:110]))
        for ent in cdoc.doc.ents:
            if ent.label_ not in LABELS:
                continue
            totals[ent.label_] += 1
            coded = any(m.ref.code and m.start_token < ent.end and ent.start < m.end_token for m in cdoc.actors)
            if coded:
                continue
            if book is not None and book.is_non_actor(words(ent.text)):
                totals["listed non-actor"] += 1
                continue
            missing[(ent.label_, ent.text)] += 1
            totals[f"{ent.label_} unresolved"] += 1
    result = {k: totals[k] for k in sorted(totals)}
    result["unresolved"] = sum(missing.values())
    result["people without a role on the day"] = len(undated)
    print_gap_report(result, missing, args.show, args.json,
                     ("UNDATED " + " | ".join(row) for row in undated[:args.show]))


if __name__ == "__main__":
    main()
