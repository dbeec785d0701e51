"""Schema checks for the CAMEO verb/noun pattern lexicon (data/verbs/NN.yaml)
and the discard rules (data/filters/discards.yaml).

Pure data checks with PyYAML: they do not need the matcher or a spaCy model.
CAMEO codes are checked against the shared codebook when it is present
(/work/shared/data/cameo/CAMEO.eventcodes.txt), else against the packaged
data/cameo/codes.tsv when that exists; otherwise only the code shape is checked.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data"
VERBS = DATA / "verbs"
DISCARDS = DATA / "filters" / "discards.yaml"
ROOTS = [f"{i:02d}" for i in range(1, 21)]
SHARED_CODEBOOK = Path("/work/shared/data/cameo/CAMEO.eventcodes.txt")
PACKAGED_CODES = DATA / "cameo" / "codes.tsv"

PATTERN_KEYS = {"id", "code", "verbs", "nouns", "preps", "objects", "complement", "subjects", "target",
                "symmetric", "voice", "priority", "examples", "counter", "political_source", "needs", "count",
                "clause_verbs", "target_foreign"}
EXAMPLE_KEYS = {"text", "source", "target"}
TARGET_RE = re.compile(r"^(auto|dobj|none|prep:[a-z]+)$")
ID_RE = re.compile(r"^[a-z0-9_]+$")
ACTOR_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
# lower-case words; a dot only inside a word the tokenizer keeps whole ("u.s. strike": 'U.S.' is one token)
LEMMA_RE = re.compile(r"^[a-z0-9][a-z0-9'\-. ]*$")


def _codebook() -> set[str] | None:
    for path in (SHARED_CODEBOOK, PACKAGED_CODES):
        if path.exists():
            codes = set()
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
                code = line.split("\t", 1)[0].strip()
                if code.isdigit():
                    codes.add(code)
            return codes
    return None


CODES = _codebook()


def _load(root: str) -> dict:
    path = VERBS / f"{root}.yaml"
    assert path.exists(), f"missing {path}"
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.mark.parametrize("root", ROOTS)
def test_verb_file_schema(root):
    data = _load(root)
    assert isinstance(data, dict), root
    assert data.get("root") == root
    patterns = data.get("patterns")
    assert isinstance(patterns, list) and patterns, f"{root}: no patterns"
    seen: set[str] = set()
    for i, pat in enumerate(patterns):
        where = f"{root}.yaml pattern #{i} ({pat.get('id')!r})"
        assert isinstance(pat, dict), where
        unknown = set(pat) - PATTERN_KEYS
        assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
        pid = pat.get("id")
        assert isinstance(pid, str) and ID_RE.match(pid), f"{where}: bad id"
        assert pid not in seen, f"{where}: duplicate id"
        seen.add(pid)
        code = pat.get("code")
        assert isinstance(code, str) and code.isdigit() and len(code) in (2, 3, 4), f"{where}: bad code {code!r}"
        assert code.startswith(root), f"{where}: code {code} not under root {root}"
        if CODES is not None:
            assert code in CODES, f"{where}: code {code} not in the CAMEO codebook"
        verbs = pat.get("verbs") or []
        nouns = pat.get("nouns") or []
        assert isinstance(verbs, list) and isinstance(nouns, list), where
        assert verbs or nouns, f"{where}: needs verbs or nouns"
        for lemma in [*verbs, *nouns, *(pat.get("objects") or [])]:
            assert isinstance(lemma, str) and LEMMA_RE.match(lemma), f"{where}: bad lemma {lemma!r}"
            assert lemma == lemma.strip() and "  " not in lemma, f"{where}: stray blanks in {lemma!r}"
        preps = pat.get("preps") or {}
        assert isinstance(preps, dict), where
        for prep, objs in preps.items():
            assert isinstance(prep, str) and LEMMA_RE.match(prep), f"{where}: bad prep {prep!r}"
            assert isinstance(objs, list), f"{where}: prep {prep} objects must be a list"
            for lemma in objs:
                assert isinstance(lemma, str) and LEMMA_RE.match(lemma), f"{where}: bad pobj {lemma!r}"
        target = pat.get("target", "auto")
        assert isinstance(target, str) and TARGET_RE.match(target), f"{where}: bad target {target!r}"
        assert pat.get("voice", "any") in ("active", "passive", "any"), where
        assert isinstance(pat.get("symmetric", False), bool), where
        assert isinstance(pat.get("political_source", False), bool), where
        assert isinstance(pat.get("target_foreign", False), bool), where
        assert pat.get("count", "mass") in ("mass", "thousands") and ("count" not in pat or verbs), \
            f"{where}: count is 'mass' or 'thousands', on a pattern with verbs"
        assert isinstance(pat.get("priority", 0), int), where
        needs = pat.get("needs", {"words": ["-"]})
        assert isinstance(needs, dict) and set(needs) <= {"words", "earlier"} and needs.get("words"), \
            f"{where}: needs is {{words: [...], earlier: [codes]}}"
        for code in needs.get("earlier") or []:
            assert isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4, f"{where}: needs.earlier {code!r}"
        examples = pat.get("examples")
        assert isinstance(examples, list) and examples, f"{where}: needs examples"
        for ex in examples:
            assert isinstance(ex, dict) and EXAMPLE_KEYS <= set(ex), f"{where}: example needs text/source/target"
            assert isinstance(ex["text"], str) and ex["text"].strip(), where
            assert isinstance(ex["source"], str) and ACTOR_RE.match(ex["source"]), f"{where}: bad source {ex['source']!r}"
            assert ex["target"] is None or (isinstance(ex["target"], str) and ACTOR_RE.match(ex["target"])), \
                f"{where}: bad target {ex['target']!r}"
        counter = pat.get("counter") or []
        assert isinstance(counter, list) and all(isinstance(c, str) and c.strip() for c in counter), where


def test_every_three_digit_code_covered():
    if CODES is None:
        pytest.skip("no CAMEO codebook available")
    used = {p["code"] for root in ROOTS for p in _load(root)["patterns"]}
    three = {c for c in CODES if len(c) == 3}
    missing = sorted(three - used)
    assert not missing, f"3-digit codes without a pattern: {missing}"


def test_example_texts_unique():
    seen: dict[str, str] = {}
    for root in ROOTS:
        for pat in _load(root)["patterns"]:
            for ex in pat["examples"]:
                key = ex["text"].strip()
                assert key not in seen, f"example reused: {key!r} ({seen[key]} and {root}#{pat['id']})"
                seen[key] = f"{root}#{pat['id']}"


def test_discards_schema():
    with DISCARDS.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    rules = data.get("discards")
    assert isinstance(rules, list) and rules
    seen = set()
    for rule in rules:
        assert isinstance(rule, dict), rule
        assert set(rule) <= {"id", "lemmas", "phrases", "context", "example", "patterns", "context_in",
                             "spare"}, rule
        rid = rule.get("id")
        assert isinstance(rid, str) and ID_RE.match(rid) and rid not in seen, rid
        seen.add(rid)
        assert rule.get("lemmas") or rule.get("phrases"), f"{rid}: needs lemmas or phrases"
        for key in ("lemmas", "phrases", "context"):
            vals = rule.get(key) or []
            assert isinstance(vals, list) and all(isinstance(v, str) and v.strip() for v in vals), f"{rid}: {key}"
        assert rule.get("lemmas") is None or rule.get("context") or rule.get("phrases"), \
            f"{rid}: a lemma rule needs context words"
        assert isinstance(rule.get("example"), str) and rule["example"].strip(), f"{rid}: needs an example"
