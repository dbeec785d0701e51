"""Actor-code accuracy on the actors of the PLOVER gold records (../shared/data/plover-gold).

For every gold source/target actor (actorText, code, sector), the sentence is parsed and run
through the actor stage; the system mention covering the actor text is compared on
  country  the first block (ISO country, IGO, NGO) equal,
  role     country equal and, where the gold gives a sector, that sector among the system's
           sectors (no gold sector: the system must give none either),
  full     country + role, both counted as above, and the mention found at all.
Dates are the records' placeholder (2000-01-01). Misses (no mention over the text) count wrong.

    .venv/bin/python benchmarks/actors_plover.py [--show N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks" / "devsets"))

from plover_gold import load_records  # noqa: E402

from eventwire.document import CodedDocument  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.resources import Resources  # noqa: E402
from eventwire.stages.actors import ActorStage  # noqa: E402

LEGACY = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA"}   # old CAMEO country codes in the gold
SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG", "REF",
           "HLH", "ENV", "LAB", "AGR", "REL", "ELI"}


def gold_actors(record: dict):
    for side in ("source", "target"):
        actors = record.get(side)
        if not isinstance(actors, list):
            continue
        for a in actors:
            if a.get("actorText") and a.get("code"):
                sector = (a.get("sector") or "")[:3]
                yield side, a["actorText"], LEGACY.get(a["code"], a["code"]), sector if sector in SECTORS else None


def system_mention(cdoc: CodedDocument, start: int, end: int):
    """The mention the gold actor text names: the one headed by the text's syntactic root, else one covering
    the root, else one headed inside the text, else any overlapping one (compound-actor groups excluded)."""
    doc = cdoc.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root.i if span is not None else None
    best = None
    for m in cdoc.actors:
        if m.ref.end <= start or m.ref.start >= end or m.members:
            continue
        head_inside = start <= doc[m.head_token].idx < end
        score = (m.head_token == root, root is not None and m.start_token <= root < m.end_token and head_inside,
                 head_inside, m.ref.code is not None, m.end_token - m.start_token)
        if best is None or score > best[0]:
            best = (score, m)
    return best[1] if best else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print N wrong cases")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    resources = Resources(Options())
    stage = ActorStage(resources)
    nlp = resources.nlp
    counts: Counter = Counter()
    wrong = []
    for record in load_records():
        text = record["text"]
        cdoc = CodedDocument(article=Article(id=record["id"], text=text), published=date(2000, 1, 1))
        cdoc.doc = nlp(text)
        stage(cdoc)
        for side, actor_text, code, sector in gold_actors(record):
            start = text.find(actor_text)
            if start < 0:
                counts["text not found"] += 1
                continue
            counts["n"] += 1
            m = system_mention(cdoc, start, start + len(actor_text))
            sys_code = m.ref.code if m else None
            sys_country = (sys_code or "")[:3] or None
            sys_sectors = m.ref.sectors if m else []
            ok_country = sys_country == code[:3]
            ok_role = sector in sys_sectors if sector else not sys_sectors
            counts["found"] += m is not None
            counts["country"] += ok_country
            counts["full"] += ok_country and ok_role
            if sector:
                counts["with sector"] += 1
                counts["role where gold has sector"] += ok_country and ok_role
            if not (ok_country and ok_role):
                wrong.append((record["id"], actor_text, code + (sector or ""), sys_code, m.ref.text if m else None,
                              (m.why if m else "")[:80]))
    n = counts["n"]
    result = {"actors": n, "found": counts["found"] / n, "country": counts["country"] / n,
              "country+role": counts["full"] / n,
              "country+role where gold has a sector": counts["role where gold has sector"] / max(1, counts["with sector"]),
              "gold with sector": counts["with sector"], "gold text not in sentence": counts["text not found"]}
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:40} {v:.3f}" if isinstance(v, float) else f"{k:40} {v}")
    for w in wrong[:args.show]:
        print(" | ".join(str(x) for x in w))


if __name__ == "__main__":
    main()
