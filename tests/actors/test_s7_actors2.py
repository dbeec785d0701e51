"""Actors, session 7 second round.

``organisation_kinds``, ``definite_references``: a definite noun of an organisation's kind names again the last
organisation of that kind. "The group", "the militia", "the movement" are no UN body nor the EU; "the alliance" is
a military alliance (NATO) or a non-state coalition, not the EU; "the bloc" a regional or economic bloc (the EU,
ASEAN, the AU), not NATO or a UN body; "the union" a bloc or a non-state union; "the organisation" any organisation;
the groups of leading economies (G7, BRICS) are "the group" and "the bloc".

``unlisted_actors``, ``mention_context``: the role of an apposition or of the body a person is "of" goes to a
titled person whose title names no country; "Justice" before a name is a judge's title; a later bare surname the
tagger mislabelled is still the person; a body's office is the body's ("the Kenyan union's president" is a union man, not Kenya's head of state). Military
ranks (brigadier, lieutenant colonel, ...) are MIL roles with the country of their adjective or possessive; titles
with "General" that are civil offices stay civil.

``governing_places``: "the city" / "the town" as the subject of a governmental act (lifting, banning, imposing,
suing ...) is its council, the country's GOV; in any other use its people (CVL)."""

from __future__ import annotations

import pytest
from actor_mentions import code_at, coded

from eventwire.actors.organisation_kinds import igo_kind, organisation_fits
from eventwire.actors.resolver import Resolution


@pytest.mark.parametrize("text, word, code", [
    # an armed group named, then an IGO, then "the group" / "the militia" / "the movement": the armed group
    ("Al-Shabaab fighters stormed an army base in southern Somalia on Monday. The African Union condemned the raid. "
     "The group later threatened to strike Kenya.", "group", "SOMREB"),
    ("Boko Haram abducted dozens of students in northern Nigeria last week. The United Nations called for their "
     "release on Friday. The group has demanded a ransom from the government.", "group", "NGAREB"),
    ("The Taliban took control of a district in Afghanistan. The World Health Organization warned of a health "
     "crisis there. The militia freed two aid workers on Sunday.", "militia", "AFGREB"),
    # a military alliance named after a bloc: "the alliance" is the alliance, not the EU
    ("NATO soldiers arrived in Kosovo. The European Union pledged aid to Serbia. The alliance also urged Serbia to "
     "talk with Kosovo.", "alliance", "IGONAT"),
    ("Russian jets flew close to Lithuania this week, and NATO protested. Brussels and the EU said nothing. "
     "The alliance will hold drills in Poland next month.", "alliance", "IGONAT"),
    # a bloc named after an alliance or a UN body: "the bloc" / "the union" is the bloc
    ("NATO ministers met in Brussels on Tuesday. The European Union announced new sanctions on Belarus. The bloc "
     "also criticized Minsk.", "bloc", "IGOEUR"),
    ("ASEAN leaders gathered in Jakarta, and the UN Security Council met in New York. The bloc urged Myanmar to "
     "end the violence.", "bloc", "IGOASN"),
    ("The European Union and NATO both condemned the coup in Niger. The union threatened sanctions against the "
     "junta.", "union", "IGOEUR"),
    # the groups of leading economies are "the group" and "the bloc"
    ("Leaders of the G7 met by video link from Kyiv, and the UN chief spoke in New York. The group promised to keep "
     "backing Ukraine.", "group", "IGOGSE"),
    ("The BRICS summit opened in Johannesburg, and NATO met in Vilnius. The bloc asked Iran and Egypt to join.",
     "bloc", "IGOBRC"),
    # "the organisation" may be any organisation, a UN body too
    ("Human Rights Watch released a report on Egypt. The UN also criticized Cairo. The organisation urged Egypt to "
     "free the journalists.", "organisation", "IGOUNO"),
])
def test_definite_noun_names_the_last_organisation_of_its_kind(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, word", [
    # no organisation of the kind named before: the noun names no IGO of another kind
    ("The United Nations condemned the attack in Mali on Monday. The group did not say who was behind it.", "group"),
    ("The European Union met in Brussels on Friday. The alliance will hold drills in Poland next month.",
     "alliance"),
])
def test_no_igo_of_another_kind(pipeline, text, word):
    assert code_at(coded(pipeline, text), word) not in ("IGOUNO", "IGOEUR")


def _org(code: str, sectors: tuple[str, ...] = ()) -> Resolution:
    return Resolution(code=code, country=None, sectors=sectors, name=code, why="test", kind="organisation")


def test_igo_kinds_from_the_code():
    assert igo_kind("IGONAT") == "alliance"
    assert igo_kind("IGOAFUMIL") == "bloc"
    assert igo_kind("IGOUNOREF") == "igo"
    assert igo_kind("IGOGSE") == "group"
    assert igo_kind("SOMREB") is None
    assert igo_kind(None) is None


@pytest.mark.parametrize("kind, code, sectors, fits", [
    ("group", "IGOUNO", (), False), ("group", "AFGREB", ("REB",), True), ("group", "IGOGTW", (), True),
    ("group", "IGOEUR", (), False), ("bloc", "IGOBRC", (), True), ("group", "USAPTY", ("PTY",), False),
    ("alliance", "IGONAT", (), True), ("alliance", "IGOEUR", (), False), ("alliance", "SYRREB", ("REB",), True),
    ("bloc", "IGOEUR", (), True), ("bloc", "IGONAT", (), False), ("bloc", "IGOUNO", (), False),
    ("union", "IGOAFU", (), True), ("union", "CHLLAB", ("LAB",), True), ("union", "IGOWHO", (), False),
    ("organisation", "IGOUNO", (), True), ("organisation", "NGO", (), True),
])
def test_organisation_fits(kind, code, sectors, fits):
    assert organisation_fits(kind, _org(code, sectors)) is fits


@pytest.mark.parametrize("text, word, code", [
    # a title of no country: the apposition's or the body's role and country
    ("Brigadier General Samuel Otieno, a Kenyan army spokesman, accused Somalia of shelling the border.",
     "Otieno", "KENMIL"),
    ("Colonel Hamid Rashidi, the spokesman of the Afghan army, blamed Pakistan for the attack.", "Rashidi", "AFGMIL"),
    ("Captain Ali Hassan of the Libyan coast guard said his men detained 90 migrants.", "Hassan", "LBYMIL"),
    ("Major Tomasz Nowak of the Polish army said the drills would go on.", "Nowak", "POLMIL"),
    # an office of a body named with a country adjective is the body's, not the country's head of state
    ("The Kenyan union's president accused the government of Kenya of lying.", "president", "KENLAB"),
    ("The Israeli company's chief executive criticized the Israeli government.", "executive", "ISRBUS"),
    ("The Syrian opposition's leader met Turkish officials in Ankara.", "leader", "SYROPP"),
    # state bodies keep their code
    ("The Russian army's commander threatened Ukraine.", "commander", "RUSMIL"),
    ("The Turkish government's spokesman condemned Greece.", "spokesman", "TURGOV"),
    # military ranks with the country of their adjective or possessive
    ("A Pakistani brigadier accused India of breaking the ceasefire.", "brigadier", "PAKMIL"),
    ("Guinea's ruling colonel dissolved the government on Sunday.", "colonel", "GINMIL"),
    ("A Sudanese lieutenant colonel said the army had retaken the town.", "colonel", "SDNMIL"),
    ("The Nigerian general threatened the rebels in the Niger Delta.", "general", "NGAMIL"),
])
def test_roles_carried_to_people_and_offices(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, word, codes", [
    # "General" in a civil office: a law officer, the UN's head
    ("Attorney General Maria Lopez criticized the governor of Texas.", "Lopez", ("USAJUD", "USAGOV")),
    ("UN Secretary General Antonio Guterres condemned the strike on the hospital.", "Guterres", ("IGOUNO",)),
    ("Inspector General Paul Reyes criticized the FBI in Washington.", "Reyes", ("USAGOV",)),
])
def test_general_in_civil_titles(pipeline, text, word, codes):
    assert code_at(coded(pipeline, text), word) in codes


@pytest.mark.parametrize("text", [
    "The general election in Kenya was postponed to March.",
    "Kenya's general public was angry about the tax rise.",
])
def test_general_no_military_actor(pipeline, text):
    code = code_at(coded(pipeline, text), "general")
    assert code is None or not code.endswith("MIL")


@pytest.mark.parametrize("text, surname, code", [
    # a later bare surname keeps the role even where the tagger reads it as another kind of name
    ("Senator Amina Yusuf, a Nigerian lawmaker, criticized the army. Yusuf also accused the police of abuses.",
     "Yusuf", "NGALEG"),
    ("Brigadier General Samuel Otieno, a Kenyan army spokesman, spoke on Monday. Later Otieno blamed Somalia.",
     "Otieno", "KENMIL"),
])
def test_later_surname_keeps_the_role(pipeline, text, surname, code):
    assert code_at(coded(pipeline, text), surname, 1) == code


@pytest.mark.parametrize("text, word, nth, code", [
    ("Protests shook Lagos for a week. The city lifted the curfew on Monday.", "city", 0, "NGAGOV"),
    ("Fans clashed with police in Marseille on Saturday. The city has banned all matches for a month.", "city", 0,
     "FRAGOV"),
    ("Floods hit the Kenyan town of Garissa. The town ordered residents to leave.", "town", 1, "KENGOV"),
    ("Kyiv's residents spent the night in shelters, and the city imposed a new curfew.", "city", 0, "UKRGOV"),
])
def test_town_or_city_acting_as_government(pipeline, text, word, nth, code):
    assert code_at(coded(pipeline, text), word, nth) == code


@pytest.mark.parametrize("text, word", [
    ("The city mourned the victims of the bombing in Kabul.", "city"),
    ("Residents fled Mosul as the city was shelled by Iraqi forces.", "city"),
    ("Protests shook Lagos for a week. The whole city banned cars on Sunday by choice.", "city"),
])
def test_town_or_city_otherwise_no_government(pipeline, text, word):
    code = code_at(coded(pipeline, text), word)
    assert code is None or not code.endswith("GOV")


@pytest.mark.parametrize("text, word, code", [
    # "Justice" before a name is a judge's title, with or without an honorific before it
    ("Justice Peter Smith rejected the appeal by Britain.", "Smith", "GBRJUD"),
    ("Mr Justice Peter Smith rejected the appeal by Britain.", "Smith", "GBRJUD"),
    ("Mrs Justice Ann Carter dismissed the case against the British government.", "Carter", "GBRJUD"),
])
def test_justice_title_is_a_judge(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_justice_as_a_word_is_no_judge(pipeline):
    cdoc = coded(pipeline, "Families of the victims in Britain demanded justice from the government.")
    code = code_at(cdoc, "justice")
    assert code is None or not code.endswith("JUD")
