"""Session 12 precision decisions (owner "prec").

1. Denials (CAMEO 016) are coded only when an actor denies responsibility for, a role in or carrying out a
   specific act; denying a report, an allegation, a claim or a plan in general is no event (neither 016 nor a
   rejection 120), and what a plan denied says is not coded either.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2024-03-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- 1. denials
@pytest.mark.parametrize("text, source", [
    ("Ghana's government denied any role in the bombing of the border post on Tuesday.", "GHAGOV"),
    ("The Malian militia rejected responsibility for the attack on the market in Gao.", "MLIREB"),
    ("Belgrade denied on Friday that its police had beaten the Kosovo customs officers.", "SRB"),
    ("India issued a denial of any involvement in the border raid.", "IND"),
])
def test_a_denial_of_a_specific_act_is_016(pipeline, text, source):
    rows = coded(pipeline, text)
    assert any(r[0] == "016" and (r[1] or "").startswith(source[:3]) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Moldova's government dismissed a Russian media report about troop movements on Monday.",
    "Serbia's ruling party rejected accusations of electoral fraud on Sunday.",
    "Georgia's government dismissed the accusations from Moscow on Monday.",
    "Peru's interior minister denied the allegations on Thursday.",
    "India issued a denial of the spying claims.",
    "The Bolivian president was firm in his denial on Monday.",
])
def test_a_general_denial_is_no_event(pipeline, text):
    rows = coded(pipeline, text)
    assert not [r for r in rows if r[0][:2] in ("01", "12")], rows


def test_a_charge_called_baseless_is_no_denial_but_the_charge_stays(pipeline):
    text = ("Opposition activists in Syria accused the army of shelling the village on Monday, a charge the "
            "government dismissed as baseless.")
    rows = coded(pipeline, text)
    assert not [r for r in rows if r[1] == "SYRGOV"], rows
    assert any(r[0].startswith("11") and r[1] == "SYROPP" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Cuba denied on Monday that it was planning to send troops to Venezuela.",
    "Kenya denied on Monday that it was planning to close the border with Somalia.",
])
def test_a_plan_denied_is_no_denial_and_no_intent(pipeline, text):
    assert coded(pipeline, text) == []


def test_a_rejected_territorial_claim_stays_a_rejection(pipeline):
    rows = coded(pipeline, "The Philippines rejected Beijing's claims to the reef.")
    assert any(r[0] == "120" for r in rows), rows


@pytest.mark.parametrize("text", [
    # the charge is no object of the rejection: what is dismissed is a decision, an argument
    "Sudan's president dismissed the court's decision to issue a warrant for his arrest on war crimes charges as "
    "worthless.",
    "Spain's High Court agreed on Monday to extradite a former Venezuelan general to the United States, where he "
    "faces drug charges, rejecting his lawyers' argument that he would be persecuted.",
])
def test_a_rejection_near_a_charge_stays_a_rejection(pipeline, text):
    rows = coded(pipeline, text)
    assert any(r[0] == "120" for r in rows), rows


def test_a_discard_rule_may_look_at_the_objects_only(tmp_path):
    from eventwire.dictionaries.verb_lexicon import load_discard_file
    from eventwire.errors import DictionaryError

    good = tmp_path / "good.yaml"
    good.write_text('discards:\n  - id: x\n    lemmas: [deny]\n    context: [report]\n    context_in: object\n'
                    '    example: "Chad denied the report."\n', encoding="utf-8")
    assert [r.context_in for r in load_discard_file(good)] == ["object"]
    bad = tmp_path / "bad.yaml"
    bad.write_text('discards:\n  - id: x\n    lemmas: [deny]\n    context: [report]\n    context_in: verb\n'
                   '    example: "Chad denied the report."\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match="context_in"):
        load_discard_file(bad)
