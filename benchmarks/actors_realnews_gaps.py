"""Named entities in real news that the actor stage leaves without a code (dictionary gap finder).

Runs the actor stage over the real-news texts in ../shared/data (PolNeAR dev articles, MEANTIME,
the article-html ground-truth bodies, the PLOVER gold sentences) and counts spaCy PERSON / ORG /
NORP / GPE entities that no coded actor mention overlaps (names in data/actors/non_actors.yaml are
counted apart: no code is right for them). There is no gold here: the list says
which KINDS of entries are missing; the coded entities are listed too (``--coded``) for a
by-eye check of wrong codes.

    .venv/bin/python benchmarks/actors_realnews_gaps.py [--show N] [--coded N] [--json] [--limit-chars N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "benchmarks" / "devsets"))

from eventwire.dictionaries.actor_dictionary import ActorDictionary  # noqa: E402
from eventwire.dictionaries.actor_text import words  # noqa: E402
from eventwire.document import CodedDocument  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.resources import Resources  # noqa: E402
from eventwire.stages.actors import ActorStage  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_gaps_report import print_gap_report  # noqa: E402

LABELS = ("PERSON", "ORG", "NORP", "GPE")
_DATE = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2})")


def _date_in(text: str, default: date) -> date:
    m = _DATE.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    return default


def texts(limit_chars: int):
    """(corpus, id, text, date) of every real-news text that is present."""
    polnear = SHARED / "polnear-dev" / "dev" / "text"
    if polnear.is_dir():
        for path in sorted(polnear.glob("*.txt")):
            yield "polnear", path.stem, path.read_text(encoding="utf-8")[:limit_chars], _date_in(path.stem,
                                                                                                 date(2016, 9, 1))
    try:
        from meantime import iter_documents
        for doc in iter_documents():
            yield "meantime", doc.id, doc.text, _date_in(doc.published or "", date(2010, 1, 1))
    except (ImportError, OSError):
        pass
    html = SHARED / "article-html" / "ground-truth.json"
    if html.is_file():
        for key, value in json.loads(html.read_text(encoding="utf-8")).items():
            body = (value.get("articleBody") or "")[:limit_chars]
            if body:
                yield "html", key[:12], body, _date_in(value.get("url") or "", date(2018, 1, 1))
    try:
        from plover_gold import load_records
        for record in load_records():
            yield "plover", record["id"], record["text"], date(2000, 1, 1)
    except (ImportError, OSError):
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=80, help="print the N most frequent unresolved entities")
    ap.add_argument("--coded", type=int, default=0, help="print the N most frequent coded entities with codes")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit-chars", type=int, default=6000, help="cut long articles (speed)")
    args = ap.parse_args()
    resources = Resources(Options())
    stage = ActorStage(resources)
    nlp = resources.nlp
    book = stage.resolver.dictionary if hasattr(stage, "resolver") else ActorDictionary.load()
    totals: Counter = Counter()
    missing: Counter = Counter()
    coded: Counter = Counter()
    for corpus, doc_id, text, published in texts(args.limit_chars):
        cdoc = CodedDocument(article=Article(id=doc_id, text=text), published=published)
        cdoc.doc = nlp(text)
        stage(cdoc)
        for ent in cdoc.doc.ents:
            if ent.label_ not in LABELS:
                continue
            totals[ent.label_] += 1
            totals[corpus] += 1
            codes = [m.ref.code for m in cdoc.actors
                     if m.ref.code and m.start_token < ent.end and ent.start < m.end_token]
            if codes:
                coded[(ent.label_, ent.text, codes[0])] += 1
            elif book.is_non_actor(words(ent.text)):
                totals["listed non-actor (no code is right)"] += 1
            else:
                missing[(ent.label_, ent.text)] += 1
                totals[f"{ent.label_} unresolved"] += 1
                totals[f"{corpus} unresolved"] += 1
    result = {k: totals[k] for k in sorted(totals)}
    result["unresolved"] = sum(missing.values())
    result["entities"] = sum(totals[lab] for lab in LABELS)
    print_gap_report(result, missing, args.show, args.json,
                     (f"CODE {n:4} {label:7} {text} -> {code}" for (label, text, code), n in coded.most_common(args.coded)))


if __name__ == "__main__":
    main()
