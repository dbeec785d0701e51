"""Session 14 fix-up of the owner "recent" (review findings F10, F11, F19, F21).

* F10: missiles fired "toward(s)" the sea, waters, an ocean or a coast are a test or a show of force (150,
  ``15.yaml#missile_toward_sea`` / ``#missile_towards_sea``), no attack 195 on the coast's country.
* F11: bare "measures" or a "package" against a group at home is no sanction 163
  (``filters/discards.yaml#domestic_measures_no_sanction``); a package of measures against a country still is.
* F19: the seat of a government taken by force is a place captured (``19.yaml#capture_territory``), which the
  election discard (``election_capture_states``) spares; seats won in a vote stay discarded.
* F21: economists, doctors, aid groups or the press warning someone "against" a move make no threat 130
  (``filters/discards.yaml#expert_warning_no_threat``); a state's warning still is one.

The sentences are the reviewer's probes or written for these tests.
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2025-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def pairs(rows: list[Row], root: str) -> set[tuple[str | None, str | None]]:
    return {(r[1], r[2]) for r in rows if r[0].startswith(root)}


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile toward the Sea of Japan on Thursday.",
    "North Korea fired two short-range missiles towards the sea off its east coast.",
], ids=["sea_of_japan", "sea_off_coast"])
def test_missiles_fired_towards_the_sea_are_a_test(pipeline, text):
    rows = coded(pipeline, text)
    assert ("PRK", None) in {(s[:3] if s else s, t) for s, t in pairs(rows, "150")}, rows
    assert not pairs(rows, "19"), rows


def test_missiles_fired_towards_a_state_stay_an_attack(pipeline):
    rows = coded(pipeline, "The Houthis fired a ballistic missile toward Israel on Friday.")
    assert ("YEMREB", "ISR") in pairs(rows, "195"), rows


@pytest.mark.parametrize("text", [
    "The Italian government approved new measures against illegal migrants.",
    "The Hungarian government announced measures against opposition protesters.",
    "The Greek government adopted a package against organised crime gangs.",
], ids=["migrants", "protesters", "gangs"])
def test_domestic_measures_are_no_sanction(pipeline, text):
    rows = coded(pipeline, text)
    assert not pairs(rows, "16"), rows


def test_seat_of_government_taken_by_force_is_a_capture(pipeline):
    rows = coded(pipeline, "M23 rebels captured the seat of North Kivu's provincial government on Monday.")
    assert any(r[0].startswith("19") and r[1] == "CODREB" for r in rows), rows
    assert not pairs(rows, "17"), rows


def test_economists_warning_against_a_tax_is_no_threat(pipeline):
    rows = coded(pipeline, "Economists warned the Argentine government against raising taxes.")
    assert not pairs(rows, "13"), rows
