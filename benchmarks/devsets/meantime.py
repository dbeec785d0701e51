"""MEANTIME (NewsReader, English) -> gold JSONL for ``shared/tools/score_times.py``.

The corpus is tokenised XML with no raw text. We rebuild a text (headline line, date line,
then the body with light detokenisation), keep each token's character offsets, and turn every
TIMEX3 that has tokens into a gold ``{"start", "end", "value", "type"}``. The document's
CREATION_TIME value becomes ``published``. Empty (implicit) TIMEX3s are skipped.
MEANTIME annotates only the first six sentences of each article (headline, date line and four
body sentences: no TIMEX3 or event mention lies beyond sentence 5), so the text is cut there;
scoring the whole article would count every later, unannotated expression as a false positive.

Usage: python benchmarks/devsets/meantime.py [MEANTIME_DIR] [-o out/meantime_times.jsonl]
           [--system out/meantime_system.jsonl]   (also run eventwire's time stage on the texts)
Then:  python ../shared/tools/score_times.py out/meantime_times.jsonl out/meantime_system.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "meantime" / \
    "meantime_newsreader_english_oct15" / "intra-doc_annotation"
_NO_SPACE_BEFORE = re.compile(r"^([,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|')$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "“"}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")
ANNOTATED_SENTENCES = 6


@dataclass
class GoldDoc:
    id: str
    text: str
    published: str | None
    timex: list[dict]

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "published": self.published, "timex": self.timex}


def _rebuild(tokens: list[tuple[str, int, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """(t_id, sentence, word) tokens -> text and t_id -> (start, end). Sentences 0 and 1 get own lines."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_word, prev_sent = None, None
    for t_id, sent, word in tokens:
        if prev_word is not None:
            if sent != prev_sent and (prev_sent in (0, 1)):
                sep = "\n"
            elif _NO_SPACE_BEFORE.match(word) or prev_word in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        spans[t_id] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_word, prev_sent = word, sent
    return "".join(parts), spans


def read_document(path: Path) -> GoldDoc:
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), int(t.get("sentence")), t.text or "") for t in root.iter("token")
              if int(t.get("sentence")) < ANNOTATED_SENTENCES]
    text, spans = _rebuild(tokens)
    published = None
    timex: list[dict] = []
    markables = root.find("Markables")
    for tx in (markables.iter("TIMEX3") if markables is not None else ()):
        anchors = [a.get("t_id") for a in tx.iter("token_anchor")]
        value = tx.get("value") or ""
        if tx.get("functionInDocument") == "CREATION_TIME" and _DATE_RE.match(value):
            published = value[:10]
        if not anchors:
            continue
        offs = [spans[a] for a in anchors if a in spans]
        start, end = min(s for s, _ in offs), max(e for _, e in offs)
        timex.append({"start": start, "end": end, "value": value, "type": tx.get("type") or "DATE"})
    timex.sort(key=lambda t: (t["start"], t["end"]))
    return GoldDoc(id=root.get("doc_id") or path.stem, text=text, published=published, timex=timex)


def iter_documents(folder: Path = DEFAULT_DIR) -> Iterator[GoldDoc]:
    for path in sorted(folder.rglob("*.xml")):
        yield read_document(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("-o", "--out", type=Path, default=Path("out/meantime_times.jsonl"))
    ap.add_argument("--system", type=Path, default=None, help="also write eventwire Time records here")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    docs = list(iter_documents(args.folder))
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {args.out}")
    if args.system:
        n = write_system(docs, args.system)
        print(f"{n} Time records -> {args.system}")
    return 0


def run_times(docs: list[GoldDoc], resources=None) -> list[dict]:
    """eventwire Time records for the gold texts (spaCy + TimeStage; the texts are not re-cleaned,
    so offsets index the gold text)."""
    from datetime import date

    from eventwire.document import CodedDocument
    from eventwire.records import Article
    from eventwire.resources import Resources
    from eventwire.stages.times import TimeStage

    resources = resources or Resources()
    stage = TimeStage(resources)
    records: list[dict] = []
    nlp = resources.nlp
    parsed = nlp.pipe([d.text for d in docs], batch_size=16)
    for gold, sdoc in zip(docs, parsed):
        published = date.fromisoformat(gold.published) if gold.published else None
        cdoc = CodedDocument(article=Article(id=gold.id, text=gold.text), published=published, doc=sdoc)
        stage(cdoc)
        records.extend(m.record.to_dict() for m in cdoc.times)
    return records


def write_system(docs: list[GoldDoc], path: Path) -> int:
    records = run_times(docs)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


if __name__ == "__main__":
    raise SystemExit(main())
