"""Session 15, owner "lexicon", round 3: mass deportations told by their count (issue 3).

* Foreigners deported or expelled in the thousands ("more than 3,000", "tens of thousands") are a mass
  deportation, 201 (20.yaml#mass_deportation_counted, ``count: thousands``, counting.DEPORTATION_FIGURE);
  a few, dozens or a few hundred deported stay the act against a group of people, 174.

All sentences are written for these tests.
"""

from __future__ import annotations

from .coded_rows import Row, event_rows, pairs
from .coded_rows import country_pairs as countries

PUB = "2024-05-14"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)



def test_thousands_of_migrants_deported_by_figure_is_a_mass_deportation(pipeline):
    rows = coded(pipeline, "Tunisia said it had deported over 4,500 Malian migrants in the first half of the year.")
    assert ("TUN", "MLI") in countries(rows, "201"), rows
    assert not pairs(rows, "174"), rows


def test_thousands_of_nationals_expelled_in_words_is_a_mass_deportation(pipeline):
    rows = coded(pipeline, "Thailand expelled some six thousand Cambodian nationals on Friday.")
    assert ("THA", "KHM") in countries(rows, "201"), rows


def test_three_hundred_workers_deported_stay_a_group_expulsion(pipeline):
    rows = coded(pipeline, "Singapore deported 300 Bangladeshi workers on Wednesday.")
    assert ("SGP", "BGD") in countries(rows, "174"), rows
    assert not pairs(rows, "201"), rows


def test_forty_workers_deported_stay_a_group_expulsion(pipeline):
    rows = coded(pipeline, "Singapore deported forty Bangladeshi workers on Wednesday.")
    assert ("SGP", "BGD") in countries(rows, "174"), rows
    assert not pairs(rows, "201"), rows


def test_dozens_deported_stay_a_group_expulsion(pipeline):
    rows = coded(pipeline, "Singapore deported dozens of Bangladeshi workers on Wednesday.")
    assert ("SGP", "BGD") in countries(rows, "174"), rows
    assert not pairs(rows, "201"), rows
