"""Session 13 sub-code decisions (owner "codes").

1. The general-denial veto (discards.yaml#general_denial) tells a claim of land or of a right ("dismissed
   Y's claims to the islands", "territorial claims") from an accusation: the first is a rejection (12) of the
   claimant, the second stays no event. The rule's ``spare`` field says which prepositions or modifiers of
   the object keep it from counting.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.dictionaries.verb_lexicon import load_discard_file
from eventwire.errors import DictionaryError

from .coded_rows import Row, event_rows

PUB = "2024-03-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- 1. claims of land are rejected, not denied
@pytest.mark.parametrize("text, source, target", [
    ("Malaysia dismissed Manila's claims to the state of Sabah on Wednesday.", "MYS", "PHL"),
    ("The Belize foreign ministry dismissed Guatemala's claim over the southern cays as unfounded.", "BLZ", "GTM"),
    ("Eritrea dismissed Djibouti's territorial claims on the border hills.", "ERI", "DJI"),
])
def test_a_claim_to_territory_dismissed_is_a_rejection(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert any(r[0].startswith("12") and (r[1] or "")[:3] == source and (r[2] or "")[:3] == target
               for r in rows), rows


@pytest.mark.parametrize("text", [
    "Belize's government dismissed the claims from Guatemala on Monday.",
    "Eritrea dismissed Djibouti's claims that its troops had crossed the border.",
    "The Malaysian police dismissed the activists' claims of abuse in custody.",
])
def test_an_accusation_dismissed_stays_no_event(pipeline, text):
    rows = coded(pipeline, text)
    assert not [r for r in rows if r[0][:2] in ("01", "12")], rows


def _write_rule(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "discards.yaml"
    path.write_text("discards:\n  - id: some_denial\n    lemmas: [dismiss]\n    context: [claim, report]\n"
                    f"{extra}    example: \"Chile dismissed the report.\"\n", encoding="utf-8")
    return path


def test_spare_is_read_as_a_context_word_and_its_spared_words(tmp_path):
    rules = load_discard_file(_write_rule(tmp_path, "    context_in: object\n    spare: {claim: [to, over]}\n"))
    assert rules[0].spare == (("claim", frozenset({"to", "over"})),)


@pytest.mark.parametrize("extra", [
    "    spare: {claim: [to]}\n",                              # needs context_in: object
    "    context_in: object\n    spare: {charge: [to]}\n",     # not a context word
    "    context_in: object\n    spare: {claim: []}\n",        # nothing spared
])
def test_a_bad_spare_is_a_load_error(tmp_path, extra):
    with pytest.raises(DictionaryError):
        load_discard_file(_write_rule(tmp_path, extra))


# ---------------------------------------------------------------- 2. sub-codes
def _has(rows: list[Row], code: str, source: str, target: str | None) -> bool:
    return any(r[0] == code and (r[1] or "")[:3] == source and ((r[2] or "")[:3] == target if target else True)
               for r in rows)


@pytest.mark.parametrize("text, code, side_a, side_b", [
    ("Egypt's foreign minister met his Ethiopian counterpart in Nairobi on Thursday.", "044", "EGY", "ETH"),
    ("The Peruvian and Chilean presidents met in Brasilia on Monday to discuss the border.", "044", "PER", "CHL"),
    ("Kenya's president met the Ugandan prime minister on the sidelines of an East African trade summit in Nairobi.",
     "040", "KEN", "UGA"),
    ("Senegal's president met the French president in Dakar on Tuesday.", "040", "SEN", "FRA"),
    ("The Sudanese and Chadian leaders met in the Ethiopian capital Addis Ababa on Sunday.", "044", "SDN", "TCD"),
])
def test_a_meetings_place_settles_third_place_or_home(pipeline, text, code, side_a, side_b):
    rows = coded(pipeline, text)
    assert _has(rows, code, side_a, side_b) and _has(rows, code, side_b, side_a), rows


def test_a_place_that_is_the_topic_is_no_venue(pipeline):
    rows = coded(pipeline, "The Kenyan and Ugandan presidents discussed the fighting in the South Sudanese "
                           "capital Juba.")
    assert not [r for r in rows if r[0] == "044"], rows


def test_a_summit_with_no_third_place_is_a_meeting(pipeline):
    rows = coded(pipeline, "The Kenyan president held a summit with the Tanzanian president at State House on Friday.")
    assert _has(rows, "040", "KEN", "TZA"), rows


@pytest.mark.parametrize("text, source", [
    ("Ethiopian troops pushed into Somalia's Gedo region on Sunday.", "ETH"),
    ("Rebel fighters rolled into the northern town of Kidal on Thursday.", None),
    ("Jihadist fighters overran Palmyra on Wednesday.", None),
])
def test_an_advance_into_a_place_occupies_territory(pipeline, text, source):
    rows = coded(pipeline, text)
    assert any(r[0] == "192" and (source is None or (r[1] or "")[:3] == source) for r in rows), rows


@pytest.mark.parametrize("text, source, target", [
    ("Malian soldiers killed six jihadist fighters in a firefight near Mopti on Monday.", "MLI", "MLI"),
    ("Tuareg rebels killed three Malian soldiers in a clash near Kidal on Sunday.", "MLI", "MLI"),
    ("Maoist rebels killed five Indian policemen in a gun battle in Chhattisgarh.", "IND", "IND"),
])
def test_combatants_killed_in_a_clash_are_small_arms_fighting(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert _has(rows, "193", source, target), rows


def test_combatants_killed_with_no_fighting_named_stay_190(pipeline):
    rows = coded(pipeline, "Somali militants killed five Kenyan soldiers near the border town of Mandera.")
    assert _has(rows, "190", "SOM", "KEN"), rows


@pytest.mark.parametrize("text, side_a, side_b", [
    ("Eritrea and Ethiopia accused each other of shelling villages along the border.", "ERI", "ETH"),
    ("India and Pakistan accused each other of violating the ceasefire in Kashmir.", "IND", "PAK"),
])
def test_sides_accusing_each_other_of_an_attack_accuse_of_aggression(pipeline, text, side_a, side_b):
    rows = coded(pipeline, text)
    assert _has(rows, "1123", side_a, side_b) and _has(rows, "1123", side_b, side_a), rows


def test_accusing_the_other_of_something_else_stays_112(pipeline):
    rows = coded(pipeline, "Greece and Turkey each accused the other of stoking tension in the Aegean.")
    assert _has(rows, "112", "GRC", "TUR"), rows


def test_an_accusation_of_firing_on_a_boat_is_aggression(pipeline):
    rows = coded(pipeline, "Japan accused Russian patrol boats of firing water cannon at Japanese fishing trawlers "
                           "near the disputed islands.")
    assert _has(rows, "1123", "JPN", "RUS"), rows


@pytest.mark.parametrize("text", [
    "A suicide bomber struck a police checkpoint in Mogadishu on Tuesday.",
    "A suicide bomber killed twenty worshippers in a mosque in Peshawar on Friday.",
])
def test_a_suicide_bomber_striking_is_a_suicide_bombing(pipeline, text):
    rows = coded(pipeline, text)
    assert any(r[0] == "1831" for r in rows), rows


# ---------------------------------------------------------------- round 2: what the act is about
@pytest.mark.parametrize("text, source, target", [
    ("Sudanese troops shelled rebel positions near Kadugli on Friday despite the ceasefire.", "SDN", "SDN"),
    ("Azerbaijani troops attacked Armenian positions in violation of the truce, the Armenian defence ministry said.",
     "AZE", "ARM"),
    ("Eritrean soldiers fired artillery shells at an Ethiopian army camp on Friday, the first breach of the ceasefire "
     "in months.", "ERI", "ETH"),
])
def test_fighting_that_breaks_a_truce_violates_the_ceasefire(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert _has(rows, "196", source, target), rows


def test_an_exchange_of_fire_breaching_a_truce_is_196_both_ways(pipeline):
    rows = coded(pipeline, "Indian and Pakistani troops exchanged fire on Monday, breaching a truce agreed last week.")
    assert _has(rows, "196", "IND", "PAK") and _has(rows, "196", "PAK", "IND"), rows


def test_shelling_with_no_truce_named_stays_194(pipeline):
    rows = coded(pipeline, "Israeli troops shelled Gaza on Sunday.")
    assert _has(rows, "194", "ISR", "PSE") and not any(r[0] == "196" for r in rows), rows


@pytest.mark.parametrize("text, code", [
    ("Thousands of Serbians marched through Belgrade demanding the prime minister's resignation.", "1411"),
    ("Teachers marched through Nairobi to demand higher wages from the government.", "1412"),
    ("Protesters stormed the parliament building in Lima, demanding that the president resign.", "1451"),
])
def test_what_a_protest_demands_sets_its_sub_code(pipeline, text, code):
    rows = coded(pipeline, text)
    assert any(r[0] == code for r in rows), rows


def test_a_protest_with_no_demand_stays_141(pipeline):
    rows = coded(pipeline, "Thousands of Kenyans protested against the government in Nairobi.")
    assert any(r[0] == "141" for r in rows) and not any(r[0].startswith("141") and len(r[0]) == 4 for r in rows), rows


@pytest.mark.parametrize("text, code, source, target", [
    ("The pope appealed to Russia and Ukraine to return to the negotiating table before winter.", "026", None, "RUS"),
    ("Burkina Faso's government appealed to Turkey to send troops to help it defeat the insurgents.", "0234", "BFA",
     "TUR"),
    ("Haiti's government called on Kenya to speed up the deployment of its police mission.", "0234", "HTI", "KEN"),
    ("The Palestinian president urged Israel to freeze settlement building.", "0242", "PSE", "ISR"),
    ("The Arab League urged Ethiopia and Eritrea to agree to an immediate ceasefire.", "0256", "IGO", "ETH"),
    ("Nigeria's unions demanded that the government cut fuel prices.", "1042", "NGA", "NGA"),
    ("Thousands of Armenians demanded that the government withdraw the new media bill.", "1042", "ARM", "ARM"),
    ("Egypt and Qatar agreed on Monday to restore diplomatic relations.", "032", "EGY", "QAT"),
    ("Peru and Chile agreed to set up a hotline between their navies.", "0312", "PER", "CHL"),
    ("Mongolia and Russia agreed on Friday to build a new railway line.", "0311", "MNG", "RUS"),
])
def test_what_is_asked_or_agreed_sets_the_sub_code(pipeline, text, code, source, target):
    rows = coded(pipeline, text)
    assert any(r[0] == code and (source is None or (r[1] or "")[:3] == source) and (r[2] or "")[:3] == target
               for r in rows), rows


@pytest.mark.parametrize("text, code", [
    ("Ukraine demanded that Russia withdraw its forces.", "106"),
    ("Mexico agreed to strengthen ties with Chile.", "030"),
    ("Ethiopia and Eritrea agreed to settle their border dispute.", "037"),
])
def test_other_contents_keep_their_codes(pipeline, text, code):
    rows = coded(pipeline, text)
    assert any(r[0] == code for r in rows), rows


def test_the_content_table_is_validated(tmp_path):
    from eventwire.events.content_codes import ContentCodes
    table = ContentCodes.load()
    assert any(r.code == "196" for r in table.rules)
    bad = tmp_path / "content.yaml"
    bad.write_text('rules:\n  - {id: x, from: ["19"], code: "141", cue_preps: [despite], cue_verbs: [breach], '
                   'words: [truce], examples: ["A truce."]}\n')
    with pytest.raises(DictionaryError):
        ContentCodes.load(path=bad)
