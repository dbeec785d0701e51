"""Quote extraction on PolNeAR: clean + parse + quote stage only (no other stage), write system JSONL.

usage: python benchmarks/quotes_polnear.py [INPUT.jsonl] [--out SYSTEM.jsonl]

Input is ``out/polnear-dev.input.jsonl`` from ``benchmarks/devsets/polnear.py``; score with
``python ../shared/tools/score_quotes.py out/polnear-dev.gold.jsonl out/polnear-dev.quotes.jsonl``
(all 84 articles), or with ``out/polnear-dev.A.gold.jsonl`` (half A: the one to tune on) and
``out/polnear-dev.B.gold.jsonl`` (half B: the honest estimate) in place of the first file.
``--cache out/polnear-dev.docbin`` keeps the parses between runs. ``--misses out/polnear-dev.A.gold.jsonl``
lists the gold quotes of that file no system quote overlaps by 0.3 (greedy, best overlap first; the
scorer's matching is exact, this is for reading errors), with cue, speaker and the best system
quote; use it on half A only.
``eventwire code FILE --what quotes`` gives the same quotes through the whole pipeline.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.tokens import DocBin

from eventwire.document import CodedDocument
from eventwire.options import Options
from eventwire.records import Article
from eventwire.resources import Resources
from eventwire.stages.clean import CleanStage
from eventwire.stages.nlp import NlpStage
from eventwire.stages.quotes import QuoteStage


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", type=Path, default=Path("out/polnear-dev.input.jsonl"))
    ap.add_argument("--out", type=Path, default=Path("out/polnear-dev.quotes.jsonl"))
    ap.add_argument("--misses", type=Path, default=None,
                    help="print the gold quotes of this gold file that no system quote matches at overlap 0.3")
    ap.add_argument("--cache", type=Path, default=None,
                    help="reuse parses stored in this spaCy DocBin file (rewritten when it holds other texts)")
    args = ap.parse_args(argv)
    resources = Resources(Options())
    nlp, stage = NlpStage(resources.nlp), QuoteStage(resources)
    rows = [json.loads(line) for line in args.input.read_text(encoding="utf-8").splitlines() if line.strip()]
    cdocs = [CodedDocument(article=Article(id=r["id"], text=r["text"], published=r.get("published"))) for r in rows]
    for cdoc in cdocs:
        CleanStage()(cdoc)
    t0 = time.perf_counter()
    docs = list(DocBin().from_disk(args.cache).get_docs(resources.nlp.vocab)) \
        if args.cache is not None and args.cache.exists() else None
    if docs is not None and [d.text for d in docs] == [c.article.text for c in cdocs]:
        for cdoc, doc in zip(cdocs, docs):
            cdoc.doc = doc
    else:                                  # no cache, or one made from other texts (cleaning changed): parse anew
        list(nlp.pipe(cdocs))
        if args.cache is not None:
            DocBin(docs=[c.doc for c in cdocs], store_user_data=False).to_disk(args.cache)
    t1 = time.perf_counter()
    n = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for cdoc in cdocs:
            stage(cdoc)
            for quote in cdoc.quotes:
                fh.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    t2 = time.perf_counter()
    print(f"{len(cdocs)} articles, {n} quotes; parse {t1 - t0:.1f}s, quote stage {t2 - t1:.2f}s -> {args.out}")
    if args.misses is not None:
        print_misses(args.misses, {c.article.id: c.quotes for c in cdocs})
    return 0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def print_misses(gold_file: Path, quotes: dict) -> None:
    """Gold quotes left unmatched by a greedy one-to-one pairing at overlap >= 0.3."""
    missed = 0
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text, gold, system = item["text"], item["quotes"], quotes.get(item["id"], [])
        pairs = sorted(((_overlap((g["start"], g["end"]), (q.start, q.end)), i, j)
                        for i, g in enumerate(gold) for j, q in enumerate(system)), reverse=True)
        used_g, used_s = set(), set()
        for ov, i, j in pairs:
            if ov >= 0.3 and i not in used_g and j not in used_s:
                used_g.add(i)
                used_s.add(j)
        for i, g in enumerate(gold):
            if i in used_g:
                continue
            missed += 1
            best = max(((_overlap((g["start"], g["end"]), (q.start, q.end)), q) for q in system),
                       key=lambda t: t[0], default=(0.0, None))
            speaker = g["speaker"]["text"] if g["speaker"] else None
            print(f"MISS {item['id']} cue={g['cue']!r} speaker={speaker!r} kind={g['kind']}\n"
                  f"  gold: {text[g['start']:g['end']][:200]!r}")
            if best[1] is not None and best[0] > 0:
                print(f"  best system ({best[0]:.2f}, cue {best[1].cue!r}): {text[best[1].start:best[1].end][:200]!r}")
    print(f"{missed} gold quotes missed at overlap 0.3 (greedy)")


if __name__ == "__main__":
    raise SystemExit(main())
