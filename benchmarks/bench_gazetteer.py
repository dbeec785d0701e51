"""Gazetteer speed: start-up (load once per process) and look-up cost per mention.

Usage: .venv/bin/python benchmarks/bench_gazetteer.py [--rounds 20000]
Look-ups cycle through a mix of city, country, region and unknown names, as in news text;
"resolve" also runs the in-context disambiguation of ``places.resolver`` per mention.
"""

from __future__ import annotations

import argparse
import time

from eventwire.places.gazetteer import Gazetteer
from eventwire.places.resolver import _rank

NAMES = ["Hamburg", "Paris", "Germany", "Russia", "U.S.", "Crimea", "Gaza", "Washington", "Kyiv", "Donbas",
         "Texas", "Georgia", "the Middle East", "Aleppo", "Xyzzyville", "Springfield", "London", "Damascus"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20000)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t0
    n = args.rounds
    t0 = time.perf_counter()
    for i in range(n):
        gaz.candidates(NAMES[i % len(NAMES)])
    lookup_us = (time.perf_counter() - t0) / n * 1e6
    context = {"USA", "DEU"}
    t0 = time.perf_counter()
    for i in range(n):
        cands = gaz.candidates(NAMES[i % len(NAMES)])
        if cands:
            max(cands, key=lambda pb: _rank(pb[0], pb[1], context, None))
    resolve_us = (time.perf_counter() - t0) / n * 1e6
    print(f"gazetteer: {len(gaz)} names, start-up {load_s:.2f} s")
    print(f"look-up  {lookup_us:8.2f} us per mention ({n} look-ups)")
    print(f"resolve  {resolve_us:8.2f} us per mention (look-up + ranking in context)")
    print(f"target   < 1000 us per mention: {'ok' if resolve_us < 1000 else 'TOO SLOW'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
