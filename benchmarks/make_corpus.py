"""Build the mixed benchmark corpus: plain text, HTML, WARC.gz and JSONL, with reprints and broken files.

    .venv/bin/python benchmarks/make_corpus.py out/corpus2000 --articles 2000
    .venv/bin/eventwire ingest out/corpus2000/docs --db out/corpus2000.duckdb --workers 2
    .venv/bin/python benchmarks/check_corpus.py out/corpus2000 --db out/corpus2000.duckdb

The stories are synthetic wire text (``eventwire.bench.synthetic``), no third-party text. Of
the documents, 20% are near-duplicate reprints of another document (often in another format),
2% are broken (truncated gzip, truncated WARC, binary text, invalid JSON, HTML without a body).
``manifest.jsonl`` lists every document: its input key (path#ordinal, as the resume log
records it), format, kind (original, reprint, broken), the story it belongs to, the expected status.
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import sys
from pathlib import Path

from eventwire.bench.synthetic import WireStory, reprint, wire_story

FORMATS = ("text", "html", "warc", "jsonl")
PER_WARC = 50
PER_JSONL = 100


def html_page(story: WireStory) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | {story.outlet}</title><link rel="canonical" href="{story.url}">
<meta property="og:title" content="{html.escape(story.title)}"><meta property="og:site_name" content="{story.outlet}">
<meta property="article:published_time" content="{story.published}T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> |
<a href="/sport">Sport</a></nav></header><main><article><h1>{html.escape(story.title)}</h1>
<p class="byline">By {story.outlet} staff</p>{paras}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets slip as investors wait</a></li>
<li><a href="/b">Storm warning for the coast</a></li></ul></aside></main>
<footer><p>Copyright {story.outlet}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, page in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("utf-8")),
                                                          http_headers=headers))


def plan(articles: int, seed: int) -> list[dict]:
    """Which document is what: originals, reprints of earlier documents, broken ones; and its format."""
    rng = random.Random(seed)
    n_broken = round(articles * 0.02)
    n_reprint = round(articles * 0.20)
    n_original = articles - n_broken - n_reprint
    docs = [{"kind": "original", "story": n} for n in range(n_original)]
    docs += [{"kind": "reprint", "story": rng.randrange(n_original), "variant": k} for k in range(n_reprint)]
    broken = ["truncated_gzip_html", "binary_text", "bad_json_line", "html_without_body", "truncated_warc"]
    docs += [{"kind": "broken", "story": None, "fault": broken[k % len(broken)]} for k in range(n_broken)]
    rng.shuffle(docs)
    for doc in docs:
        doc["format"] = rng.choice(FORMATS) if doc["kind"] != "broken" else None
    return docs


def build(out: Path, articles: int, seed: int = 7) -> dict:
    docs_dir = out / "docs"
    for sub in ("text", "html", "warc", "jsonl", "broken"):
        (docs_dir / sub).mkdir(parents=True, exist_ok=True)
    manifest: list[dict] = []
    warc_pages: list[tuple[str, str, dict]] = []
    jsonl_rows: list[tuple[str, dict]] = []

    def flush_warc(final: bool = False) -> None:
        while len(warc_pages) >= PER_WARC or (final and warc_pages):
            chunk, warc_pages[:] = warc_pages[:PER_WARC], warc_pages[PER_WARC:]
            path = docs_dir / "warc" / f"crawl-{len(list((docs_dir / 'warc').iterdir())):04d}.warc.gz"
            write_warc(path, [(u, p) for u, p, _ in chunk])
            for ordinal, (_, _, entry) in enumerate(chunk):
                manifest.append({**entry, "key": f"{path.relative_to(docs_dir)}#{ordinal}"})

    def flush_jsonl(final: bool = False) -> None:
        while len(jsonl_rows) >= PER_JSONL or (final and jsonl_rows):
            chunk, jsonl_rows[:] = jsonl_rows[:PER_JSONL], jsonl_rows[PER_JSONL:]
            path = docs_dir / "jsonl" / f"feed-{len(list((docs_dir / 'jsonl').iterdir())):04d}.jsonl"
            path.write_text("".join(line + "\n" for line, _ in chunk), encoding="utf-8")
            for ordinal, (_, entry) in enumerate(chunk):
                manifest.append({**entry, "key": f"{path.relative_to(docs_dir)}#{ordinal}"})

    for n, doc in enumerate(plan(articles, seed)):
        if doc["kind"] == "broken":
            broken = write_broken(docs_dir / "broken", n, doc["fault"])
            broken["key"] = "broken/" + broken["key"].rsplit("/", 1)[1]
            manifest.append(broken)
            continue
        story = wire_story(doc["story"])
        if doc["kind"] == "reprint":
            story = reprint(story, seed=10_000 + n)
        entry = {"kind": doc["kind"], "story": doc["story"], "format": doc["format"], "expect": "ok", "doc": story.id}
        if doc["format"] == "text":
            path = docs_dir / "text" / f"{story.id}.txt"
            path.write_text(f"{story.title}\n{story.text}\n", encoding="utf-8")
            manifest.append({**entry, "key": f"{path.relative_to(docs_dir)}#0"})
        elif doc["format"] == "html":
            path = docs_dir / "html" / f"{story.id}.html"
            path.write_text(html_page(story), encoding="utf-8")
            manifest.append({**entry, "key": f"{path.relative_to(docs_dir)}#0"})
        elif doc["format"] == "warc":
            warc_pages.append((story.url, html_page(story), entry))
            flush_warc()
        else:
            row = {"id": story.id, "title": story.title, "text": story.text, "published": story.published,
                   "outlet": story.outlet, "url": story.url}
            jsonl_rows.append((json.dumps(row), entry))
            flush_jsonl()
    flush_warc(final=True)
    flush_jsonl(final=True)
    (out / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    counts = {k: sum(m["kind"] == k for m in manifest) for k in ("original", "reprint", "broken")}
    counts["formats"] = {f: sum(m.get("format") == f for m in manifest) for f in (*FORMATS, "broken")}
    return {"documents": len(manifest), **counts}


def write_broken(folder: Path, n: int, fault: str) -> dict:
    """One broken document; returns its manifest entry."""
    story = wire_story(900_000 + n)
    entry = {"kind": "broken", "story": None, "format": "broken", "fault": fault}
    if fault == "truncated_gzip_html":
        path = folder / f"b{n:05d}.html.gz"
        data = gzip.compress(html_page(story).encode("utf-8"))
        path.write_bytes(data[: len(data) // 2])
        return {**entry, "key": f"{path}#0", "expect": "failed"}
    if fault == "binary_text":
        path = folder / f"b{n:05d}.txt"
        path.write_bytes(bytes(range(256)) * 8)
        return {**entry, "key": f"{path}#0", "expect": "skipped"}
    if fault == "bad_json_line":
        path = folder / f"b{n:05d}.jsonl"
        path.write_text('{"id": "broken-%d", "text": "unterminated\n' % n, encoding="utf-8")
        return {**entry, "key": f"{path}#0", "expect": "failed"}
    if fault == "html_without_body":
        path = folder / f"b{n:05d}.html"
        path.write_text("<html><head><title>Photo gallery</title></head><body><nav><a href='/'>Home</a></nav>"
                        "<div class='gallery'><img src='1.jpg'><img src='2.jpg'></div></body></html>")
        return {**entry, "key": f"{path}#0", "expect": "skipped"}
    path = folder / f"b{n:05d}.warc.gz"
    write_warc(path, [(story.url, html_page(story))])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return {**entry, "key": f"{path}#0", "expect": "failed"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder (docs/ and manifest.jsonl are written in it)")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    summary = build(args.out, args.articles, args.seed)
    json.dump(summary, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
