"""The held-out dev sets stay unseen: no test, lexicon example, comment or code of the project shares a
run of 8 words with a text of a set the team keeps out of tuning.

A blind set measures how the coder does on news nobody tuned it on only while no rule or test was written
from its texts. This check cannot prove nobody read them, but it catches the common leak: a test sentence or
a lexicon example retelling a held-out item. Which sets are held out changes from session to session (a held-out
set becomes a tuning set when a newer blind set is written): ``HELD_OUT`` names them. Failures name the file,
the line and the held-out item's id, never its text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_no_copied_text import N, _WORD, _file_runs, _norm, _project_files

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
HELD_OUT = ("newswire_n_sentences.jsonl", "newswire_n_snippets.jsonl",
            "newswire_o_sentences.jsonl", "newswire_o_snippets.jsonl")


def item_grams(paths) -> dict[int, str]:
    """hash of each 8-word run of the item texts of the JSONL files ``paths`` -> the id of its (first) item."""
    grams: dict[int, str] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            words = _WORD.findall(_norm(item["text"]))
            for i in range(len(words) - N + 1):
                grams.setdefault(hash(" ".join(words[i:i + N])), item["id"])
    return grams


def _held_out_grams() -> dict[int, str]:
    return item_grams(DATA / name for name in HELD_OUT)


@pytest.fixture(scope="module")
def held_out_grams() -> dict[int, str]:
    missing = [name for name in HELD_OUT if not (DATA / name).is_file()]
    assert not missing, f"held-out sets named in HELD_OUT are missing: {missing}"
    return _held_out_grams()


def test_the_check_finds_a_retold_item(held_out_grams, tmp_path):
    """A file quoting 10 words of a held-out text is caught; the same file in other words is not."""
    first = next(line for line in (DATA / HELD_OUT[0]).read_text(encoding="utf-8").splitlines() if line.strip())
    words = json.loads(first)["text"].split()
    assert len(words) >= N + 2
    retold = tmp_path / "retold.py"      # an absolute path: ROOT / path is the path itself
    retold.write_text(f"TEXT = {('Our test says ' + ' '.join(words[:N + 2]) + ' and goes on.')!r}\n",
                      encoding="utf-8")
    assert _file_runs(str(retold), set(held_out_grams)), "a retold held-out item went unnoticed"
    own = tmp_path / "own.py"
    own.write_text("TEXT = 'A made-up mayor in a made-up town opened a new bridge on a windy Tuesday.'\n",
                   encoding="utf-8")
    assert not _file_runs(str(own), set(held_out_grams))


def test_no_project_file_retells_a_held_out_item(held_out_grams):
    grams = set(held_out_grams)
    retold = []
    for rel in _project_files():
        if Path(rel).name in HELD_OUT:
            continue
        for line, run in sorted(_file_runs(rel, grams).items()):
            words = run.split()
            ids = {held_out_grams[h] for h in (hash(" ".join(words[i:i + N])) for i in range(len(words) - N + 1))
                   if h in held_out_grams}
            retold.append(f"{rel}:{line}: shares {len(words)} words with held-out item(s) {sorted(ids)}")
    assert not retold, (f"{len(retold)} passages retell a held-out dev-set item; reword them or drop them, and do "
                        "not tune on that set:\n" + "\n".join(retold))
