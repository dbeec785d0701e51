"""Body extraction quality of the HTML reader on the Article Extraction Benchmark pages (shared data).

    .venv/bin/python benchmarks/html_extraction.py [--limit N]

Scores the ``text`` eventwire extracts from each page against the benchmark's ``articleBody``
the way the benchmark does: token-level precision, recall and F1 per page, averaged over pages.
Reads ``../shared/data/article-html`` (not part of the product); prints JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.options import Options
from eventwire.sources.html import read_html_file

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-html"


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


def score(limit: int | None = None, data: Path = DATA) -> dict:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted((data / "html").glob("*.html.gz"))[:limit]
    p_sum = r_sum = f_sum = 0.0
    statuses: Counter = Counter()
    dated = 0
    started = time.perf_counter()
    for path in pages:
        [article] = read_html_file(path, Options())
        statuses[article.status] += 1
        dated += article.published is not None
        gold, system = tokens(truth[path.name.split(".")[0]]["articleBody"]), tokens(article.text)
        tp = sum((gold & system).values())
        p = tp / sum(system.values()) if system else 0.0
        r = tp / sum(gold.values()) if gold else 0.0
        p_sum, r_sum, f_sum = p_sum + p, r_sum + r, f_sum + (2 * p * r / (p + r) if p + r else 0.0)
    n = len(pages) or 1
    return {"pages": len(pages), "precision": p_sum / n, "recall": r_sum / n, "f1": f_sum / n,
            "statuses": dict(statuses), "with_date": dated,
            "ms_per_page": 1000 * (time.perf_counter() - started) / n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"no benchmark data at {DATA}", file=sys.stderr)
        return 2
    json.dump(score(args.limit), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
