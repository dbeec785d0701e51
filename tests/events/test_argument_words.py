"""The word classes of the argument finder (data/cameo/arguments.yaml): loaded and validated."""

from __future__ import annotations

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.argument_words import ArgumentWords, argument_words


def test_packaged_file_loads_every_class():
    words = argument_words()
    assert "statement" in words.texts and "witness" in words.witnessing and "aide" in words.aides
    assert "dozens" in words.quantifiers and "position" in words.holdings and "hold" in words.holding_verbs


def _write(tmp_path, body: str):
    path = tmp_path / "arguments.yaml"
    path.write_text(body, encoding="utf-8")
    return path


_ALL = ["texts", "witnessing", "aides", "adversaries", "act_taken", "agent_participles", "buildings",
        "quantifiers", "holdings", "holding_verbs", "leading_verbs",
        "buying_verbs", "supplying_verbs", "carrying_verbs", "provisions", "accords",
        "mutual_verbs", "crowds", "taking_part",
        "circumstances", "partners", "harmed_in", "campaigns", "acting_participles", "rally_purposes",
        "frontiers"]


def _classes(**override) -> str:
    lines = ["noun_lemmas:", "  - {form: bases, lemma: base}", "classes:"]
    for name in _ALL:
        lines.append(f"  - class: {name}\n    words: {override.get(name, '[word]')}")
    return "\n".join(lines) + "\n"


def test_a_complete_file_loads(tmp_path):
    words = ArgumentWords.load(_write(tmp_path, _classes(holdings="[base, camp]")))
    assert words.holdings == frozenset({"base", "camp"})


@pytest.mark.parametrize("override, fault, line", [
    ({"aides": "[aide, aide]"}, "listed twice", 8),
    ({"texts": "[Statement]"}, "lower-case", 4),
    ({"buildings": "[]"}, "non-empty", 16),
])
def test_faults_name_the_file_and_the_line(tmp_path, override, fault, line):
    path = _write(tmp_path, _classes(**override))
    with pytest.raises(DictionaryError) as err:
        ArgumentWords.load(path)
    assert fault in str(err.value) and "arguments.yaml" in str(err.value) and str(line) in str(err.value)


def test_unknown_and_missing_classes_are_faults(tmp_path):
    with pytest.raises(DictionaryError, match="not one of"):
        ArgumentWords.load(_write(tmp_path, _classes() + "  - class: places\n    words: [x]\n"))
    with pytest.raises(DictionaryError, match="missing"):
        ArgumentWords.load(_write(tmp_path, "noun_lemmas: [{form: bases, lemma: base}]\n"
                                            "classes:\n  - class: texts\n    words: [statement]\n"))


def test_noun_lemmas_mend_the_lemmatiser(pipeline):
    words = argument_words()
    assert words.noun_lemmas == {"bases": "base"}
    doc = pipeline.resources.nlp("Israeli jets struck two bases in Syria.")
    bases = next(t for t in doc if t.lower_ == "bases")
    assert words.noun_lemma(bases) == "base"
    assert "visit" in words.acting_participles and "celebrate" in words.rally_purposes


@pytest.mark.parametrize("body, fault", [
    ("noun_lemmas: [{form: bases}]\n", "form: WORD, lemma: WORD"),
    ("noun_lemmas: [{form: Bases, lemma: base}]\n", "lower-case"),
    ("noun_lemmas: [{form: bases, lemma: base}, {form: bases, lemma: basis}]\n", "listed twice"),
    ("noun_lemmas: []\n", "non-empty 'noun_lemmas'"),
])
def test_noun_lemma_faults_name_the_file(tmp_path, body, fault):
    text = _classes().replace("noun_lemmas:\n  - {form: bases, lemma: base}\n", body)
    with pytest.raises(DictionaryError) as err:
        ArgumentWords.load(_write(tmp_path, text))
    assert fault in str(err.value) and "arguments.yaml" in str(err.value)
