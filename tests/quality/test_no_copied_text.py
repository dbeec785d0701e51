"""No third-party text in the project: no file we ship or test with shares a run of 8 words with
the texts in ../shared/data (PolNeAR, MEANTIME, the article-extraction pages, the PETRARCH unit
tests, the CAMEO/PLOVER manuals, the seed article).

Those texts may be read and measured against, never copied: a test sentence or a docstring example
is written here, in our own words, even when it exercises a form first seen in them. Texts a test
reads from ../shared at run time (the seed fixture, the dev-set loaders) are not copies. Skips when
../shared is absent (the product never needs it).
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import html
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
N = 8                                    # words in a run that counts as copied
SCANNED_DIRS = ("src", "tests", "benchmarks", "docs", "scripts")
SCANNED_FILES = ("README.md",)
SUFFIXES = {".py", ".yaml", ".yml", ".md", ".json", ".jsonl", ".txt", ".tsv", ".csv", ".toml", ".cfg", ".html"}

# whole files whose runs are names the standard gives, not prose
ALLOWED_FILES = {
    # CAMEO's labels of its own codes ("Appeal for release of persons or property"): the names of
    # the categories we code into, kept as the codebook words them so codes and labels agree
    "src/eventwire/data/cameo/codes.tsv",
}
# single runs that are proper names or official titles (facts, not text), by sha1 of the run
ALLOWED_RUNS: dict[str, str] = {
    "dadd5ce719b53f94eb214b18ddeb5af46f330bbb": "organisations.yaml: UNITA's full name",
    "d393bf452daf8a365d951b065c5eaf45c65c4143": "organisations.yaml: MASSOB's full name",
    "89b8624fb685501aa2d9fbe06d62a988014e79a5": "people/finance_interior.yaml: a Federal Reserve office's title",
    "34e9944388fcd2e7be38b7d583a9ead88df873c6": "people/north_america.yaml: a U.S. Attorney's office title",
}

_WORD = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"<token\b[^>]*>(.*?)</token>", re.S)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_FILE_KEY = re.compile(r"(?m)^(\s*-?\s*file:).*$")


def _norm(text: str) -> str:
    text = text.lower()
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2014", " "),
                 ("\u2013", " ")):
        text = text.replace(a, b)
    return re.sub(r"n't\b", " not", text)      # "don't" and MEANTIME's "do" "n't" read alike


def _json_strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _json_strings(value)


def _shared_texts() -> Iterator[str]:
    """Every third-party text under ../shared/data; MEANTIME's XML as its token text, pages without tags."""
    for path in sorted(SHARED.rglob("*")):
        if not path.is_file() or path.name == "SOURCE.md":      # SOURCE.md files are ours
            continue
        if path.name.endswith(".html.gz"):
            page = gzip.decompress(path.read_bytes()).decode("utf-8", errors="ignore")
            yield html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page)))
            continue
        if path.suffix in (".pdf", ".gz", ".xsd"):
            continue
        raw = path.read_text(errors="ignore")
        if path.suffix == ".xml":
            tokens = _TOKEN.findall(raw)
            yield " ".join(html.unescape(t) for t in tokens) if tokens else html.unescape(_TAG.sub(" ", raw))
        elif path.suffix == ".json":
            try:
                yield "\n".join(_json_strings(json.loads(raw)))
            except ValueError:
                yield raw
        else:
            yield raw


def _runs(text: str, grams: set[int]) -> Iterator[tuple[int, str]]:
    """(line, words) of each longest run of >= N words of ``text`` that is in ``grams``."""
    normed = _norm(text)
    matches = list(_WORD.finditer(normed))
    words = [m.group() for m in matches]

    def copied(i: int) -> bool:
        return hash(" ".join(words[i:i + N])) in grams

    i = 0
    while i <= len(words) - N:
        if not copied(i):
            i += 1
            continue
        j = i
        while j + 1 <= len(words) - N and copied(j + 1):
            j += 1
        yield normed.count("\n", 0, matches[i].start()) + 1, " ".join(words[i:j + N])
        i = j + N


def _project_files() -> list[str]:
    try:
        listed = subprocess.run(["git", "ls-files", *SCANNED_DIRS, *SCANNED_FILES], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(ROOT)) for d in SCANNED_DIRS for p in (ROOT / d).rglob("*")]
        listed += list(SCANNED_FILES)
    return sorted(f for f in listed if f and Path(f).suffix in SUFFIXES and (ROOT / f).is_file())


def _file_runs(rel: str, grams: set[int]) -> dict[int, str]:
    text = (ROOT / rel).read_text(errors="ignore")
    if rel.endswith((".yaml", ".yml")):
        text = _FILE_KEY.sub(r"\1", text)     # a dev set's `file:` names a shared file: a reference
    found = dict(_runs(text, grams))
    if rel.endswith(".py"):                   # string literals as Python reads them (escapes, joins)
        try:
            tree = ast.parse(text)
        except SyntaxError:
            tree = None
        for node in ast.walk(tree) if tree is not None else ():
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 30:
                for _, run in _runs(node.value, grams):
                    if not any(run in r or r in run for r in found.values()):
                        found[node.lineno] = run
    return found


@pytest.fixture(scope="module")
def shared_grams() -> set[int]:
    if not SHARED.is_dir():
        pytest.skip("../shared/data not present")
    grams: set[int] = set()
    for text in _shared_texts():
        words = _WORD.findall(_norm(text))
        grams.update(hash(" ".join(words[i:i + N])) for i in range(len(words) - N + 1))
    return grams


def test_the_checker_reads_meantime_tokens_and_finds_a_run(shared_grams):
    meantime = next(SHARED.glob("meantime/**/*.xml"), None)
    if meantime is None:
        pytest.skip("no MEANTIME file")
    tokens = _TOKEN.findall(meantime.read_text(errors="ignore"))[:40]
    text = "A test says: " + " ".join(html.unescape(t) for t in tokens) + " (end)"
    assert list(_runs(text, shared_grams)), "a MEANTIME sentence went unnoticed"
    assert not list(_runs("Our own words about a made-up mayor who opened a bridge on a windy day.", shared_grams))


def test_no_project_file_copies_a_run_of_eight_words(shared_grams):
    copied = []
    for rel in _project_files():
        if rel in ALLOWED_FILES:
            continue
        for line, run in sorted(_file_runs(rel, shared_grams).items()):
            if hashlib.sha1(run.encode()).hexdigest() not in ALLOWED_RUNS:
                copied.append(f"{rel}:{line}: {run[:100]}")
    assert not copied, (f"{len(copied)} passages share {N}+ words with ../shared/data; reword them:\n"
                        + "\n".join(copied))
