"""Session 15, actors fix-up (review F12): the date boundaries of the office holders added in ec2501f (Vanuatu's
prime ministers and presidents of 2017-2023, the acting prime ministers of Kyrgyzstan and Eswatini). A role's
``to`` is exclusive: the holder holds it from ``from`` to the day before ``to``; on ``to`` the office is the next
holder's. Checked in the dictionary (the entry's code, the holder of the title) and in the coder (a bare name)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest

from actor_mentions import code_at, coded
from eventwire.actors.vocabulary import shipped_vocabulary
from eventwire.dictionaries import actor_dictionary
from eventwire.dictionaries.actor_dictionary import ActorDictionary
from eventwire.dictionaries.files import data_path

DAY = timedelta(days=1)

# name, country, role code, title key, from, to (exclusive; None = still in office)
HOLDERS = [
    ("Ishmael Kalsakau", "VUT", "VUTGOV", "prime minister", date(2022, 11, 4), date(2023, 9, 4)),
    ("Sato Kilman", "VUT", "VUTGOV", "prime minister", date(2023, 9, 4), date(2023, 10, 6)),
    ("Tallis Obed Moses", "VUT", "VUTGOV", "president", date(2017, 7, 6), date(2022, 7, 23)),
    ("Nikenike Vurobaravu", "VUT", "VUTGOV", "president", date(2022, 7, 23), None),
    ("Artem Novikov", "KGZ", "KGZGOV", "acting prime minister", date(2020, 11, 14), date(2021, 2, 3)),
    ("Themba Masuku", "SWZ", "SWZGOV", "acting prime minister", date(2020, 12, 13), date(2021, 7, 19)),
]


@pytest.fixture(scope="module")
def book() -> ActorDictionary:
    return ActorDictionary.load()


def _entry(book: ActorDictionary, name: str, country: str):
    found = [e for e, _caps in book.names[" ".join(name.lower().split())] if e.kind == "person" and
             e.code == country]
    assert len(found) == 1, found
    return found[0]


def _holder_name(book: ActorDictionary, country: str, title: str, when: date) -> str | None:
    held = book.holder(country, title, when)
    return held[0].name if held else None


@pytest.mark.parametrize("name, country, code, title, start, end", HOLDERS)
def test_an_office_holder_holds_the_role_from_its_first_day_to_the_day_before_its_end(book, name, country, code,
                                                                                     title, start, end):
    entry = _entry(book, name, country)
    assert entry.at(start - DAY) == (country, None)
    assert entry.at(start)[0] == code
    assert _holder_name(book, country, title, start - DAY) != name
    assert _holder_name(book, country, title, start) == name
    if end is None:
        assert entry.at(date(2024, 6, 1))[0] == code
        return
    assert entry.at(end - DAY)[0] == code
    assert entry.at(end) == (country, None)
    assert entry.at(end + DAY) == (country, None)
    assert _holder_name(book, country, title, end - DAY) == name
    assert _holder_name(book, country, title, end) != name


def test_the_office_passes_to_the_next_holder_on_the_day_the_last_one_ends(book):
    assert _holder_name(book, "VUT", "prime minister", date(2023, 9, 3)) == "Ishmael Kalsakau"
    assert _holder_name(book, "VUT", "prime minister", date(2023, 9, 4)) == "Sato Kilman"
    assert _holder_name(book, "VUT", "president", date(2022, 7, 22)) == "Tallis Obed Moses"
    assert _holder_name(book, "VUT", "president", date(2022, 7, 23)) == "Nikenike Vurobaravu"


@pytest.mark.parametrize("name, country, code, title, start, end", HOLDERS)
def test_the_coder_gives_the_role_only_inside_its_dates(pipeline, name, country, code, title, start, end):
    family = name.split()[-1]
    text = f"{name} opened a new fisheries office near the harbour."
    before = code_at(coded(pipeline, text, (start - DAY).isoformat()), family)
    assert before != code
    assert code_at(coded(pipeline, text, start.isoformat()), family) == code
    if end is not None:
        after = code_at(coded(pipeline, text, (end + DAY).isoformat()), family)
        assert after != code


def test_the_british_and_american_spellings_are_read_from_the_word_lists(book, tmp_path):
    """Review F17: the spelling pairs are data (words.yaml ``spelling_pairs``), read by the dictionary layer; a
    dictionary whose word-list file lacks a pair does not respell that word."""
    pairs = shipped_vocabulary().groups("spelling_pairs")
    assert pairs["organisation"] == frozenset({"organization"}) and pairs["labour"] == frozenset({"labor"})
    assert not hasattr(actor_dictionary, "SPELLING_PAIRS")
    assert "collective security treaty organisation" in book.names
    shutil.copy(data_path("actors", "countries.yaml"), tmp_path / "countries.yaml")    # the IGO block
    (tmp_path / "organisations.yaml").write_text(
        "- {names: [Regional Fisheries Organization], code: IGOFSH}\n", encoding="utf-8")
    (tmp_path / "words.yaml").write_text(
        "- name: spelling_pairs\n  groups: {centre: [center], programme: [program]}\n", encoding="utf-8")
    small = ActorDictionary.load(directory=tmp_path)
    assert "regional fisheries organization" in small.names
    assert "regional fisheries organisation" not in small.names
