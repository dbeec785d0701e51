"""Session 12 precision decisions (owner "prec").

1. Denials (CAMEO 016) are coded only when an actor denies responsibility for, a role in or carrying out a
   specific act; denying a report, an allegation, a claim or a plan in general is no event (neither 016 nor a
   rejection 120), and what a plan denied says is not coded either.
2. Hypotheticals and futures: a likely, scheduled or expected meeting or visit is 036 (both ways for a
   meeting, one way for a trip); other speculative acts ("could reach a deal") are no event; a sanction or an
   expulsion announced with "will"/"would" and no condition is the act itself, a vowed or conditional one a
   threat, a forecast ("is expected to impose") nothing.
3. Sub-codes: a town captured 192, an exchange of fire or a clash of armed sides 193 both ways, a ruler removed
   by an army or a legislature 172, a named leader or official killed 186; and the next most frequent
   confusions of the sets: an attack condemned is 111 (not 1123), revenge vowed 138 (not 130).

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
    "Chad's president dismissed the tribunal's decision to issue a summons for him on fraud charges as "
    "meaningless.",
    "A Belgian court agreed to hand a former Rwandan colonel over to France, where he faces murder charges, "
    "rejecting his lawyers' argument that the case was political.",
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


# ---------------------------------------------------------------- 2. hypotheticals and futures
@pytest.mark.parametrize("text", [
    "The Indian prime minister is expected to meet the Chinese president in Beijing on Friday.",
    "The Indian prime minister is set to meet the Chinese president in Beijing on Friday.",
    "The Japanese and Chinese leaders could meet as early as next week, officials said.",
])
def test_a_likely_or_scheduled_meeting_is_036_both_ways(pipeline, text):
    pairs = {(r[1][:3], r[2][:3]) for r in coded(pipeline, text) if r[0] == "036"}
    assert len(pairs) == 2 and {p[::-1] for p in pairs} == pairs, pairs


def test_an_expected_visit_is_036_one_way(pipeline):
    rows = coded(pipeline, "Germany's chancellor is expected to visit Beijing next month.")
    assert [(r[0], r[1][:3], r[2][:3]) for r in rows] == [("036", "DEU", "CHN")], rows


@pytest.mark.parametrize("text", [
    "Iran and the United States could reach a comprehensive deal on the nuclear programme, the president said.",
    "The European Union is expected to impose new sanctions on Belarus next week.",
    "Slovakia's parliament is expected to ratify Finland's membership bid next week, the speaker said.",
])
def test_a_speculative_or_forecast_act_is_no_event(pipeline, text):
    assert coded(pipeline, text) == []


@pytest.mark.parametrize("text, code", [
    ("Poland will expel two Russian diplomats, the foreign ministry said on Monday.", "161"),
    ("The United States will impose tariffs on Chinese steel from Monday, the White House said.", "163"),
    ("Nauru said on Monday it would sever diplomatic relations with Taiwan with immediate effect.", "161"),
])
def test_a_sanction_announced_with_will_is_the_act(pipeline, text, code):
    assert code in {r[0] for r in coded(pipeline, text)}


@pytest.mark.parametrize("text, code", [
    ("The EU will impose new sanctions on Belarus unless the opposition leader is freed, diplomats said.", "1312"),
    ("Poland vowed on Monday to expel Russian diplomats.", "1313"),
])
def test_a_conditional_or_vowed_sanction_stays_a_threat(pipeline, text, code):
    assert code in {r[0] for r in coded(pipeline, text)}


# ---------------------------------------------------------------- 3. sub-codes
@pytest.mark.parametrize("text, code, both_ways", [
    ("Syrian rebels captured the town of Maarat al-Numan on Tuesday.", "192", False),
    ("Indian and Pakistani troops exchanged fire across the Line of Control on Tuesday.", "193", True),
    ("Kenyan troops clashed with al Shabaab fighters near the Somali border on Sunday.", "193", True),
    ("Peru's Congress removed President Martin Vizcarra from office on Monday.", "172", False),
    ("Sudan's military removed long-time President Omar al-Bashir on Thursday.", "172", False),
    ("Sri Lanka's army said on Monday it had killed Velupillai Prabhakaran, the founder of the Tamil Tigers.",
     "186", False),
    ("Andrei Karlov, Russia's ambassador to Turkey, was shot dead in Ankara on Monday by a Turkish police officer.",
     "186", False),
    ("The Egyptian army toppled President Mohamed Mursi on Wednesday.", "172", False),
    # condemning an attack denounces it (111); revenge vowed is a threat of force (138)
    ("Japan condemned North Korea's missile launch on Sunday.", "111", False),
    ("Hezbollah vowed revenge against Israel after the strike on its commander.", "138", False),
])
def test_the_sub_code_of_force_and_removal(pipeline, text, code, both_ways):
    rows = [r for r in coded(pipeline, text) if r[0] == code]
    assert rows, coded(pipeline, text)
    if both_ways:
        assert {(r[1], r[2]) for r in rows} == {(r[2], r[1]) for r in rows}


def test_a_named_civilian_killed_is_no_assassination(pipeline):
    rows = coded(pipeline, "Gunmen killed John Mensah, a farmer, near Tamale in Ghana on Sunday.")
    assert not [r for r in rows if r[0] == "186"], rows


def test_a_faulty_assassination_table_names_the_file(tmp_path):
    from eventwire.errors import DictionaryError
    from eventwire.events.target_policy import TargetPolicy
    from eventwire.dictionaries.files import data_path

    text = data_path("cameo", "targets.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "targets.yaml"
    bad.write_text(text.replace('  code: "186"', '  code: 186'), encoding="utf-8")
    with pytest.raises(DictionaryError, match="assassination"):
        TargetPolicy.load(bad)
