"""Tests are written in our own words: no session test file shares a run of 8 words with an item of a tuning set.

A test that retells a dev-set item checks that item a second time instead of the English form it names, and the
tuning score then counts it twice (review of session 13, F18/F20). The tuning sets may be read, so a row first seen
in one of them is fine once it is reworded (other countries, other verbs, another clause order). The check reads
the texts of the newswire tuning sets only (tests/data/newswire_*.jsonl less the held-out files of
``test_held_out_sets_untouched.HELD_OUT``) and the test files of session 13 on (tests/**/test_s13_*.py, test_s14_*.py
and later). Failures name the file, the line and the item's id, never its text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_held_out_sets_untouched import HELD_OUT, item_grams
from test_no_copied_text import N, _file_runs

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
FIRST_SESSION = 13                      # test files of this session on are checked (test_s13_*.py, test_s14_*.py...)
_SESSION_TEST = re.compile(r"test_s(\d+)_\w*\.py")


def _tuning_files() -> list[Path]:
    return sorted(p for p in DATA.glob("newswire_*.jsonl") if p.name not in HELD_OUT)


def _tuning_grams() -> dict[int, str]:
    """hash of each 8-word run of a tuning-set text -> the id of its (first) item."""
    return item_grams(_tuning_files())


def _checked_test_files() -> list[str]:
    found = ((p, _SESSION_TEST.fullmatch(p.name)) for p in (ROOT / "tests").rglob("test_s*.py"))
    return sorted(str(p.relative_to(ROOT)) for p, m in found if m and int(m.group(1)) >= FIRST_SESSION)


def _retold(rel: str, grams: dict[int, str]) -> list[str]:
    """'file:line: shares n words with tuning item(s) [ids]' for each run of ``rel`` found in ``grams``."""
    rows = []
    for line, run in sorted(_file_runs(rel, set(grams)).items()):
        words = run.split()
        ids = {grams[h] for h in (hash(" ".join(words[i:i + N])) for i in range(len(words) - N + 1)) if h in grams}
        rows.append(f"{rel}:{line}: shares {len(words)} words with tuning item(s) {sorted(ids)}")
    return rows


@pytest.fixture(scope="module")
def tuning_grams() -> dict[int, str]:
    files = _tuning_files()
    assert files, "no newswire tuning set under tests/data"
    assert not {p.name for p in files} & set(HELD_OUT)
    return _tuning_grams()


def test_the_check_finds_a_retold_tuning_item(tuning_grams, tmp_path):
    """A file quoting 10 words of a tuning item is caught and named by the item's id; the same in other words is
    not."""
    first = next(line for line in _tuning_files()[0].read_text(encoding="utf-8").splitlines() if line.strip())
    item = json.loads(first)
    words = item["text"].split()
    assert len(words) >= N + 2
    retold = tmp_path / "test_s13_retold.py"     # an absolute path: ROOT / path is the path itself
    retold.write_text(f"TEXT = {('Our row says ' + ' '.join(words[:N + 2]) + ' and goes on.')!r}\n",
                      encoding="utf-8")
    rows = _retold(str(retold), tuning_grams)
    assert rows and item["id"] in rows[0], "a retold tuning item went unnoticed"
    own = tmp_path / "test_s13_own.py"
    own.write_text("TEXT = 'A made-up mayor in a made-up town opened a new bridge on a windy Tuesday.'\n",
                   encoding="utf-8")
    assert not _retold(str(own), tuning_grams)


def test_no_session_test_file_retells_a_tuning_item(tuning_grams):
    files = _checked_test_files()
    assert any(Path(f).name.startswith("test_s13_") for f in files)
    retold = [row for rel in files for row in _retold(rel, tuning_grams)]
    assert not retold, (f"{len(retold)} test passages retell a tuning-set item; write the row in fresh words "
                        "(other countries, verbs, clause order), same form:\n" + "\n".join(retold))
