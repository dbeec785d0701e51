"""The report both actor gap finders print (benchmarks/actors_devset_gaps.py, benchmarks/actors_realnews_gaps.py):
the totals as JSON or one per line, then the most frequent unresolved entities and the finder's own rows."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable


def print_gap_report(result: dict[str, int], missing: Counter, show: int, as_json: bool,
                     more: Iterable[str] = ()) -> None:
    """Print ``result`` (JSON when ``as_json``, else one total a line), the ``show`` most frequent
    ``missing[(label, text)]`` entities as MISS rows, then the finder's ``more`` rows."""
    if as_json:
        print(json.dumps(result))
        return
    width = max((len(k) for k in result), default=0)
    for k, v in result.items():
        print(f"{k:{width}} {v}")
    for (label, text), n in missing.most_common(show):
        print(f"MISS {n:4} {label:7} {text}")
    for row in more:
        print(row)
