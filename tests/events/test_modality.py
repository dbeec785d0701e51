"""Modality detection and CAMEO intent codes."""

from __future__ import annotations

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.modality import ModalityRules, detect


@pytest.fixture(scope="module")
def rules():
    return ModalityRules.load()


def test_intent_codes_take_the_longest_prefix(rules):
    assert rules.intent_code("040") == "036"
    assert rules.intent_code("0871") == "0356"
    assert rules.intent_code("0711") == "0331"
    assert rules.intent_code("190") is None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Japan met China.", "met", "asserted"),
    ("Japan did not meet China.", "meet", "negated"),
    ("Japan never met China.", "met", "negated"),
    ("Japan could meet China.", "meet", "hypothetical"),
    ("If Japan meets China, prices will fall.", "meets", "hypothetical"),
    ("Japan will meet China.", "meet", "future"),
    ("Japan is going to meet China.", "meet", "future"),
    ("Japan failed to meet China.", "meet", "negated"),
    ("Japan is set to meet China.", "meet", "future"),
])
def test_verb_modality(pipeline, rules, text, trigger, expected):
    doc = pipeline.resources.nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    assert detect(tok, rules, noun=False).modality == expected


def test_noun_modality(pipeline, rules):
    doc = pipeline.resources.nlp("Japan held no talks with China.")
    assert detect(doc[3], rules, noun=True).modality == "negated"
    doc = pipeline.resources.nlp("Japan will hold talks with China.")
    assert detect(doc[3], rules, noun=True).modality == "future"


def test_a_no_inside_the_patterns_own_phrase_is_not_a_negation(pipeline, rules):
    doc = pipeline.resources.nlp("The ministry had no comment on the case.")
    no, comment = doc[3], doc[4]
    assert detect(comment, rules, noun=True).modality == "negated"          # "no talks" is no event
    assert detect(comment, rules, noun=True, own_words=frozenset({no.i, comment.i})).modality == "asserted"


def test_refusal_to_comment_is_coded_as_asserted(pipeline):
    coded = pipeline.code_text("The Saudi government had no comment on the case.", published="2024-10-01")
    assert [(e.cameo, e.modality) for e in coded.events] == [("011", "asserted")]


def test_bad_table_names_the_file(tmp_path):
    path = tmp_path / "intent.yaml"
    path.write_text('intent: {"04": "041"}\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="03x code"):
        ModalityRules.load(path)
    path.write_text("intent: {}\nnegations: [not, no]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="negations"):
        ModalityRules.load(path)
    path.write_text('intent: {}\nroots:\n  future_as_act: [14, "15"]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="roots.future_as_act") as err:
        ModalityRules.load(path)
    assert str(path) in str(err.value)
    path.write_text('intent: {}\nroots:\n  judging: ["1", "12"]\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="two-digit"):
        ModalityRules.load(path)


def test_the_word_lists_of_the_drops_are_data(rules):
    # roots that judge their object, verbs of praise, speculative auxiliaries, misread forms of the
    # mental states and the roots whose announced act is the act: all in intent.yaml
    assert rules.roots["judging"] == {"11", "12"} and rules.roots["future_as_act"] == {"14", "15"}
    assert "praise" in rules.governors["praise"] and "would" not in rules.auxiliaries["speculative"]
    assert {"hoped", "hoping"} <= rules.governors["mental_state_forms"]


def test_a_conjoined_verb_without_an_auxiliary_shares_the_first_verbs(pipeline):
    coded = pipeline.code_text("The White House said Trump would meet Kim Jong Un in Vietnam and discuss "
                               "denuclearisation.", published="2019-02-01")
    roots = {e.root for e in coded.events}
    assert "03" in roots and "04" not in roots    # both acts are announced, neither has happened
