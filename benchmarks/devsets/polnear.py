"""PolNeAR (brat standoff) -> gold JSONL of ``score_quotes.py``, plus the articles as input JSONL.

usage: python benchmarks/devsets/polnear.py [SPLIT_DIR] [--out out/polnear-dev]

SPLIT_DIR holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann`` (default:
``../shared/data/polnear-dev/dev``). Writes ``OUT.gold.jsonl`` (one line per article:
``{"id", "text", "published", "quotes": [...]}``) and ``OUT.input.jsonl`` (``{"id", "text",
"published"}``, what ``eventwire code`` reads).

Rules:
* one annotator per article: where several annotated it, the first annotation file by name;
* a relation's content span is the covering span of its Content pieces (discontinuous
  quotes split around the attribution become one span, as eventwire emits them); a
  relation with ``Content2`` gives a second quote with the same speaker;
* speaker = the Source span (covering span when discontinuous), null for
  ``Attribution-no-source``;
* kind from the quotation marks in the content: every word inside marks = direct,
  none = indirect, partly = mixed;
* offsets index the text as eventwire cleans it (``eventwire code`` reports offsets into the
  cleaned text: boilerplate lines go, the other lines stay as given), so the gold ``text`` is
  the cleaned text and every span is mapped onto it line by line; a quote that lies wholly in
  a dropped line is left out (counted on stderr). A text without boilerplate is unchanged.
  ``--raw`` keeps the original text and offsets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SPLIT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear-dev" / "dev"
DOUBLE_MARKS = "\"“”„«»"
_WORD = re.compile(r"\w+")


@dataclass
class Span:
    label: str
    start: int
    end: int
    pieces: list[tuple[int, int]]


def parse_ann(path: Path) -> tuple[dict[str, Span], list[dict[str, list[str]]]]:
    """Text-bound annotations by id and the relations (role -> [ids]) of one .ann file."""
    spans: dict[str, Span] = {}
    relations: list[dict[str, list[str]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if line.startswith("T"):
            label, _, ranges = parts[1].partition(" ")
            pieces = []
            for rng in ranges.split(";"):
                a, b = rng.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = Span(label, min(p[0] for p in pieces), max(p[1] for p in pieces), pieces)
        elif line.startswith("E"):
            roles: dict[str, list[str]] = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
            relations.append(roles)
        elif not line.startswith(("#", "A", "R", "N")):
            raise ValueError(f"{path}:{n}: unknown annotation line")
    return spans, relations


def quote_kind(text: str) -> str:
    """direct / indirect / mixed from the share of words inside double quotation marks
    (straight, curly, low, guillemets, and the typewriter pairs '' and `` of some archives)."""
    inside = outside = 0
    depth = False
    for m in re.finditer(r"''|``|[\"“”„«»]|\w+", text):
        tok = m.group()
        if tok in DOUBLE_MARKS or tok in ("''", "``"):
            if tok in ("“", "„", "«", "``"):
                depth = True
            elif tok in ("”", "»"):
                depth = False
            else:
                depth = not depth
            continue
        if depth:
            inside += 1
        else:
            outside += 1
    if inside and not outside:
        return "direct"
    if inside:
        return "mixed"
    return "indirect"


def convert_article(text: str, ann: Path) -> list[dict]:
    spans, relations = parse_ann(ann)
    quotes = []
    for rel in relations:
        src = next((spans[r] for r in rel.get("Source", []) if r in spans), None)
        cue = next((spans[r] for r in rel.get("Cue", []) if r in spans), None)
        speaker = {"start": src.start, "end": src.end, "text": text[src.start:src.end]} if src else None
        for role in ("Content", "Content2"):
            for ref in rel.get(role, []):
                c = spans.get(ref)
                if c is None:
                    continue
                content = " ".join(text[a:b] for a, b in c.pieces)
                quotes.append({"start": c.start, "end": c.end, "kind": quote_kind(content),
                               "speaker": speaker, "cue": text[cue.start:cue.end] if cue else None})
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return quotes


class OffsetMap:
    """Raw-text offsets -> offsets in ``clean_text(raw).text``. Cleaning keeps the lines it does not
    drop as they are (after ``normalise_text``, which keeps the length), blank lines included."""

    def __init__(self, raw: str, cleaned: str) -> None:
        from eventwire.stages.clean import normalise_text

        self.pos: list[int | None] = [None] * (len(raw) + 1)
        clean_lines = cleaned.split("\n")
        clean_starts, at = [], 0
        for line in clean_lines:
            clean_starts.append(at)
            at += len(line) + 1
        k, start = 0, 0
        for line in normalise_text(raw).split("\n"):
            if k < len(clean_lines) and line == clean_lines[k] and (line.strip() or k > 0):
                for j in range(len(line)):
                    self.pos[start + j] = clean_starts[k] + j
                k += 1
            start += len(line) + 1
        self.complete = k == len(clean_lines)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        a = next((self.pos[i] for i in range(start, end) if self.pos[i] is not None), None)
        b = next((self.pos[i] for i in range(end - 1, start - 1, -1) if self.pos[i] is not None), None)
        return (a, b + 1) if a is not None and b is not None else None


def to_cleaned(text: str, quotes: list[dict]) -> tuple[str, list[dict], int]:
    """The cleaned text and the quotes mapped onto it; also how many quotes were lost."""
    from eventwire.stages.clean import clean_text

    cleaned = clean_text(text).text
    omap = OffsetMap(text, cleaned)
    if not omap.complete:
        raise ValueError("cleaned text is not made of the raw text's lines")
    out, lost = [], 0
    for q in quotes:
        span = omap.span(q["start"], q["end"])
        if span is None:
            lost += 1
            continue
        q = dict(q, start=span[0], end=span[1])
        if q["speaker"] is not None:
            sp = omap.span(q["speaker"]["start"], q["speaker"]["end"])
            q["speaker"] = None if sp is None else {"start": sp[0], "end": sp[1], "text": cleaned[sp[0]:sp[1]]}
        out.append(q)
    return cleaned, out, lost


def convert_split(split: Path, raw: bool = False) -> list[dict]:
    lines = []
    lost = 0
    anns = sorted((split / "attributions").glob("*.ann"))
    for txt in sorted((split / "text").glob("*.txt")):
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not mine:
            continue
        text = txt.read_text(encoding="utf-8")
        m = re.search(r"_(\d{4}-\d{2}-\d{2})_", txt.stem)
        quotes = convert_article(text, mine[0])
        gold_text = text
        if not raw:
            gold_text, quotes, n_lost = to_cleaned(text, quotes)
            lost += n_lost
        lines.append({"id": txt.stem, "text": gold_text, "raw_text": text, "published": m.group(1) if m else None,
                      "quotes": quotes})
    if lost:
        sys.stderr.write(f"{lost} quotes lie in lines that cleaning drops; left out of the gold\n")
    return lines


def halves(lines: list[dict]) -> dict[str, list[dict]]:
    """Two fixed halves by sorted article id: even positions are A (tuning), odd are B (held out)."""
    ordered = sorted(lines, key=lambda line: line["id"])
    return {"A": ordered[0::2], "B": ordered[1::2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", nargs="?", type=Path, default=DEFAULT_SPLIT)
    ap.add_argument("--out", type=Path, default=Path("out/polnear-dev"))
    ap.add_argument("--raw", action="store_true", help="keep the original text and offsets (no cleaning)")
    args = ap.parse_args(argv)
    if not args.split.is_dir():
        sys.stderr.write(f"no such split folder: {args.split}\n")
        return 2
    lines = convert_split(args.split, raw=args.raw)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    gold = args.out.with_name(args.out.name + ".gold.jsonl")
    inp = args.out.with_name(args.out.name + ".input.jsonl")
    with gold.open("w", encoding="utf-8") as g, inp.open("w", encoding="utf-8") as i:
        for line in lines:
            raw_text = line.pop("raw_text")
            g.write(json.dumps(line, ensure_ascii=False) + "\n")
            i.write(json.dumps({"id": line["id"], "text": raw_text, "published": line["published"]},
                               ensure_ascii=False) + "\n")
    for half, rows in halves(lines).items():
        with args.out.with_name(f"{args.out.name}.{half}.gold.jsonl").open("w", encoding="utf-8") as h:
            h.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in rows)
    n = sum(len(x["quotes"]) for x in lines)
    sys.stderr.write(f"{len(lines)} articles, {n} quotes -> {gold}, {inp}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
