"""The places stage: mentions, disambiguation by the article's countries, event locations."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.places import PlaceStage
from tests.times.helpers import event_at, parsed

PUB = date(2017, 1, 29)


@pytest.fixture(scope="module")
def stage(pipeline):
    return PlaceStage(pipeline.resources)


def places_of(stage, pipeline, text):
    cdoc = parsed(pipeline, text, PUB)
    stage(cdoc)
    return cdoc, {m.location.text: m.location for m in cdoc.places}


def test_seed_places(pipeline, seed_text, stage):
    cdoc = parsed(pipeline, seed_text, PUB)
    stage(cdoc)
    by_text = {m.location.text: m.location for m in cdoc.places}
    hamburg = by_text["Hamburg"]
    assert hamburg.country == "DEU" and hamburg.geonameid == 2911298
    assert abs(hamburg.lat - 53.55) < 0.1 and abs(hamburg.lon - 9.99) < 0.1
    assert by_text["Crimea"].country == "UKR"
    assert any(loc.name == "Korean Peninsula" for loc in by_text.values())
    for m in cdoc.places:   # token spans cover the text
        assert cdoc.doc[m.start_token:m.end_token].text.endswith(m.location.text.split()[-1])


def test_paris_disambiguated_by_the_article(stage, pipeline):
    _, france = places_of(stage, pipeline, "Macron hosted the summit in Paris on Monday.")
    _, texas = places_of(stage, pipeline, "A tornado hit Paris on Monday. Texas officials said crews were in Dallas.")
    _, qualified = places_of(stage, pipeline, "The plant in Paris, Texas will close.")
    assert france["Paris"].country == "FRA"
    assert texas["Paris"].country == "USA"
    assert qualified["Paris"].country == "USA"


def test_regions_spacy_misses_and_direction_words(stage, pipeline):
    _, p = places_of(stage, pipeline, "Fighting flared in the Donbas and in eastern Ukraine.")
    assert any(loc.name == "Donbas" for loc in p.values())
    assert p["eastern Ukraine"].country == "UKR" and p["eastern Ukraine"].name == "Ukraine"


def test_event_location_is_the_place_of_its_clause(stage, pipeline):
    cdoc = parsed(pipeline, "Trump and Putin could meet in Hamburg, Germany. Russia criticised Ukraine.", PUB)
    meet = event_at(cdoc, "meet")
    criticised = event_at(cdoc, "criticised")
    stage(cdoc)
    assert meet.location is not None and meet.location.name == "Hamburg" and meet.location.country == "DEU"
    assert criticised.location is None          # actors are not places of the event


def test_dateline_place_helps_and_is_noted(stage, pipeline):
    cdoc, _ = places_of(stage, pipeline, "MOSCOW (Reuters) - Officials met in the capital on Monday.")
    assert any(n.startswith("dateline: Moscow") for n in cdoc.notes)


def test_deep_places_do_not_locate_the_event(stage, pipeline):
    text = ("Putin and Trump have both said they want warmer ties, after the Obama White House "
            "imposed sanctions on Russian firms and officials for Moscow's reported efforts to meddle "
            "in the U.S. presidential race, backing of rebel fighters in Ukraine and seizure of Crimea.")
    cdoc = parsed(pipeline, text, PUB)
    ev = event_at(cdoc, "sanctions")
    stage(cdoc)
    assert ev.location is None


def test_a_far_bigger_namesake_beats_the_article_context(stage, pipeline):
    _, p = places_of(stage, pipeline, "Officials in Washington said talks with Moscow would resume in Geneva.")
    assert p["Moscow"].country == "RUS"


def test_user_region_files_extend_the_gazetteer(tmp_path, pipeline):
    from eventwire import Options
    from eventwire.resources import Resources

    extra = tmp_path / "mine.yaml"
    extra.write_text("regions:\n  - {name: Zanzibar Archipelago, country: TZA, lat: -6.1, lon: 39.3}\n",
                     encoding="utf-8")
    resources = Resources(Options(extra={"place_files": [str(extra)]}))
    resources.cached("nlp", lambda: pipeline.resources.nlp)    # reuse the loaded model
    stage = PlaceStage(resources)
    assert stage.gazetteer.lookup("Zanzibar Archipelago")[0].country == "TZA"


def test_curated_city_names_are_not_scanned_inside_organisation_names(stage, pipeline):
    cdoc, p = places_of(stage, pipeline, "He said in the Washington Post that talks failed in the Gaza Strip.")
    assert "Washington" not in p
    assert any(loc.name == "Gaza Strip" and loc.country == "PSE" for loc in p.values())
