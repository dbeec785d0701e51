"""The PolNeAR loader (benchmarks/devsets/polnear.py): brat standoff -> gold JSONL on cleaned text."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

LOADER = Path(__file__).resolve().parents[2] / "benchmarks" / "devsets" / "polnear.py"


@pytest.fixture(scope="module")
def polnear():
    spec = importlib.util.spec_from_file_location("polnear_loader_test", LOADER)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


TEXT = ('Headline Here\n\n  “We are ready,” Peskov said, “to talk.”\n\n'
        'The Kremlin said the two would “quite likely” meet.\n\nIt rained.\n')


def _offsets(text, part, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _ann(text):
    c1 = _offsets(text, "“We are ready,”")
    c2 = _offsets(text, "“to talk.”")
    s1 = _offsets(text, "Peskov")
    q1 = _offsets(text, "said", 0)
    c3 = _offsets(text, "the two would “quite likely” meet")
    s3 = _offsets(text, "The Kremlin")
    q3 = _offsets(text, "said", 1)
    return "\n".join([
        f"T1\tContent {c1[0]} {c1[1]};{c2[0]} {c2[1]}\t...",
        f"T2\tSource {s1[0]} {s1[1]}\tPeskov",
        f"T3\tCue {q1[0]} {q1[1]}\tsaid",
        f"T4\tAttribution {q1[0]} {q1[1]}\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        f"T5\tContent {c3[0]} {c3[1]}\t...",
        f"T6\tSource {s3[0]} {s3[1]}\tThe Kremlin",
        f"T7\tCue {q3[0]} {q3[1]}\tsaid",
        f"T8\tAttribution {q3[0]} {q3[1]}\tsaid",
        "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6",
        "",
    ])


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "paper_2016-09-12_talks.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-09-12_talks_b2.ann").write_text(_ann(TEXT), encoding="utf-8")
    (tmp_path / "attributions" / "paper_2016-09-12_talks_a1.ann").write_text(_ann(TEXT), encoding="utf-8")
    return tmp_path


def test_quote_kind_from_marks(polnear):
    assert polnear.quote_kind("“all quoted here.”") == "direct"
    assert polnear.quote_kind("the two could “quite likely” meet") == "mixed"
    assert polnear.quote_kind("no marks at all") == "indirect"
    assert polnear.quote_kind("''Typewriter marks,'' too") == "mixed"


def test_converts_to_cleaned_text_with_covering_spans(polnear, split):
    [line] = polnear.convert_split(split)
    text = line["text"]
    assert text == TEXT and line["published"] == "2016-09-12"   # no boilerplate: unchanged
    split_quote, mixed = line["quotes"]
    assert text[split_quote["start"]:split_quote["end"]] == "“We are ready,” Peskov said, “to talk.”"
    assert split_quote["kind"] == "direct" and split_quote["speaker"]["text"] == "Peskov"
    assert text[mixed["start"]:mixed["end"]] == "the two would “quite likely” meet"
    assert mixed["kind"] == "mixed" and mixed["cue"] == "said"


def test_boilerplate_lines_go_and_spans_follow(polnear, tmp_path):
    raw = "Headline Here\n\nShare this article\n\nThe Kremlin said the two would “quite likely” meet.\n"
    content = _offsets(raw, "the two would “quite likely” meet")
    cleaned, [quote], lost = polnear.to_cleaned(raw, [{"start": content[0], "end": content[1], "kind": "mixed",
                                                       "speaker": None, "cue": "said"}])
    assert "Share this" not in cleaned and lost == 0
    assert cleaned[quote["start"]:quote["end"]] == "the two would “quite likely” meet"


def test_raw_mode_keeps_the_original_offsets(polnear, split):
    [line] = polnear.convert_split(split, raw=True)
    q = line["quotes"][1]
    assert line["raw_text"][q["start"]:q["end"]] == "the two would “quite likely” meet"


def test_main_writes_gold_and_input(polnear, split, tmp_path):
    out = tmp_path / "out" / "dev"
    assert polnear.main([str(split), "--out", str(out)]) == 0
    gold = [json.loads(l) for l in (tmp_path / "out" / "dev.gold.jsonl").read_text().splitlines()]
    inputs = [json.loads(l) for l in (tmp_path / "out" / "dev.input.jsonl").read_text().splitlines()]
    assert gold[0]["id"] == inputs[0]["id"] and inputs[0]["text"] == TEXT
    assert "raw_text" not in gold[0]
