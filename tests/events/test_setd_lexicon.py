"""Lexicon round 2 (issue 3): trigger forms and code choices the blind wire set D missed, each
tested in several phrasings of our own (tenses, voices, actors), with negatives."""

from __future__ import annotations

import pytest


def _codes(pipeline, text, published="2021-06-01"):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published=published).events}


def _roots(got):
    return {code[:2] for code, _, _ in got}


# ---------------------------------------------------------------- 040 handshakes
@pytest.mark.parametrize("text, a, b, code", [
    ("The Indian prime minister and the Pakistani prime minister shook hands at the summit.", "INDGOV", "PAKGOV",
     "040"),
    # (in a third country: 044, events/venues.py, session 13)
    ("Iranian and Saudi foreign ministers have shaken hands in Beijing.", "IRNGOV", "SAUGOV", "044"),
    ("The Colombian president and a rebel commander shook hands at a ceremony in Havana.", "COLGOV", "COLREB", "040"),
])
def test_coordinated_leaders_shaking_hands_meet(pipeline, text, a, b, code):
    got = _codes(pipeline, text)
    assert (code, a, b) in got and (code, b, a) in got


# ---------------------------------------------------------------- 186 killing an official
@pytest.mark.parametrize("text, source, target", [
    ("A Turkish policeman shot dead the Russian ambassador in Ankara.", "TURCOP", "RUSGOV"),
    ("Mexican gunmen killed a mayoral candidate in Guerrero.", "MEXREB", "MEXPTY"),
    ("Militants in Pakistan gunned down a provincial governor on Friday.", "PAKREB", "PAKGOV"),
    ("An off-duty Serbian policeman shot dead Croatia's ambassador in Belgrade on Monday.", "SRBCOP", "HRVGOV"),
    ("Suspected rebels have murdered a Colombian senator.", "COLREB", "COLLEG"),
])
def test_killing_an_official_is_assassination(pipeline, text, source, target):
    assert ("186", source, target) in _codes(pipeline, text)


def test_killing_villagers_stays_killing(pipeline):
    got = _codes(pipeline, "Nigerian rebels killed twenty villagers.")
    assert got and "186" not in {c for c, _, _ in got}
    assert all(c.startswith("18") for c, _, _ in got)


# ---------------------------------------------------------------- 091 summoned for questioning
@pytest.mark.parametrize("text, source", [
    ("Turkish prosecutors summoned the opposition mayor for questioning.", "TURJUD"),
    ("Indian police summoned a Chinese executive for questioning over tax evasion.", "INDCOP"),
])
def test_summoned_for_questioning_is_investigation(pipeline, text, source):
    got = _codes(pipeline, text)
    assert any(c == "091" and s == source for c, s, _ in got)
    assert not any(c.startswith("17") for c, _, _ in got)


# ---------------------------------------------------------------- 163 sanctions imposed or adopted
@pytest.mark.parametrize("text, source, target", [
    ("Switzerland adopted the EU's sanctions against Russia.", "CHE", "RUS"),
    ("Norway has joined the sanctions against Belarus.", "NOR", "BLR"),
    ("Canada imposed an arms embargo against Myanmar.", "CAN", "MMR"),
])
def test_sanctions_adopted_against_a_party(pipeline, text, source, target):
    assert ("163", source, target) in _codes(pipeline, text)


def test_adopting_a_law_is_no_sanction(pipeline):
    assert "16" not in _roots(_codes(pipeline, "The EU adopted a new climate law on Tuesday."))


# ---------------------------------------------------------------- decided conflict acts are no threats
@pytest.mark.parametrize("text, expected", [
    ("The European Union agreed to impose sanctions on Belarus on Thursday.", ("163", "IGOEUR", "BLR")),
    ("EU foreign ministers have agreed to freeze the assets of Syrian officials.", ("163", "IGOEUR", "SYRGOV")),
    ("NATO allies decided to expel seven Russian diplomats.", ("161", "IGONAT", "RUSGOV")),
])
def test_agreed_or_decided_conflict_act_is_the_act(pipeline, text, expected):
    got = _codes(pipeline, text)
    assert expected in got
    assert not any(c.startswith("13") or c.startswith("03") for c, _, _ in got)


def test_vowed_conflict_act_stays_a_threat(pipeline):
    got = _codes(pipeline, "Iran vowed to impose sanctions on American companies.")
    assert ("1312", "IRN", "USABUS") in got


# ---------------------------------------------------------------- 194 shells fired onto / toward
@pytest.mark.parametrize("text, source, target", [
    ("North Korea fired artillery shells onto a South Korean island.", "PRK", "KOR"),
    ("Lebanese militants fired rockets toward northern Israel.", "LBNREB", "ISR"),
    ("Gaza militants fired dozens of rockets towards Israeli towns on Sunday.", "PSEREB", "ISRCVL"),
])
def test_shells_fired_onto_or_toward_a_place(pipeline, text, source, target):
    assert ("194", source, target) in _codes(pipeline, text)


# ---------------------------------------------------------------- 073 aid carried to people
@pytest.mark.parametrize("text, source, target", [
    ("U.S. military helicopters ferried water, rice and medicine to coastal villages in Indonesia.", "USAMIL", "IDNCVL"),
    ("Turkish trucks carried food and medicine to Syrian refugees.", "TUR", "SYRREF"),
    ("Indian aircraft brought relief supplies to Nepal on Sunday.", "INDMIL", "NPL"),
])
def test_aid_ferried_or_carried_to_people(pipeline, text, source, target):
    assert ("073", source, target) in _codes(pipeline, text)


# ---------------------------------------------------------------- discard rules need real evidence
@pytest.mark.parametrize("text, root", [
    ("Hamas gunmen killed hundreds of Israelis at a music festival near the Gaza border.", "18"),
    ("Islamist gunmen killed dozens of Nigerian villagers at a harvest festival in Borno.", "18"),
    ("Malian rebels attacked French soldiers guarding the stadium in Gao.", "19"),
    ("Russian troops attacked the final Ukrainian positions in Bakhmut.", "19"),
    ("Myanmar soldiers shot dead a Japanese photographer in Yangon.", "18"),
    ("Sudanese soldiers killed a television cameraman and a photographer in Khartoum.", "18"),
    ("Syrian rebels attacked a government convoy during the fighting season.", "19"),
])
def test_political_violence_is_not_vetoed_as_sport_or_show(pipeline, text, root):
    got = _codes(pipeline, text, published="2023-10-08")
    assert any(c.startswith(root) for c, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Spain's striker fired a shot past the goalkeeper in the second half.",
    "The French director shot the war drama in Morocco last summer.",
    "Pakistani families slaughtered goats to celebrate Eid.",
])
def test_sport_film_and_ritual_are_still_vetoed(pipeline, text):
    got = _codes(pipeline, text)
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in got)


# ---------------------------------------------------------------- 133 workers threatening to strike
@pytest.mark.parametrize("text, source", [
    ("Nigerian trade unions threatened to strike over the fuel price.", "NGALAB"),
    ("Teachers' unions in Argentina threatened on Monday to strike in every province.", "ARGLAB"),
    ("British junior doctors have threatened to walk out next month.", "GBRHLH"),
])
def test_workers_threatening_to_strike_threaten_dissent(pipeline, text, source):
    got = _codes(pipeline, text)
    assert any(c == "133" and s == source for c, s, _ in got)
    assert not any(c.startswith("138") for c, _, _ in got)


def test_a_state_threatening_to_strike_a_target_threatens_force(pipeline):
    got = _codes(pipeline, "Israel threatened to strike Iran's nuclear facilities.")
    assert any(c.startswith("138") and s == "ISR" for c, s, _ in got)


# ---------------------------------------------------------------- 073 aid dropped to people
@pytest.mark.parametrize("text, source, target", [
    ("Indian air force helicopters dropped food packets to families stranded by the floods in Assam.", "INDMIL", "INDCVL"),
    ("Jordanian planes dropped aid to Gaza residents on Tuesday.", "JOR", "PSECVL"),
])
def test_aid_dropped_to_people(pipeline, text, source, target):
    assert ("073", source, target) in _codes(pipeline, text)


def test_leaflets_dropped_are_no_aid(pipeline):
    assert "07" not in _roots(_codes(pipeline, "Israeli jets dropped leaflets over Gaza."))


# ---------------------------------------------------------------- 143 only workers strike
@pytest.mark.parametrize("text, source", [
    ("French rail workers struck for a third day on Thursday.", "FRALAB"),
    ("South Korean doctors have been striking since February.", "KORHLH"),
    ("Chile's copper miners struck on Monday.", "CHLLAB"),
])
def test_workers_striking_is_a_labour_strike(pipeline, text, source):
    # a strike naming no addressee is dissent against the strikers' own government (targets.yaml rally)
    assert ("143", source, source[:3] + "GOV") in _codes(pipeline, text)


def test_a_state_that_struck_targets_is_no_labour_strike(pipeline):
    got = _codes(pipeline, "Israel shot down an Iranian drone and then struck what it said were Iranian targets in Syria.")
    assert got and not any(c.startswith("14") for c, _, _ in got)
