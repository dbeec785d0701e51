"""Check an ingested benchmark corpus against its manifest (see make_corpus.py).

    .venv/bin/python benchmarks/check_corpus.py out/corpus2000 --db out/corpus2000.duckdb

Prints JSON: every document accounted for (an article row for each manifest entry, by its
input key in the resume log), statuses as expected, reprints in the story of their original,
originals in stories of their own, and the merged events with their mention counts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb


def check(folder: Path, db: Path) -> dict:
    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    con = duckdb.connect(str(db), read_only=True)
    docs = str((folder / "docs").resolve())
    rows = con.execute("SELECT l.input_key, a.id, a.status, a.reason, a.story_id FROM ingest_log l "
                       "JOIN articles a ON a.id = l.article_id").fetchall()
    by_key = {}
    for key, *rest in rows:
        absolute = str(Path(key.rsplit("#", 1)[0]).resolve()) + "#" + key.rsplit("#", 1)[1]
        if absolute.startswith(docs + "/"):
            by_key[absolute[len(docs) + 1:]] = rest
    missing = [m["key"] for m in manifest if m["key"] not in by_key]
    wrong_status = [(m["key"], m["expect"], by_key[m["key"]][1]) for m in manifest
                    if m["key"] in by_key and by_key[m["key"]][1] != m["expect"]]
    story_of_original = {m["story"]: by_key[m["key"]][3] for m in manifest
                         if m["kind"] == "original" and m["key"] in by_key}
    reprints = [m for m in manifest if m["kind"] == "reprint" and m["key"] in by_key]
    joined = sum(by_key[m["key"]][3] == story_of_original.get(m["story"]) for m in reprints)
    originals = [s for s in story_of_original.values() if s]
    merged = con.execute("SELECT count(*), count(*) FILTER (num_articles > 1), coalesce(max(num_mentions), 0), "
                         "coalesce(sum(num_mentions), 0) FROM merged_events").fetchone()
    report = {
        "documents": len(manifest),
        "article_rows": con.execute("SELECT count(*) FROM articles").fetchone()[0],
        "accounted_for": len(manifest) - len(missing),
        "missing": missing[:10],
        "statuses": dict(Counter(by_key[m["key"]][1] for m in manifest if m["key"] in by_key)),
        "unexpected_status": wrong_status[:10],
        "reasons": dict(Counter(r[2] for r in by_key.values() if r[1] != "ok").most_common(8)),
        "reprints": len(reprints),
        "reprints_in_story_of_original": joined,
        "originals": len(originals),
        "distinct_stories_among_originals": len(set(originals)),
        "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
        "merged_events": merged[0],
        "merged_events_from_several_articles": merged[1],
        "max_num_mentions": merged[2],
        "mentions": merged[3],
    }
    con.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    report = check(args.folder, args.db)
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    ok = not report["missing"] and not report["unexpected_status"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
