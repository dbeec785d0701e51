"""Junk-line rules never take a line of news prose for page furniture (session 12 review 3, 13, 23; owner cleanfix).

An agency credit ("REUTERS/Jane Roe") is furniture only where a caption's credit stands: at the line's start or
after the caption's full stop; a poll or a photographer named with two agencies ("an AP/NORC survey", "an
AFP/Getty cameraman") is prose. "Originally published ..." is a credit only when no clause follows it, and a
sign-up line is an offer only when the offer's own words follow ("our", "free", "newsletter", "alerts" ...).
"""

from __future__ import annotations

import pytest

from eventwire.stages.clean import clean_text, rule_for


@pytest.mark.parametrize("line", [
    "Approval of the governor fell to 41 percent in the latest AP/NORC survey.",
    "Two weeks ago an AFP/Getty cameraman was beaten by police near the parliament",
    "Originally published on Monday, the audit showed the army had overspent by $2 billion.",
    "Originally published in French, the memoir was banned by the junta in 2021.",
    "Clinics were overwhelmed. Sign up for the vaccine opened to all adults on Friday.",
    "Subscribe to the idea that tariffs protect jobs and you ignore prices, the economist said.",
])
def test_a_line_of_prose_is_no_furniture(line):
    assert rule_for(line) is None


@pytest.mark.parametrize("line, rule", [
    ("Rescuers search the rubble in Antakya, Turkey, February 8, 2023. REUTERS/K. Ozer", "photo_credit"),
    ("Riot police stand guard near the stadium in Quito. AFP/Stringer", "photo_credit"),
    ("REUTERS/Ann Lee", "photo_credit"),
    ("Originally published in The Example Review.", "wire_credits"),
    ("This story was originally published by Example Wire on June 3.", "wire_credits"),
    ("Sign up to get our weekly newsletter.", "signup"),
    ("Subscribe now for breaking news alerts", "signup"),
    ("Liked this story? Sign up for the free evening briefing.", "signup"),
])
def test_furniture_still_goes(line, rule):
    assert rule_for(line) == rule


def test_a_paragraph_citing_a_poll_stays_in_the_story():
    text = ("Senate backs tariff bill\n"
            "Support for the new tariffs dropped to 35 percent in March, according to an AP/NORC poll.\n"
            "The Senate voted 52 to 48 on Thursday to keep them.\n")
    result = clean_text(text)
    assert result.removed == []
    assert "according to an AP/NORC poll." in result.text
