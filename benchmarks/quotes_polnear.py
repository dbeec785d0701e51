"""Quote extraction on PolNeAR: clean + parse + quote stage only (no other stage), write system JSONL.

usage: python benchmarks/quotes_polnear.py [INPUT.jsonl] [--out SYSTEM.jsonl]

Input is ``out/polnear-dev.input.jsonl`` from ``benchmarks/devsets/polnear.py``; score with
``python ../shared/tools/score_quotes.py out/polnear-dev.gold.jsonl out/polnear-dev.quotes.jsonl``
(all 84 articles), or with ``out/polnear-dev.A.gold.jsonl`` (half A: the one to tune on) and
``out/polnear-dev.B.gold.jsonl`` (half B: the honest estimate) in place of the first file.
``--cache out/polnear-dev.docbin`` keeps the parses between runs.
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
