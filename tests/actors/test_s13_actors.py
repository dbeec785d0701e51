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
    cdoc = coded(pipeline, "Police rounded up dozens of Pakistan Tehreek-e-Insaf workers in overnight raids. The party "
                           "accused the government of trying to crush it.", published)
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
