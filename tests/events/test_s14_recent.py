"""Session 14 recent news (owner "recent"): triggers of 2017-2026 news English that the coder missed or misread.

* Missiles or drones fired "towards"/"toward" a country are an attack on it (195,
  ``19.yaml#fire_missiles_towards``), not a weapons test 150.
* Quitting the International Criminal Court, a climate agreement or a nuclear deal reduces relations
  (``16.yaml#quit_organization`` objects).
* A group banned or proscribed under a law (``17.yaml#ban_under_law``, 172), and a package of measures approved
  against a country (``16.yaml#approve_sanctions_against``, 163, was an aid package 070).
* Sides that agree to truce or ceasefire talks intend to meet (036 both ways, ``03.yaml#agree_to_truce_talks``): no
  ceasefire 0871 is agreed.
* Capturing swing states, seats or votes in an election is no capture of territory nor an arrest
  (``filters/discards.yaml#election_capture_states``).

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2025-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def pairs(rows: list[Row], code: str) -> set[tuple[str | None, str | None]]:
    return {(r[1], r[2]) for r in rows if r[0].startswith(code)}


@pytest.mark.parametrize("text,source,target", [
    ("North Korea fired two ballistic missiles towards Japan's northern coast on Thursday.", "PRK", "JPN"),
    ("Iran launched dozens of attack drones toward Israel overnight, the Israeli army said.", "IRN", "ISR"),
], ids=["missiles_towards", "drones_toward"])
def test_missiles_fired_towards_a_country_are_an_attack(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert (source, target) in {(s[:3], t[:3] if t else t) for s, t in pairs(rows, "195")}, rows
    assert not pairs(rows, "150"), rows


def test_quitting_the_criminal_court_reduces_relations(pipeline):
    rows = coded(pipeline, "The Philippines quit the International Criminal Court in March.")
    assert ("PHL", "IGOICC") in {(s[:3] if s else s, t) for s, t in pairs(rows, "16")}, rows


def test_group_banned_under_a_terrorism_law(pipeline):
    rows = coded(pipeline, "Jordan's government banned the Muslim Brotherhood under its anti-terrorism law "
                           "on Wednesday.")
    assert any(s and s.startswith("JOR") for s, _ in pairs(rows, "172")), rows


def test_package_of_measures_against_a_country_is_a_sanction(pipeline):
    rows = coded(pipeline, "The European Union approved a new package of measures against Minsk on Thursday.")
    assert ("IGOEUR", "BLR") in {(s, t[:3] if t else t) for s, t in pairs(rows, "163")}, rows
    assert not pairs(rows, "07"), rows


def test_capturing_swing_states_in_an_election_is_no_capture(pipeline):
    rows = coded(pipeline, "The Democrats won the midterm elections, capturing the swing states of Georgia and "
                           "Michigan from the Republicans.")
    assert not [r for r in rows if r[0][:2] in {"17", "19"}], rows


def test_rebels_capturing_a_state_capital_still_code(pipeline):
    rows = coded(pipeline, "Rebels captured the state capital of Darfur on Sunday after days of fighting.")
    assert any(r[0].startswith("19") for r in rows), rows


def test_agreeing_to_truce_talks_is_no_truce(pipeline):
    rows = coded(pipeline, "Sudan's army and the RSF agreed on Saturday to truce talks in Jeddah.")
    assert {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} <= pairs(rows, "036"), rows
    assert not pairs(rows, "08"), rows
