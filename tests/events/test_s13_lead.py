"""A meeting held during a gathering in a place is held in that place (events/venues.py, session 13)."""

import pytest

from eventwire.records import Article


def _meetings(pipeline, text):
    coded = list(pipeline.code_articles([Article(id="venue", text=text, published="2023-03-01")]))[0]
    return sorted({e["cameo"] for e in coded.records("events") if e["cameo"].startswith("04")})


@pytest.mark.parametrize("text, code", [
    ("Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken during a climate conference "
     "in Paris.", "044"),
    ("Japan's prime minister met South Korea's president during a regional summit in Tokyo on Friday.", "040"),
])
def test_a_meeting_during_a_gathering_is_held_where_the_gathering_is(pipeline, text, code):
    assert _meetings(pipeline, text) == [code]
