"""How much time the event coder adds to spaCy's parse (target: at most 15%).

Parses a corpus once with spaCy (timed), resolves actors, then times the event coder alone on
the parsed documents. Corpus: the packaged sample articles plus, when present, the PLOVER gold
sentences from ../shared (read-only). The figure is in CPU time (``process_time``), as ``eventwire
bench`` times its stages: on a shared machine the wall time of either step is mostly other
processes' work (the wall-time ratio is printed too). Best of ``--repeat`` runs.

    python benchmarks/event_coder_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources
from pathlib import Path

from eventwire import Options, Pipeline
from eventwire.document import CodedDocument
from eventwire.records import Article

PLOVER = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plover-gold" / "PLOVER_GSR_CAMEO.txt"


def corpus() -> list[str]:
    text = resources.files("eventwire").joinpath("sample", "articles.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in text.splitlines() if line.strip()]
    if PLOVER.exists():
        texts += [r["text"] for r in json.loads(PLOVER.read_text(encoding="utf-8")) if isinstance(r, dict) and r.get("text")]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline(Options())
    nlp = pipeline.resources.nlp
    actors = next(s for s in pipeline.stages if s.name == "actors")
    events = next(s for s in pipeline.stages if s.name == "events")
    texts = corpus()
    best_parse = best_code = wall_parse = wall_code = float("inf")
    for _ in range(args.repeat):
        w0, t0 = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        best_parse = min(best_parse, time.process_time() - t0)
        wall_parse = min(wall_parse, time.perf_counter() - w0)
        cdocs = []
        for i, (text, doc) in enumerate(zip(texts, docs)):
            cdoc = CodedDocument(article=Article(id=f"b{i}", text=text, published="2024-01-01"), doc=doc)
            cdocs.append(actors(cdoc))
        w0, t0 = time.perf_counter(), time.process_time()
        n_events = sum(len(events(c).events) for c in cdocs)
        best_code = min(best_code, time.process_time() - t0)
        wall_code = min(wall_code, time.perf_counter() - w0)
    words = sum(len(d) for d in docs)
    print(f"{len(texts)} texts, {words} tokens, {n_events} events")
    print(f"wall time: spaCy parse {wall_parse:.3f} s; event coder {wall_code:.3f} s = "
          f"{100 * wall_code / wall_parse:.1f}% of parse")
    print(f"CPU time: spaCy parse {best_parse:.3f} s; event coder {best_code:.3f} s = "
          f"{100 * best_code / best_parse:.1f}% of parse")


if __name__ == "__main__":
    main()
