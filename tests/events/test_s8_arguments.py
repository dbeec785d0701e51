"""Event arguments (session 8): the right act with the source or target read from the wrong phrase,
or not read at all.

Each form has several phrasings of our own (actors, countries, tenses, voices) that must give the
dyad named, and contrasts of the same words whose reading stays as it was.
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2021-06-15"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def dyads(pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    """Source and target countries (first three letters) of the events of ``root``."""
    return {((s or "")[:3] or None, (t or "")[:3] or None) for c, s, t, *_ in coded(pipeline, text) if c[:2] == root}


def sources_targets(pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t, *_ in coded(pipeline, text) if c[:2] == root}


# ---------------------------------------------------------------- "struck what X called Y": the thing named
@pytest.mark.parametrize("text, root, dyad", [
    ("Russian warplanes struck what Moscow described as Islamic State positions in the Syrian desert.",
     "19", ("RUS", "IMG")),
    ("Israeli aircraft struck what the military said was a Hamas rocket workshop overnight.", "19", ("ISR", "PSE")),
    ("American drones have attacked what the Pentagon called an al Shabaab command post.", "19", ("USA", "SOM")),
    ("Saudi warplanes bombed what the coalition said were Houthi missile sites.", "19", ("SAU", "YEM")),
    ("Iraqi troops recaptured what had been an Islamic State stronghold.", "19", ("IRQ", "IMG")),
])
def test_a_free_relative_object_names_the_thing_acted_on(pipeline, text, root, dyad):
    assert dyad in dyads(pipeline, text, root)


def test_the_one_who_named_the_thing_is_no_target(pipeline):
    # before: the namer, Islamabad, of the striker's own country, was taken for the target
    found = dyads(pipeline, "Pakistani jets struck what Islamabad described as Taliban hideouts in Afghanistan.", "19")
    assert found and ("PAK", "PAK") not in found


# ---------------------------------------------------------------- a held place and the people it houses
@pytest.mark.parametrize("text, root, target", [
    ("Iranian missiles hit two bases housing American soldiers in western Iraq on Sunday.", "19", "USAMIL"),
    ("Syrian rockets struck a camp housing Turkish troops near Idlib.", "19", "TURMIL"),
    ("Ukrainian drones attacked an airfield housing Russian bombers.", "19", "RUSMIL"),
])
def test_the_people_a_place_houses_are_acted_on(pipeline, text, root, target):
    assert target in {t for _, t in sources_targets(pipeline, text, root)}


# ---------------------------------------------------------------- an accord's infinitive names the other party
@pytest.mark.parametrize("text, pair", [
    ("The United Arab Emirates signed an agreement on Monday to establish diplomatic relations with Israel.",
     ("ARE", "ISR")),
    ("Morocco and Sudan signed deals to normalise ties with Israel.", ("MAR", "ISR")),
    ("Kenya has signed an agreement to cooperate with Uganda on border security.", ("KEN", "UGA")),
    ("Egypt reached an accord to restore relations with Qatar.", ("EGY", "QAT")),
])
def test_an_accord_infinitive_names_the_partner(pipeline, text, pair):
    found = dyads(pipeline, text, "05")
    assert pair in found
    # the co-signers are no partners of each other: "Morocco and Sudan signed deals ... with Israel"
    assert ("MAR", "SDN") not in found and ("SDN", "MAR") not in found


def test_a_deal_to_buy_still_names_the_seller(pipeline):
    assert ("IND", "RUS") in dyads(pipeline, "India signed a deal to buy Russian missiles.", "05")


# ---------------------------------------------------------------- "announced a truce between A and B"
@pytest.mark.parametrize("text, sides, announcer", [
    ("Egypt announced a truce between Israel and Islamic Jihad on Sunday.", {"ISR", "PSE"}, "EGY"),
    ("Qatari and Egyptian mediators announced a ceasefire between Israel and Hamas late on Tuesday.",
     {"ISR", "PSE"}, "QAT"),
    ("The African Union has declared a truce between Ethiopia and Eritrea.", {"ETH", "ERI"}, "IGO"),
])
def test_the_sides_of_a_truce_are_those_of_its_between_phrase(pipeline, text, sides, announcer):
    found = dyads(pipeline, text, "08")
    assert {s for s, _ in found} == sides and {t for _, t in found} == sides
    assert all(announcer not in pair for pair in found)


def test_the_sides_agreeing_a_truce_are_still_each_other(pipeline):
    assert dyads(pipeline, "Armenia and Azerbaijan agreed a truce on Saturday.", "08") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_mediator_of_a_deal_between_two_sides_mediates_with_each(pipeline):
    found = dyads(pipeline, "The African Union mediated an agreement between Sudan and South Sudan.", "04")
    assert found == {("IGO", "SDN"), ("IGO", "SSD")}
