"""The actor dictionary files load, and bad files are rejected with file, line and fault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.dictionaries.actor_dictionary import ActorDictionary
from eventwire.errors import DictionaryError


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_sections_all_load(resolver):
    sizes = resolver.dictionary.sizes
    for section in ("countries", "metonyms", "organisations", "places", "agents", "people"):
        assert sizes[section]["entries"] > 0, section
    # every ISO country is there, through pycountry
    assert sizes["countries"]["entries"] >= 249


def test_every_iso_country_resolves(resolver):
    import pycountry

    for country in pycountry.countries:
        if "," in country.name:
            continue
        res = resolver.lookup(country.name)
        assert res is not None and res.country == country.alpha_3, country.name


def test_user_file_adds_and_overrides(tmp_path, resolver):
    user = write(tmp_path, """
people:
  - name: Jane Doe
    aliases: [Doe]
    country: KEN
    roles:
      - {code: KENLEG, from: 2020-01-01, to: null, title: Member of Parliament}
organisations:
  - {names: [Kremlin], code: RUSMIL}
agents:
  - {words: [zookeeper], sector: CVL, person: true}
""")
    book = ActorDictionary.load([user])
    from eventwire.actors import ActorResolver

    mine = ActorResolver(book)
    assert mine.lookup("Jane Doe", date(2021, 5, 1)).code == "KENLEG"
    assert mine.lookup("Doe", date(2019, 5, 1)).code == "KEN"
    assert mine.lookup("the Kremlin").code == "RUSMIL"            # the user's entry wins
    assert resolver.lookup("the Kremlin").code == "RUSGOV"        # the shipped one is unchanged
    assert mine.lookup("Kenyan zookeepers").code == "KENCVL"
    assert book.sizes["user"]["entries"] == 3


@pytest.mark.parametrize("text, line, fault", [
    ("- {names: [Foo, bar: }\n", 1, "bad YAML"),
    ("- {names: [Foo Front], code: XQZREB}\n", 1, "unknown code"),
    ("- {names: [Foo Front], code: RUSGO}\n", 1, "bad code"),
    ("- {names: [], code: RUSREB}\n", 1, "no name"),
    ("- {code: RUSREB}\n", 1, "no name"),
    ("- name: ''\n  country: RUS\n", 1, "no name"),
    ("- {words: [zookeeper], sector: ZOO}\n", 1, "unknown sector"),
    ("- {words: [zookeeper], sector: CVL}\n- {words: [keeper, zookeeper], sector: GOV}\n", 2, "already CVL"),
    ("- name: Jane Doe\n  country: KEN\n  roles:\n    - {code: KENGOV, from: 2010-01-01, to: 2015-01-01}\n"
     "    - {code: KENLEG, from: 2014-01-01, to: null}\n", 5, "overlapping roles"),
    ("- name: Jane Doe\n  country: KEN\n  roles:\n    - {code: KENGOV, from: last year, to: null}\n", 4, "bad date"),
    ("- name: Jane Doe\n  country: KEN\n  roles:\n    - {code: KENGOV, from: 2015-01-01, to: 2010-01-01}\n", 4,
     "ends"),
])
def test_bad_files_name_file_line_and_fault(tmp_path, text, line, fault):
    path = write(tmp_path, text)
    with pytest.raises(DictionaryError) as info:
        ActorDictionary.load([path])
    err = info.value
    assert err.path == str(path)
    assert err.line == line
    assert fault in err.fault
    assert f"{path}:{line}" in str(err)


def test_same_code_roles_may_overlap(tmp_path):
    path = write(tmp_path, "- name: Jane Doe\n  country: KEN\n  roles:\n"
                           "    - {code: KENGOV, from: 2010-01-01, to: 2015-01-01, title: Minister}\n"
                           "    - {code: KENGOV, from: 2014-01-01, to: null, title: President}\n")
    book = ActorDictionary.load([path])
    assert book.sizes["user"]["entries"] == 1


def test_bad_shipped_people_file_is_rejected(tmp_path):
    (tmp_path / "people").mkdir()
    (tmp_path / "countries.yaml").write_text("- {code: KEN, names: [Kenya], adjectives: [Kenyan]}\n")
    write(tmp_path / "people", "- name: A\n  country: KEN\n- aliases: [Nobody]\n  country: KEN\n", "africa.yaml")
    with pytest.raises(DictionaryError) as info:
        ActorDictionary.load(directory=tmp_path)
    assert info.value.path.endswith("africa.yaml") and info.value.line == 3
