"""A plural nationality is a crowd of that country's people for a pattern's subject list.

Since a counted phrase meets word lists by what it counts ("thousands of fans" -> fans, never 'thousand'),
"tens of thousands of Venezuelans marched through Caracas" needs the nationality itself to read as people.
Soldiers or fans of a nationality are not: their head noun is what the list sees.
"""

from __future__ import annotations

import pytest

from .form_checks import coded_events

PUB = "2019-03-10"

_MARCHERS = [
    ("Tens of thousands of Venezuelans marched through Caracas on Saturday.", "VENCVL"),
    ("Several hundred Armenians rallied through the streets of Yerevan late on Friday.", "ARMCVL"),
    ("Kenyans demonstrated through central Nairobi for a second day.", "KENCVL"),
]

_NOT_PROTESTS = [
    "Thousands of Argentine football fans marched through Buenos Aires to celebrate the title.",
    "Hundreds of Chinese soldiers marched through Beijing during the parade.",
]


@pytest.mark.parametrize("text,source", _MARCHERS)
def test_a_plural_nationality_marches_as_people(pipeline, text, source):
    got = [(e.cameo, e.source.code if e.source else None) for e in coded_events(pipeline, text, PUB)]
    assert any(c.startswith("14") and s == source for c, s in got), got


@pytest.mark.parametrize("text", _NOT_PROTESTS)
def test_fans_and_soldiers_are_not_protesters(pipeline, text):
    got = [e.cameo for e in coded_events(pipeline, text, PUB)]
    assert not any(c.startswith("14") for c in got), got
