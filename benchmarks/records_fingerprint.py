"""Dump every record of a fixed corpus, to prove a speed change leaves the output byte-identical.

The corpus: the 33 sample articles, the team dev sets (``tests/data/*.jsonl`` but the held-out newswire sets of
``score_newswire.HELD_OUT_SETS``), the PolNeAR dev
articles (``../shared/data/polnear-dev/dev/text``, if present) and 300 synthetic bench stories.

    python benchmarks/records_fingerprint.py --cache /tmp/fp-docs --out /tmp/fp-a.jsonl
    (change one file)
    python benchmarks/records_fingerprint.py --cache /tmp/fp-docs --out /tmp/fp-b.jsonl
    cmp /tmp/fp-a.jsonl /tmp/fp-b.jsonl

With ``--cache`` the spaCy parses are made once and kept as a DocBin, so the runs that follow
only time the coding stages (CPU ms per article per stage go to stderr). ``--module
eventwire.events.matcher=/tmp/matcher_old.py`` runs another version of one module (its code is
executed into the module and every name other eventwire modules imported from it is rebound), so
old and new of one change are compared on the same tree and data files, in two runs seconds apart.
Others commit data files all the time, so two runs may still differ by their changes: with
``--compare eventwire.events.matcher=/tmp/matcher_old.py`` (needs ``--cache``) one process reads
the data once and codes the corpus with the old module, the current one and the old one again,
and says whether old == new (and old == old); repeat ``--compare`` to swap several modules together. ``--skip
"newswire_g_*"`` leaves out data files another engineer is still writing. It swaps functions; a class whose instances the
pipeline built at start (a lexicon) keeps its new code there, so compare such a change with two
``--module`` runs. Without it (or with
``--tokens``) every run parses; ``--tokens`` also dumps every token's tag, pos, morph, lemma,
dep, head, entity and sentence start, for changes to the nlp stage itself.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from eventwire.bench.synthetic import wire_story
from eventwire.pipeline import Pipeline
from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear-dev" / "dev" / "text"


def _held_out_globs() -> tuple[str, ...]:
    """The files of the newswire sets kept out of tuning (score_newswire.HELD_OUT_SETS): never coded here."""
    spec = importlib.util.spec_from_file_location("score_newswire", Path(__file__).with_name("score_newswire.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(f"newswire_{name}_*" for name in sorted(module.HELD_OUT_SETS))


def corpus(synthetic: int = 300, skip: tuple[str, ...] = ()) -> list[Article]:
    out: list[Article] = []
    skip = (*skip, *_held_out_globs())
    data = [p for p in sorted((ROOT / "tests/data").glob("*.jsonl")) if not any(p.match(g) for g in skip)]
    for path in [ROOT / "src/eventwire/sample/articles.jsonl", *data]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(Article(id=f"{path.stem}/{row['id']}", text=row["text"], title=row.get("title"),
                                   published=row.get("published")))
    if POLNEAR.is_dir():
        for path in sorted(POLNEAR.glob("*.txt")):
            out.append(Article(id=f"polnear/{path.stem}", text=path.read_text(encoding="utf-8"),
                               published="2016-10-01"))
    for n in range(synthetic):
        s = wire_story(n)
        out.append(Article(id=f"synthetic/{s.id}", text=s.text, title=s.title, published=s.published))
    return out


def _tokens(doc) -> list[list]:
    return [[t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
             bool(t.is_sent_start)] for t in doc]


def dump(cdoc, tokens: bool) -> str:
    row = {
        "id": cdoc.article.id, "status": cdoc.article.status, "reason": cdoc.article.reason, "notes": cdoc.notes,
        "actors": [[m.start_token, m.end_token, m.head_token, m.ref.to_dict() if hasattr(m.ref, "to_dict")
                    else repr(m.ref), m.why, [repr(r) for r in m.members]] for m in cdoc.actors],
        "events": [e.to_dict() for e in cdoc.events],
        "quotes": [q.to_dict() for q in cdoc.quotes],
        "times": [[t.record.to_dict(), t.start_token, t.end_token] for t in cdoc.times],
        "places": [[repr(p.location), p.start_token, p.end_token] for p in cdoc.places],
    }
    if tokens and cdoc.doc is not None:
        row["tokens"] = _tokens(cdoc.doc)
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=repr)


def use_module(spec: str) -> None:
    """Replace a module's code with the file's (``name=path``) and rebind what others imported from it."""
    name, path = spec.split("=", 1)
    module = importlib.import_module(name)
    before = dict(vars(module))
    exec(compile(Path(path).read_text(encoding="utf-8"), path, "exec"), vars(module))
    changed = {id(v): vars(module)[k] for k, v in before.items() if vars(module).get(k) is not v}
    for other in list(sys.modules.values()):
        if other is module or not getattr(other, "__name__", "").startswith("eventwire"):
            continue
        for key, value in list(vars(other).items()):
            if id(value) in changed and any(value is v for v in before.values()):
                setattr(other, key, changed[id(value)])


def _load_parsed(pipeline: Pipeline, articles: list[Article], cache: Path) -> list:
    cdocs = [pipeline._prepare(a) for a in articles]
    ok = [c for c in cdocs if c.article.status == "ok"]
    docs = list(DocBin().from_disk(cache).get_docs(pipeline.resources.nlp.vocab))
    assert len(docs) == len(ok), "cache is of another corpus"
    for cdoc, doc in zip(ok, docs):
        cdoc.doc = doc
    return cdocs


def _code(pipeline: Pipeline, cdocs: list, tokens: bool = False) -> tuple[str, dict[str, float]]:
    totals = {s.name: 0.0 for s in pipeline.stages}
    lines = []
    for cdoc in cdocs:
        if cdoc.article.status == "ok":
            for stage in pipeline.stages:
                t0 = time.process_time()
                ran = pipeline._run(stage, cdoc)
                totals[stage.name] += time.process_time() - t0
                if not ran:
                    break
        lines.append(dump(cdoc, tokens) + "\n")
    return "".join(lines), totals


def compare(specs: list[str], args: argparse.Namespace) -> None:
    """Old / new / old of one or more modules (swapped together) in this process; writes the new dump to ``--out``."""
    pairs = [spec.split("=", 1) for spec in specs]
    news = [(name, importlib.import_module(name).__file__) for name, _ in pairs]
    cache = args.cache / "docs.spacy"
    pipeline = Pipeline()
    articles = corpus(args.synthetic, tuple(args.skip))
    if not cache.exists():
        cdocs = [pipeline._prepare(a) for a in articles]
        list(pipeline._parse(cdocs))
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=[c.doc for c in cdocs if c.article.status == "ok"]).to_disk(cache)
    dumps = []
    for label, versions in (("old", pairs), ("new", news), ("old", pairs)):
        for name, path in versions:
            use_module(f"{name}={path}")
        text, totals = _code(pipeline, _load_parsed(pipeline, corpus(args.synthetic, tuple(args.skip)), cache))
        dumps.append(text)
        print(f"{label}: " + ", ".join(f"{k} {1000 * v / len(articles):.2f}" for k, v in totals.items())
              + " CPU ms/article", file=sys.stderr)
    args.out.write_text(dumps[1], encoding="utf-8")
    print(f"{len(articles)} articles; old == old again: {dumps[0] == dumps[2]}; "
          f"new == old: {dumps[1] == dumps[0]}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cache", type=Path, help="folder for the parsed documents (made on first use)")
    ap.add_argument("--tokens", action="store_true", help="parse anew and dump every token's attributes")
    ap.add_argument("--synthetic", type=int, default=300)
    ap.add_argument("--module", action="append", default=[], help="name=path: run this file's code as that module")
    ap.add_argument("--compare", action="append", default=[],
                    help="name=path: old module vs the current one vs old, in one process (repeat to swap several)")
    ap.add_argument("--skip", action="append", default=[],
                    help="leave out the tests/data files matching this glob (a set still being written)")
    args = ap.parse_args()
    for spec in args.module:
        use_module(spec)
    if args.compare:
        compare(args.compare, args)
        return
    pipeline = Pipeline()
    articles = corpus(args.synthetic, tuple(args.skip))
    cdocs = [pipeline._prepare(a) for a in articles]
    cache = args.cache / "docs.spacy" if args.cache and not args.tokens else None
    started = time.process_time()
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(pipeline.resources.nlp.vocab))
        ok = [c for c in cdocs if c.article.status == "ok"]
        assert len(docs) == len(ok), "cache is of another corpus"
        for cdoc, doc in zip(ok, docs):
            cdoc.doc = doc
    else:
        list(pipeline._parse(cdocs))
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            DocBin(store_user_data=True, docs=[c.doc for c in cdocs if c.article.status == "ok"]).to_disk(cache)
    parse_cpu = time.process_time() - started
    text, totals = _code(pipeline, cdocs, args.tokens)
    args.out.write_text(text, encoding="utf-8")
    n = len(cdocs)
    print(f"{n} articles; parse/load {1000 * parse_cpu / n:.2f} CPU ms/article; stages (CPU ms/article): "
          + ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in totals.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
