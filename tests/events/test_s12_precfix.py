"""Session 12 review fix-ups (owner precfix): one gold convention across the tuning sets, and the rules they need.

The gold checks read only the team set and sets D-I (never the held-out J and K files).
"""
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
TUNING_FILES = ["newswire_sentences.jsonl", "newswire_snippets.jsonl"] + [
    f"newswire_{s}_{w}.jsonl" for s in "defghi" for w in ("sentences", "snippets")]


def _tuning_gold() -> dict[str, dict]:
    items = {}
    for name in TUNING_FILES:
        assert not re.search(r"_[jk]_", name)
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                items[item["id"]] = item
    return items


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return _tuning_gold()


# review #2/#7: a denial of a specific act of the denier or its own forces is 016 in every tuning set
DENIALS_OF_OWN_ACTS = ["nwe-s041", "nwe-s131", "nwe-p31", "nwe-p39", "nwe-p51", "nwf-009", "nwf-222", "nwf-253",
                       "nwg-070", "nwg-092", "nwg-162", "nwg-190", "nwg-s23", "nwg-s34", "nwh-068", "nwh-163",
                       "nwh-254", "nwh-271", "nwh-s004", "nwh-s016", "nwi-185", "nwi-204", "nwi-s026", "nwi-s046",
                       "nwi-s057", "nwi-s060", "nwi-s065", "nws-038", "nws-003", "nwd-005", "nwdp-07"]


@pytest.mark.parametrize("item_id", DENIALS_OF_OWN_ACTS)
def test_a_denial_of_an_own_specific_act_is_coded_016_in_tuning_gold(gold, item_id):
    assert any(e["cameo"] == "016" for e in gold[item_id]["events"]), item_id


def test_a_rejected_charge_of_a_specific_act_is_no_general_rejection(gold):
    # the Sudanese minister calling a report of his forces' campaign 'lies' denies the act (016), not 12
    assert [e["cameo"] for e in gold["nwe-p51"]["events"] if e["source"] == "SDNGOV"] == ["016"]


def test_every_documented_gold_change_is_listed_in_the_score_docstring():
    doc = (DATA.parents[1] / "benchmarks" / "score_newswire.py").read_text(encoding="utf-8")
    paragraph = doc[doc.index("Conventions unified in session 12"):]
    paragraph = paragraph[:paragraph.index("\n\n")]
    for item_id in DENIALS_OF_OWN_ACTS[:28]:
        assert item_id in paragraph, item_id
    assert "were not changed" not in paragraph


# review #10: curfews, states of emergency and martial law, imposed or lifted, target the bare country
CURFEW_CODES = {"0813", "0814", "1723", "1724"}


def test_curfews_emergencies_and_martial_law_target_the_bare_country(gold):
    odd = [(i, e) for i, item in gold.items() for e in item["events"]
           if e["cameo"] in CURFEW_CODES and not re.fullmatch(r"[A-Z]{3}", e["target"] or "")]
    assert odd == []


# review #14: ECOWAS is IGOWAS in gold as in the actor dictionary
def test_ecowas_is_igowas_in_tuning_gold(gold):
    assert [i for i, item in gold.items()
            if any("IGOWAF" in (e["source"] or "", e["target"] or "") for e in item["events"])] == []


# session 12 decision: small-arms fire exchanged by two armed sides is 193 both ways
def test_an_exchange_of_fire_between_armed_sides_is_193_in_gold(gold):
    codes = sorted((e["source"], e["target"], e["cameo"]) for e in gold["nwg-007"]["events"])
    assert codes == [("KGZMIL", "TJKMIL", "193"), ("TJKMIL", "KGZMIL", "193")]



# review #15: claims.denial_code is not dead: it is the first reply code, by which a denial coded in the sentence
# counts as the speaker's reply to a claim (claims.py, covered_judgements.judged_comments); only its comment changed
def test_the_claims_denial_code_is_the_first_reply_code():
    from eventwire.dictionaries.cameo_codes import CameoCodes
    from eventwire.dictionaries.evaluation_lexicon import EvaluationLexicon

    lexicon = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert lexicon.reply_codes[0] == lexicon.denial_code == "016"


# review #9: a denied 'that' clause is a denial (016) only when it tells of the denier's own side
@pytest.mark.parametrize("text, expected", [
    ("Israel denied that its troops had fired on the convoy.", [("016", "ISR")]),
    ("Pakistan denied that it had armed the militants.", [("016", "PAK")]),
    ("Chad's army denied that any of its units had crossed the border.", [("016", "TCDMIL")]),
    ("The Kremlin denied that talks with Kyiv had collapsed.", []),
    ("The electoral board denied that the vote had been rigged.", []),
])
def test_a_denied_that_clause_is_016_only_for_the_deniers_own_act(pipeline, text, expected):
    from .coded_rows import event_rows

    rows = event_rows(pipeline, text, "2024-03-06")
    assert [(r[0], r[1]) for r in rows if r[0].startswith("01")] == expected
