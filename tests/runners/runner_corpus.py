"""A small mixed corpus for the runner tests: text files, a JSONL file, reprints and a broken file."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.bench.synthetic import reprint, wire_story


def make_corpus(root: Path, n_text: int = 8, n_jsonl: int = 4) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(n_text):
        story = wire_story(n)
        (root / f"t{n:02d}.txt").write_text(f"{story.title}\n{story.text}\n", encoding="utf-8")
    copy = reprint(wire_story(0), seed=77)                    # a reprint of t00 as a text file
    (root / "t00_reprint.txt").write_text(f"{copy.title}\n{copy.text}\n", encoding="utf-8")
    with (root / "feed.jsonl").open("w", encoding="utf-8") as out:
        for n in range(100, 100 + n_jsonl):
            s = wire_story(n)
            out.write(json.dumps({"id": s.id, "text": s.text, "published": s.published, "outlet": s.outlet}) + "\n")
        again = reprint(wire_story(100), seed=5)               # a reprint of the first JSONL story
        out.write(json.dumps({"id": again.id, "text": again.text, "published": again.published,
                              "outlet": again.outlet}) + "\n")
        out.write("{not json\n")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02 binary")
    return root


def expected_documents(n_text: int = 8, n_jsonl: int = 4) -> int:
    return n_text + 1 + n_jsonl + 2 + 1
