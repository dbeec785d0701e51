"""Session 13 snippet precision (owner "snip"): what a news opening tells after its lead.

A sentence after the lead that dates its act weeks or months before the news ("last week", "last month", "two weeks
ago", "earlier this month") tells the story's background, not an event of the news (events/earlier_acts.py,
intent.yaml ``markers.weeks_back``); the lead itself dated so is the news and stays coded.

The texts are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from eventwire.events.explain import explain
from eventwire.records import Article

from .coded_rows import Row, event_rows

PUB = "2025-04-10"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def outcome(pipeline, text: str, trigger: str) -> str:
    """What ``eventwire explain`` says happened to the trigger word."""
    cdoc = next(pipeline.code_documents([Article(id="s13snip", text=text, published=PUB)]))
    coder = next(s for s in pipeline.stages if s.name == "events").coder
    lines = [line for line in explain(cdoc, coder, show_parse=False) if line.startswith(f"  trigger '{trigger}'")]
    assert lines, f"'{trigger}' is no trigger"
    return lines[0]


LEAD = "Police in Lilongwe fired tear gas at hundreds of opposition supporters marching on parliament on Thursday. "


# ---------------------------------------------------------------- a later sentence dated weeks back: background
@pytest.mark.parametrize("later, trigger", [
    ("Sweden halted its development aid to Malawi last week after a row over a jailed editor.", "halted"),
    ("Germany froze the assets of a Malawian mining firm last month under its sanctions laws.", "froze"),
    ("The United States expelled a Malawian diplomat two weeks ago in a row over visas.", "expelled"),
    ("Zambia closed its border with Malawi earlier this month after a dispute over maize exports.", "closed"),
])
def test_a_later_sentence_dated_weeks_back_tells_background(pipeline, later, trigger):
    rows = coded(pipeline, LEAD + later)
    assert not any(r[4] == trigger for r in rows), rows
    assert "weeks before the news" in outcome(pipeline, LEAD + later, trigger)
    assert any(r[0].startswith("17") for r in rows), rows     # the lead's act stays


def test_the_lead_dated_last_week_is_the_news(pipeline):
    text = "Sweden halted its development aid to Malawi last week after a row over a jailed editor, the foreign " \
           "ministry in Stockholm said on Monday. The ministry said the money would go to charities."
    rows = coded(pipeline, text)
    assert any(r[0].startswith("16") and r[1] and r[1].startswith("SWE") and r[2] and r[2].startswith("MWI")
               for r in rows), rows


def test_a_headline_above_the_lead_does_not_make_the_lead_a_later_sentence(pipeline):
    text = "Sweden cuts aid to Malawi\n\nSweden halted its development aid to Malawi last week after a row over a " \
           "jailed editor, the foreign ministry in Stockholm said on Monday."
    rows = coded(pipeline, text)
    assert any(r[0].startswith("16") and r[1] and r[1].startswith("SWE") for r in rows), rows


@pytest.mark.parametrize("later, trigger", [
    # this week, on a weekday, next month: the news or what is to come, not weeks back
    ("Sweden halted its development aid to Malawi on Wednesday after a row over a jailed editor.", "halted"),
    ("Sweden halted its development aid to Malawi this week after a row over a jailed editor.", "halted"),
])
def test_a_later_sentence_of_the_days_of_the_news_stays_coded(pipeline, later, trigger):
    rows = coded(pipeline, LEAD + later)
    assert any(r[4] == trigger and r[0].startswith("16") for r in rows), rows


# ---------------------------------------------------------------- agents of a participle do not act on each other
@pytest.mark.parametrize("text", [
    "Rival factions in parliament remain split over two candidates backed by Qatar and Egypt.",
    "Delegates debated a draft text endorsed by Brazil and Mexico at the close of the summit.",
])
def test_the_agents_of_a_participle_describing_a_noun_are_no_pair(pipeline, text):
    rows = coded(pipeline, text)
    assert not any(r[0].startswith("05") for r in rows), rows


# ---------------------------------------------------------------- the condition an 'until' clause waits for
def test_an_act_a_suspension_waits_for_is_no_act_done(pipeline):
    text = "Nepal's government froze its talks with the Maoist rebels on Friday until the insurgents freed six " \
           "kidnapped teachers."
    rows = coded(pipeline, text)
    assert not any(r[4] == "freed" for r in rows), rows
    assert any(r[0].startswith("16") for r in rows), rows      # the freeze itself stays
    assert "awaited" in outcome(pipeline, text, "freed")


def test_an_until_clause_of_a_told_past_keeps_its_act(pipeline):
    text = "Government troops held the town of Kidal until the rebels captured it on Sunday, the army said."
    assert any(r[4] == "captured" for r in coded(pipeline, text))


# ---------------------------------------------------------------- an 'on' phrase of a meeting names its topic
def test_a_country_in_the_topic_of_an_exchange_of_views_is_no_partner(pipeline):
    text = "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni at State House in " \
           "Nairobi on Friday. The two sides had an in-depth exchange of views on bilateral relations and " \
           "Ethiopia's plans for a port, and witnessed the signing of five cooperation agreements."
    rows = coded(pipeline, text)
    assert not any("ETH" in (r[1] or "") + (r[2] or "") for r in rows), rows
    assert {(r[1], r[2]) for r in rows if r[0].startswith("04")} == {("KENGOV", "UGAGOV"), ("UGAGOV", "KENGOV")}, rows


# ---------------------------------------------------------------- round 2: bare forces in a later sentence
# "Soldiers" with no country of its own, the subject of a sentence whose one country only the side fought, the place
# or the speaker gives, are the forces of that kind the sentences before named with their country
# (actors/role_countries.py forces_of_the_story).
@pytest.mark.parametrize("text, forces, foe", [
    ("Israeli troops pushed into southern Lebanon on Monday, witnesses said. Soldiers exchanged fire with Hezbollah "
     "fighters near the border village, Lebanese medical sources said.", "ISRMIL", "LBNREB"),
    ("Ethiopian troops crossed into Somalia on Sunday, witnesses said. Soldiers clashed with al Shabaab fighters "
     "near the town of Baidoa.", "ETHMIL", "SOMREB"),
])
def test_bare_soldiers_of_a_later_sentence_are_the_forces_of_the_lead(pipeline, text, forces, foe):
    rows = [r for r in coded(pipeline, text) if r[0].startswith("19") and r[4] in ("exchanged", "clashed")]
    assert {(r[1], r[2]) for r in rows} == {(forces, foe), (foe, forces)}, rows


def test_soldiers_of_a_sentence_naming_a_state_of_its_own_are_that_state_s(pipeline):
    text = "Israeli troops pushed into southern Lebanon on Monday, witnesses said. The Lebanese army said soldiers " \
           "exchanged fire with Hezbollah fighters near the border village."
    rows = [r for r in coded(pipeline, text) if r[4] == "exchanged"]
    assert rows and all("LBNMIL" in (r[1], r[2]) for r in rows), rows


# ---------------------------------------------------------------- round 2: a fallback reading obeys the discards
def test_forces_surrounding_a_building_are_no_occupation_protest(pipeline):
    text = "Kenyan troops surrounded the building late into the night."
    assert not any(r[0].startswith("14") for r in coded(pipeline, text))


def test_forces_surrounding_a_party_office_still_besiege_it(pipeline):
    rows = coded(pipeline, "Police in riot gear surrounded the opposition party's offices in Harare on Monday.")
    assert any(r[0] == "191" and r[1] == "ZWECOP" for r in rows), rows


def test_forces_described_by_a_word_of_their_own_are_no_forces_of_the_lead(pipeline):
    text = "Australian troops fanned out across the capital on Friday. Renegade soldiers attacked police " \
           "headquarters in Dili on Thursday."
    rows = [r for r in coded(pipeline, text) if r[4] == "attacked"]
    assert rows and all(r[1] == "TLSMIL" for r in rows), rows
