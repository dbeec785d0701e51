"""Session 13 fix-up of the codes work (review findings F1, F4, F24, F25).

F24: a meeting's venue settles 040/044 by the country of the place's name read without context, not by a homonym
the places stage read toward an actor's country ("a U.S. envoy ... in Paris" is in France, not Paris, Texas).
F1/F4: the general-denial veto spares a claim only when its to/over/on phrase names land or a right, not the press
it was dismissed to or an act it is about. F25: an accusation of shooting or firing on
civilians or protesters is one of a rights abuse (1122), not of aggression (1123).

The probe sentences are the reviewer's (the Athens and Geneva ones reworded: their wording shared runs with a
held-out item; the Paris one reworded: it shared a run with a tuning item); the others are written for these tests
(none retells a dev-set item: tests/quality/test_tests_in_own_words.py checks it).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2024-03-06"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- F24: only a confident place settles the venue
@pytest.mark.parametrize("text", [
    "Japan's foreign minister met U.S. Secretary of State Antony Blinken at a donors' conference in Paris on Friday.",
    "U.S. envoy John Kerry met the Russian foreign minister on the sidelines of a security forum in Athens.",
    "Russia's foreign minister met the U.S. secretary of state in Geneva on Friday to discuss arms control.",
])
def test_a_homonym_read_toward_a_side_is_no_home_venue(pipeline, text):
    rows = [r for r in coded(pipeline, text) if r[0].startswith("04")]
    assert rows and not any(r[0] == "040" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Japan's prime minister met the Chinese president in Beijing on Tuesday.",
    "The U.S. president met the Mexican president in Paris, Texas on Monday.",
])
def test_a_meeting_in_a_sides_own_country_stays_040(pipeline, text):
    rows = coded(pipeline, text)
    assert any(r[0] == "040" for r in rows) and not any(r[0] == "044" for r in rows), rows


# ---------------------------------------------------------------- F1/F4: what a spared claim is about
@pytest.mark.parametrize("text", [
    "Russia dismissed the claims to reporters in Moscow on Tuesday.",
    "Pakistan dismissed the claims to the media as propaganda.",
    "Israel dismissed Hamas's claims over the hospital strike.",
    "Serbia dismissed the claims on state television.",
    "Kenya dismissed the opposition's claims over the missing funds.",
])
def test_a_claim_about_no_land_dismissed_stays_no_event(pipeline, text):
    rows = coded(pipeline, text)
    assert not [r for r in rows if r[0][:2] in ("01", "12")], rows


@pytest.mark.parametrize("text, source, target", [
    ("Vietnam dismissed Beijing's claims over the Paracel Islands.", "VNM", "CHN"),
    ("Guyana dismissed Venezuela's claims to the disputed region.", "GUY", "VEN"),
])
def test_a_claim_to_land_dismissed_stays_a_rejection(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert any(r[0].startswith("12") and (r[1] or "")[:3] == source and (r[2] or "")[:3] == target
               for r in rows), rows


# ---------------------------------------------------------------- F25: shooting civilians is a rights abuse
@pytest.mark.parametrize("text", [
    "Amnesty International accused Kenyan police of shooting unarmed protesters in Nairobi.",
    "Rights groups accused the army of firing on civilians in Rakhine.",
    "Human rights groups accused Nigerian soldiers of shooting at demonstrators in Lagos.",
])
def test_an_accusation_of_shooting_civilians_is_of_abuse(pipeline, text):
    rows = [r for r in coded(pipeline, text) if r[0].startswith("112")]
    assert rows and all(r[0] == "1122" for r in rows), rows


def test_an_accusation_of_firing_on_the_other_side_stays_aggression(pipeline):
    rows = coded(pipeline, "India accused Pakistani troops of firing on its border posts in Kashmir.")
    assert any(r[0] == "1123" for r in rows), rows
