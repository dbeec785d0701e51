"""Session 13, actors (issue 4): a party is ruling (PTY) or in opposition (OPP) on the article's date: dated party
entries, "the party" naming again the party named before, and the party of an opposition figure."""

from __future__ import annotations

from datetime import date
from importlib import resources

import pytest
import yaml

from actor_mentions import code_at, coded


@pytest.mark.parametrize("name, when, code", [
    # in government, then out of it (and back)
    ("Law and Justice", date(2017, 3, 1), "POLPTY"),
    ("Law and Justice", date(2024, 6, 1), "POLOPP"),
    ("Civic Platform", date(2020, 5, 1), "POLOPP"),
    ("Civic Platform", date(2024, 6, 1), "POLPTY"),
    ("Likud", date(2022, 1, 10), "ISROPP"),
    ("Likud", date(2023, 7, 1), "ISRPTY"),
    ("People Power Party", date(2023, 3, 1), "KORPTY"),
    ("People Power Party", date(2025, 8, 1), "KOROPP"),
    ("Peoples Democratic Party", date(2010, 4, 1), "NGAPTY"),
    ("Peoples Democratic Party", date(2018, 9, 25), "NGAOPP"),
    ("Pheu Thai", date(2024, 2, 1), "THAPTY"),
    ("Pheu Thai", date(2025, 10, 1), "THAOPP"),
    ("SPD", date(2011, 5, 1), "DEUOPP"),
    ("SPD", date(2019, 5, 1), "DEUPTY"),
    ("Kuomintang", date(2012, 1, 1), "TWNPTY"),
    ("Kuomintang", date(2020, 1, 1), "TWNOPP"),
    # never in the national government: the opposition whatever the date
    ("Alternative for Germany", date(2024, 6, 1), "DEUOPP"),
    ("National Rally", date(2022, 6, 1), "FRAOPP"),
    ("Economic Freedom Fighters", date(2021, 6, 1), "ZAFOPP"),
])
def test_a_party_is_ruling_or_in_opposition_on_the_day(resolver, name, when, code):
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code, (name, when, res)


def _party_entries():
    text = resources.files("eventwire.data.actors").joinpath("organisations.yaml").read_text(encoding="utf-8")
    return [e for e in yaml.safe_load(text) if e.get("roles") and e["code"][3:] in ("PTY", "OPP")]


def test_dated_party_roles_follow_each_other_without_gaps():
    entries = _party_entries()
    assert len(entries) > 100
    for entry in entries:
        roles = entry["roles"]
        assert roles[0]["from"] is None and roles[-1]["to"] is None, entry["names"]
        for before, after in zip(roles, roles[1:]):
            assert before["to"] == after["from"] and before["code"] != after["code"], entry["names"]
        assert {r["code"][:3] for r in roles} == {entry["code"][:3]}, entry["names"]


@pytest.mark.parametrize("published, code", [("2024-09-21", "PAKOPP"), ("2020-06-01", "PAKPTY")])
def test_the_party_names_again_the_party_named_before(pipeline, published, code):
    cdoc = coded(pipeline, "Officers detained scores of Pakistan Tehreek-e-Insaf activists across Lahore before "
                           "dawn on Sunday. The party said the arrests were meant to silence its supporters.",
                 published)
    assert code_at(cdoc, "party") == code


def test_the_party_of_a_banned_ruling_party_is_out_of_power(pipeline):
    cdoc = coded(pipeline, "The interim government banned all activities of the Awami League on Saturday. The party "
                           "condemned the ban as illegal.", "2025-05-11")
    assert code_at(cdoc, "party") == "BGDOPP"


@pytest.mark.parametrize("published, code", [("2024-09-21", "PAKOPP"), ("2020-06-01", "PAKPTY")])
def test_the_party_of_an_opposition_leader_is_in_opposition(pipeline, published, code):
    cdoc = coded(pipeline, "Imran Khan's party called for nationwide protests on Friday.", published)
    assert code_at(cdoc, "party") == code


@pytest.mark.parametrize("name, code", [("Pacific Islands Forum", "IGOPIF"), ("CARICOM", "IGOCAR"),
                                        ("ECOWAS", "IGOWAS"), ("Mercosur", "IGOMER")])
def test_regional_bodies_have_the_codes_of_the_newswire_conventions(resolver, name, code):
    res = resolver.lookup(name, date(2022, 7, 1))
    assert res is not None and res.code == code


@pytest.mark.parametrize("name, when, code", [
    ("Aisha Mohammed Musa", date(2025, 3, 1), "ETHGOV"),     # defence minister again from October 2024
    ("Yermek Kosherbayev", date(2025, 6, 1), "KAZGOV"),      # foreign minister from February 2025
    ("Rosa Villavicencio", date(2025, 10, 1), "COLGOV"),     # foreign minister from July 2025
    ("Sihasak Phuangketkeow", date(2025, 12, 1), "THAGOV"),  # foreign minister of the Anutin government
])
def test_ministers_of_2025_hold_their_office(resolver, name, when, code):
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code, (name, res)


# ---- round 2 (PLOVER actors): a bracketed acronym after a body's name is the body's short name
@pytest.mark.parametrize("text, word, country", [
    ("Officials of the Serbian Bus Drivers Association (AKK) asked the ministry for talks on Monday.", "AKK", "SRB"),
    ("The Kenyan Metropolitan Bus Service (MBS) said on Friday that fares would rise.", "MBS", "KEN"),
    ("Leaders of the Mexican Association of Lorry Owners (AMLO) met the transport minister.", "AMLO", "MEX"),
])
def test_a_bracketed_acronym_after_a_body_is_no_persons_initials(pipeline, text, word, country):
    cdoc = coded(pipeline, text, "2021-03-01")
    assert code_at(cdoc, word) is None or code_at(cdoc, word)[:3] == country, [
        (m.ref.text, m.ref.code) for m in cdoc.actors]
    assert all(m.ref.name not in ("Annegret Kramp-Karrenbauer", "Mohammed bin Salman", "Andres Manuel Lopez Obrador")
               for m in cdoc.actors), [(m.ref.text, m.ref.name) for m in cdoc.actors]


@pytest.mark.parametrize("text, name", [
    ("Mexican President Andres Manuel Lopez Obrador (AMLO) criticised the ruling on Tuesday.", "AMLO"),
    ("AKK, the German defence minister, visited the troops in Lithuania.", "AKK"),
    ("Saudi Crown Prince Mohammed bin Salman (MBS) met the envoy in Riyadh.", "MBS"),
])
def test_a_persons_own_initials_still_name_the_person(pipeline, text, name):
    cdoc = coded(pipeline, text, "2020-01-15")
    assert code_at(cdoc, name) is not None, [(m.ref.text, m.ref.code) for m in cdoc.actors]


@pytest.mark.parametrize("name, when, code", [
    ("CNDD-FDD", date(2001, 6, 1), "BDIREB"),
    ("Forces for the Defence of Democracy", date(2002, 2, 1), "BDIREB"),
    ("CNDD-FDD", date(2015, 7, 1), "BDIPTY"),
])
def test_a_rebel_movement_that_became_the_ruling_party(resolver, name, when, code):
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code, (name, when, res)


# ---- review F19: party roles on the day, one convention for caretaker periods (no party rules then)
@pytest.mark.parametrize("name, when, code", [
    ("Orange Democratic Movement", date(2019, 6, 1), "KENOPP"),
    ("Orange Democratic Movement", date(2025, 3, 1), "KENPTY"),      # ministers in Ruto's cabinet from 2024-08
    ("PSDB", date(2010, 6, 1), "BRAOPP"),
    ("PSDB", date(2017, 9, 1), "BRAPTY"),                            # foreign ministry under Temer
    ("PSDB", date(2021, 6, 1), "BRAOPP"),
    ("Pakistan Muslim League", date(2018, 7, 1), "PAKOPP"),          # caretaker period of 2018
    ("Pakistan Muslim League", date(2023, 11, 1), "PAKOPP"),         # caretaker period of 2023-24
    ("Pakistan Muslim League", date(2023, 5, 1), "PAKPTY"),
    ("Pakistan Muslim League", date(2024, 6, 1), "PAKPTY"),
    ("Pakistan Peoples Party", date(2013, 4, 20), "PAKOPP"),         # caretaker period of 2013
    ("Pakistan Peoples Party", date(2023, 11, 1), "PAKOPP"),
    ("Pakistan Peoples Party", date(2022, 10, 1), "PAKPTY"),
    ("Polish People's Party", date(2002, 6, 1), "POLPTY"),           # in Leszek Miller's coalition
    ("Polish People's Party", date(1995, 6, 1), "POLPTY"),
    ("Polish People's Party", date(2005, 6, 1), "POLOPP"),
])
def test_party_roles_follow_the_cabinets_of_the_day(resolver, name, when, code):
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code, (name, when, res)
