"""The offline gazetteer: look-ups, our regions table, and its validation."""

from __future__ import annotations

import pytest

from eventwire.errors import DictionaryError
from eventwire.places.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz(pipeline) -> Gazetteer:
    return pipeline.resources.cached("gazetteer", Gazetteer.load)


def test_cities_countries_and_states(gaz):
    hamburg = gaz.lookup("Hamburg")[0]
    assert (hamburg.country, hamburg.kind) == ("DEU", "city")
    assert abs(hamburg.lat - 53.55) < 0.1 and abs(hamburg.lon - 9.99) < 0.1
    assert gaz.lookup("Germany")[0].country == "DEU"
    assert gaz.lookup("Russian Federation")[0].country == "RUS"      # pycountry name
    assert gaz.lookup("U.S.")[0].country == "USA"                    # our country_names
    assert gaz.lookup("Texas")[0].kind == "admin1"
    assert gaz.lookup("texas")[0].name == "Texas"                   # case-insensitive


@pytest.mark.parametrize("name, country", [
    ("Crimea", "UKR"), ("Donbas", "UKR"), ("Gaza", "PSE"), ("West Bank", "PSE"), ("Kashmir", None),
    ("the Sahel", None), ("Middle East", None), ("Korean Peninsula", None), ("Washington", "USA"),
])
def test_curated_regions(gaz, name, country):
    place = gaz.lookup(name)[0]
    assert place.curated and place.country == country and place.lat is not None


def test_countries_have_points(gaz):
    for code in ("USA", "RUS", "UKR", "DEU", "CHN", "BRA"):
        place = gaz.countries[code]
        assert place.lat is not None and -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_unknown_name(gaz):
    assert gaz.lookup("Xyzzyville") == []


def test_bad_region_file_names_file_and_line(tmp_path, gaz):
    bad = tmp_path / "regions.yaml"
    bad.write_text("regions:\n  - {name: Atlantis, country: ATL, lat: 1, lon: 2}\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        gaz._add_region_file(bad)
    assert str(bad) in str(err.value) and ":2:" in str(err.value)
    bad.write_text("regions:\n  - {name: Atlantis, country: null, lat: 100, lon: 2}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="lat/lon"):
        gaz._add_region_file(bad)


def test_loaded_once_per_process(pipeline):
    from eventwire.stages.places import PlaceStage

    first, second = PlaceStage(pipeline.resources), PlaceStage(pipeline.resources)
    assert first.gazetteer is second.gazetteer
