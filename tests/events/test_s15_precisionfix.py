"""Session 15 fix-up, owner precision (review F3, F4, F5, F15): what the merges of retellings must keep apart.

The probe sentences of the review are the reviewer's own; the others are ours.
"""

from __future__ import annotations

from eventwire.events.restatements import RestatementRules


def _dyads(events, root):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None)
                  for e in events if e.root == root)


# --- F3: a bare country is one actor only with its STATE actors ---------------------------------------

def test_protesters_and_the_country_denouncing_one_state_are_two_actors(pipeline):
    text = ("Protesters in Venezuela denounced the United States. Venezuela denounced the United States over "
            "the sanctions.")
    events = pipeline.code_text(text, published="2019-02-10").events
    assert len([e for e in events if e.cameo == "111"]) == 2


def test_rebels_and_the_country_accusing_one_state_are_two_actors(pipeline):
    text = "Ukraine accused Russia of shelling the city. Ukrainian rebels accused Russia of shelling the city."
    events = pipeline.code_text(text, published="2015-01-20").events
    assert {s for s, _ in _dyads(events, "11")} >= {"UKR", "UKRREB"}


def test_the_state_rule_is_data():
    rules = RestatementRules.load()
    assert {"GOV", "MIL", "COP"} <= rules.state_sectors and not {"REB", "OPP", "CVL", "BUS"} & rules.state_sectors
