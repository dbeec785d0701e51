"""An obligation told by a speaker: on another actor it is a demand ("The EU said Turkey will have to
release the journalists": 100 to TUR); on the speaker's own side a conflict act it is bound to is
announced, a threat (as "will strike" is), and any other act is no demand on oneself."""

import pytest

from eventwire.records import Article


def _events(pipeline, text, published="2018-03-01"):
    coded = next(iter(pipeline.code_articles([Article(id="t", text=text, published=published)])))
    return [(e["cameo"], (e["source"] or {}).get("code"), (e.get("target") or {}).get("code"))
            for e in coded.records("events")]


@pytest.mark.parametrize("text, source, target", [
    ("Netanyahu said Israel will have to strike Iran.", "ISR", "IRN"),
    ("Israel must strike Iran's nuclear sites, Netanyahu said.", "ISR", "IRN"),
    ("Erdogan said Turkey would have to attack the Kurdish militias in Syria.", "TUR", "SYRREB"),
])
def test_an_own_side_obligation_to_use_force_is_a_threat(pipeline, text, source, target):
    got = _events(pipeline, text)
    assert [e for e in got if e[0].startswith("13") and e[1] == source and e[2] == target], got
    assert not [e for e in got if e[0] == "100"], got


@pytest.mark.parametrize("text", [
    "Putin said Russia must respond to the expansion of NATO.",
    "Police say they must secure the city before the vote.",
])
def test_no_demand_on_oneself(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e[0].startswith("10")]


def test_an_obligation_on_another_actor_is_a_demand(pipeline):
    assert ("100", "IGOEUR", "TUR") in _events(pipeline, "The EU said Turkey will have to release the journalists.")
