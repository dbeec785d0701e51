"""Namesakes and provinces (session 14).

A city that only the story's countries favour gives way to a namesake over five times more populous when no state,
province or town of its country is named: "a U.S. envoy in Geneva" is Switzerland's Geneva, not a small American
Geneva (the reading that made the venue of such meetings a side's home). A first-level province or state that
pycountry knows settles a qualifier ("London, Ontario") and places a name GeoNames lacks ("Punjab", "Borno").
"""

import pytest

from eventwire.places.gazetteer import Gazetteer
from eventwire.records import Article


@pytest.fixture(scope="module")
def gaz(pipeline) -> Gazetteer:
    return pipeline.resources.cached("gazetteer", Gazetteer.load)


def _event_places(pipeline, text):
    coded = list(pipeline.code_articles([Article(id="p14", text=text, published="2024-06-04")]))[0]
    return [((e.get("location") or {}).get("name"), (e.get("location") or {}).get("country"))
            for e in coded.records("events")]


def _mentions(pipeline, text):
    cdoc = next(pipeline.code_documents([Article(id="p14", text=text, published="2024-06-04")]))
    return [(m.location.text, m.location.country) for m in cdoc.places]


@pytest.mark.parametrize("text, country", [
    ("A Russian envoy and a U.S. negotiator sat down for talks in Geneva on Thursday.", "CHE"),
    ("American diplomats held talks with Ukrainian officials in Geneva on Monday.", "CHE"),
])
def test_a_far_bigger_namesake_beats_a_reading_only_country_names_favour(pipeline, text, country):
    places = _event_places(pipeline, text)
    assert places and all(found == country for _, found in places), places


@pytest.mark.parametrize("text, country", [
    ("Pakistani police fired tear gas at protesters in Hyderabad.", "PAK"),     # India's is only 4x bigger
    ("Indian police fired tear gas at protesters in Hyderabad.", "IND"),
])
def test_a_namesake_of_comparable_size_follows_the_story(pipeline, text, country):
    assert ("Hyderabad", country) in _mentions(pipeline, text)


def test_a_province_qualifies_the_city_before_it(pipeline):
    mentions = _mentions(pipeline, "Canadian police detained three suspects in London, Ontario, on Friday.")
    assert ("London", "CAN") in mentions, mentions
    assert ("Ontario", "CAN") in mentions, mentions


@pytest.mark.parametrize("name, country", [("Punjab", {"IND", "PAK"}), ("Borno", {"NGA"}),
                                           ("Khyber Pakhtunkhwa", {"PAK"}), ("Queensland", {"AUS"})])
def test_provinces_geonames_lacks_are_places(gaz, name, country):
    found = gaz.lookup(name)
    assert found and {p.country for p in found} == country and all(p.kind == "admin1" for p in found)


def test_provinces_never_displace_a_city_or_a_country(gaz):
    assert gaz.lookup("Lagos")[0].kind == "city"          # the state of Lagos stays behind the city
    assert gaz.lookup("Georgia")[0].kind in ("country", "admin1") and gaz.lookup("Georgia")[0].lat is not None
    assert gaz.lookup("Northern") == [] or all(p.kind != "admin1" for p in gaz.lookup("Northern"))


@pytest.mark.parametrize("text, place", [
    ("Russian artillery shelled Kharkiv overnight, Ukrainian officials said.", ("Kharkiv", "UKR")),
    ("The Hungarian prime minister visited Kyiv on Tuesday.", ("Kyiv", "UKR")),
])
def test_a_town_that_is_the_object_of_the_act_is_its_place(pipeline, text, place):
    """The town object of the trigger locates the event, even when the small model tags it ORG or PERSON."""
    places = _event_places(pipeline, text)
    assert places and all(found == place for found in places), places


def test_a_capital_standing_for_its_government_is_no_place_of_the_act(pipeline):
    places = _event_places(pipeline, "Tehran criticised Washington over the new sanctions on Monday.")
    assert places and all(found == (None, None) for found in places), places


@pytest.mark.parametrize("text", [
    "A U.S. federal judge in Alexandria sentenced a former intelligence contractor to twelve years on Thursday.",
    "American prosecutors charged the consultant in a federal court in Alexandria on Monday.",
])
def test_a_home_court_keeps_its_seat_at_home(pipeline, text):
    """Review F18: the size rule moves travellers' venues abroad, not the seat of a court, police force or
    legislature acting at home (Alexandria, Virginia, is far smaller than Egypt's)."""
    assert ("Alexandria", "USA") in _mentions(pipeline, text)
