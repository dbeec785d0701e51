"""Session 15, owner "lexicon", round 2: phrase families missed on sets I, J, K and L (issue 3).

* A deadline to leave given to a foreign diplomat ("gave the consul 48 hours to leave") is an expulsion, 161
  (16.yaml#give_envoy_deadline_to_leave); the parser hangs that infinitive on the time span or as an adverbial,
  which a pattern's ``clause_verbs`` now read (``syntax.clause_verb_words``).
* Foreign migrants or refugees ordered to leave a country are expelled in the mass, 201
  (20.yaml#order_population_to_leave), not the 174 of a few named people.
* Talks "with" someone banned or prohibited are a refusal to negotiate, 125 (12.yaml#ban_talks_with).
* A place hit "with" a strike is an aerial attack, 195 (19.yaml#air_strike_verb_hit), no labour strike 143.
* An order to leave needs a 'to' clause of what the addressee must do (16.yaml and 17.yaml#order_to_leave):
  "told lawmakers (that) the bloc would withdraw ..." is a saying, no 166.

All sentences are written for these tests.
"""

from __future__ import annotations

from .coded_rows import Row, event_rows, pairs
from .coded_rows import country_pairs as countries

PUB = "2024-05-14"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)



def test_hours_given_to_a_consul_to_leave_is_an_expulsion(pipeline):
    rows = coded(pipeline, "Rabat on Friday gave the Algerian consul 48 hours to leave the kingdom.")
    assert ("MAR", "DZA") in countries(rows, "161"), rows


def test_a_week_given_to_diplomats_to_get_out_is_an_expulsion(pipeline):
    rows = coded(pipeline, "Niamey has given two senior Swiss diplomats a week to get out.")
    assert ("NER", "CHE") in countries(rows, "161"), rows


def test_days_given_to_an_ambassador_for_a_reply_is_no_expulsion(pipeline):
    rows = coded(pipeline, "The Danish ministry gave the Iranian ambassador two days to prepare a written reply.")
    assert not pairs(rows, "16"), rows


def test_refugees_ordered_out_of_the_country_is_a_mass_expulsion(pipeline):
    rows = coded(pipeline, "Islamabad ordered hundreds of thousands of Afghan refugees to leave Pakistan "
                           "before the winter.")
    assert ("PAK", "AFG") in countries(rows, "201"), rows
    assert not pairs(rows, "174"), rows


def test_own_nationals_told_to_leave_a_war_zone_is_no_expulsion(pipeline):
    rows = coded(pipeline, "Canada told its nationals to leave Lebanon while commercial flights were still running.")
    assert not pairs(rows, "20"), rows
    assert not pairs(rows, "17"), rows


def test_journalists_ordered_out_stay_individual_expulsions(pipeline):
    rows = coded(pipeline, "The junta ordered three Belgian reporters to leave Niger within a day.")
    assert not pairs(rows, "201"), rows


def test_talks_with_a_rival_banned_is_a_refusal_to_negotiate(pipeline):
    rows = coded(pipeline, "Iran's supreme leader on Sunday prohibited any direct talks with Washington.")
    assert ("IRN", "USA") in countries(rows, "125"), rows


def test_a_rally_banned_is_no_refusal_of_talks(pipeline):
    rows = coded(pipeline, "The mayor of Istanbul banned the opposition's rally on Saturday.")
    assert not pairs(rows, "125"), rows


def test_grid_hit_with_a_combined_strike_is_an_aerial_attack(pipeline):
    rows = coded(pipeline, "Moscow hit Ukraine's gas facilities with a large combined strike overnight.")
    assert ("RUS", "UKR") in countries(rows, "195"), rows
    assert not pairs(rows, "14"), rows


def test_a_minister_telling_lawmakers_of_a_withdrawal_orders_no_one_out(pipeline):
    rows = coded(pipeline, "Brussels will withdraw Cambodia's duty-free access unless Phnom Penh frees the activists, "
                           "the trade commissioner told lawmakers on Tuesday.")
    assert not pairs(rows, "166"), rows


def test_days_given_to_diplomats_as_the_object_is_an_expulsion(pipeline):
    rows = coded(pipeline, "Riga on Thursday gave four Russian diplomats seven days to leave Latvia.")
    assert ("LVA", "RUS") in countries(rows, "161"), rows
