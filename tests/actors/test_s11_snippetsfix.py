"""Session 11, snippetsfix (review items 1-3): a comma relative clause hides only the places it names, and only from
"it"/"its"; "the two sides" takes a party named after it only when that party keeps up its side of the dispute."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, member_codes


@pytest.mark.parametrize("text, word, code", [
    ("Biden, who spoke with Zelensky on Tuesday, promised him more air defence systems.", "him", "UKRGOV"),
    ("The Polish foreign ministry, which summoned the Russian ambassador on Monday, handed him a protest note.",
     "him", "RUSGOV"),
])
def test_a_person_named_in_an_aside_may_be_him(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_the_promise_to_the_person_of_the_aside_is_coded(pipeline):
    cdoc = coded(pipeline, "Biden, who spoke with Zelensky on Tuesday, promised him more air defence systems.")
    assert any(e.root == "03" and e.target is not None and e.target.code == "UKRGOV" for e in cdoc.events)


@pytest.mark.parametrize("text", [
    "The opposition, whose leader fled to India in August, condemned it on Monday.",
    "Police banned the march on Saturday. The union, whose members work in Germany, denounced it.",
])
def test_it_is_no_place_named_in_an_aside(pipeline, text):
    assert code_at(coded(pipeline, text), "it") is None


@pytest.mark.parametrize("text", [
    "Azerbaijan's foreign minister said on Monday that talks would resume. The two sides signed a ceasefire in "
    "Moscow, and Russia promised to send peacekeepers.",
    "Greece's prime minister said the dispute would go to court. The two sides agreed to talks, and the European "
    "Union offered to mediate.",
])
def test_a_mediator_named_later_is_no_side(pipeline, text):
    cdoc = coded(pipeline, text)
    assert member_codes(cdoc, "sides") == []
    assert not any(e.root == "05" or e.root == "03" for e in cdoc.events)


def test_a_later_party_that_keeps_its_claim_is_a_side(pipeline):
    cdoc = coded(pipeline, "Armenia's prime minister said on Friday that the border must be marked. The two sides "
                           "fought two wars over the region, and Azerbaijan still claims the villages.")
    assert {c[:3] for c in member_codes(cdoc, "sides")} == {"ARM", "AZE"}
