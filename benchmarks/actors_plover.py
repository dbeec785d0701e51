"""Actor-code accuracy on the actors of the PLOVER gold records (../shared/data/plover-gold).

For every gold source/target actor (actorText, code, sector), the sentence is parsed and run
through the actor stage; the system mention covering the actor text is compared on
  country  the first block (ISO country, IGO, NGO) equal,
  role     country equal and, where the gold gives a sector, that sector among the system's
           sectors (no gold sector: the system must give none either),
  full     country + role, both counted as above, and the mention found at all.
Dates are the records' placeholder (2000-01-01). Misses (no mention over the text) count wrong.

--errors sorts the wrong actors by cause (read from the gold code and the system's `why`), counts each cause
and lists its cases; the causes that are PLOVER's conventions rather than our errors are marked "(convention)":
the gold writes an IGO as the bare block IGO plus a sector (CAMEO names the organisation: IGOUNO), gives a
city a CVL sector (CAMEO dictionaries code a place by its country), and codes "Israeli troops" or
"Palestinians" with no sector. "placeholder date" cases are people of the 1980s-90s whose office had ended
by the records' 2000-01-01 placeholder date (an elite, ELI, by then) or who held none on that day.

    .venv/bin/python benchmarks/actors_plover.py [--show N] [--errors] [--json]
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


def cause(gold_code: str, sector: str | None, sys_code: str | None, why: str) -> str:
    """The likely cause of one wrong actor (see the module docstring)."""
    if sys_code is None:
        return "no system actor over the text"
    gold_country, sys_country = gold_code[:3], sys_code[:3]
    if gold_country != sys_country:
        if "main country" in why or "country unknown" in why:
            return "country: guessed from the article (no evidence in the mention)"
        if gold_country == "IGO" or sys_country == "IGO":
            return "country: IGO vs a state"
        return "country: a different country named in or near the mention"
    if gold_country == "IGO" and gold_code[3:6] in SECTORS and sys_code[3:6] not in SECTORS:
        return "(convention) gold generic IGO+sector, ours the organisation's own code"
    if sector == "CVL" and ("place " in why or "capital " in why):
        return "(convention) gold city -> CVL, ours a place's country"
    if sector is None and ("with no article: people of" in why or "-> MIL" in why or "-> CVL" in why):
        return "(convention) gold no sector for nationals / troops, ours CVL / MIL"
    if "former " in why or "no role in the dictionary at" in why:
        return "placeholder date: office ended or not held on 2000-01-01"
    if sector and not sys_code[3:]:
        return "role: ours none, gold " + sector
    return f"role: gold {sector or '-'}, ours {sys_code[3:] or '-'}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print N wrong cases")
    ap.add_argument("--errors", action="store_true", help="sort the wrong actors by cause")
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
                              (m.why if m else "")[:80] if not args.errors else (m.why if m else ""), sector))
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
    if args.errors:
        by_cause: dict[str, list] = {}
        for w in wrong:
            by_cause.setdefault(cause(w[2], w[6], w[3], w[5]), []).append(w)
        print(f"\n== {len(wrong)} wrong actors by cause")
        for c, ws in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(ws):4}  {c}")
        for c, ws in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
            print(f"\n-- {c} ({len(ws)})")
            for w in ws:
                print("   " + " | ".join(str(x) for x in w[:5]))


if __name__ == "__main__":
    main()
