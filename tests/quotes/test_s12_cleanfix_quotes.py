"""Outlets and platforms of the channel file are read by one loader (session 12 review 22, owner cleanfix)."""

import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon, _load_names

BASE = "media_words: [paper]\ninterview_words: [interview]\npost_words: [post]\n"


def test_one_loader_keys_names_by_their_tokens_and_knows_the_longest(tmp_path):
    names, longest = _load_names(["Signal", "Example Daily News", "Pat's Channel"], "outlet", tmp_path / "c.yaml", 3)
    assert names == {("signal",): "Signal", ("example", "daily", "news"): "Example Daily News",
                     ("pat", "'s", "channel"): "Pat's Channel"}
    assert longest == 3
    assert _load_names([], "platform", tmp_path / "c.yaml", None) == ({}, 1)


@pytest.mark.parametrize("outlets, platforms, message", [
    ("[Example Wire, example wire]", "[Signal]", "outlet 'example wire' listed twice"),
    ("[Example Wire]", "[Signal, Open Feed, open  feed]", "platform 'open  feed' listed twice"),
])
def test_a_name_listed_twice_is_an_error_naming_its_kind(tmp_path, outlets, platforms, message):
    path = tmp_path / "channels.yaml"
    path.write_text(f"outlets: {outlets}\nplatforms: {platforms}\n{BASE}", encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        QuoteLexicon.load(channels_file=path)


def test_outlets_and_platforms_are_found_by_their_longest_name(tmp_path):
    path = tmp_path / "channels.yaml"
    path.write_text(f"outlets: [Example, Example Daily News]\nplatforms: [Open Feed]\n{BASE}", encoding="utf-8")
    lexicon = QuoteLexicon.load(channels_file=path)
    assert lexicon.outlet_at(["Example", "Daily", "News", "said"], 0) == ("Example Daily News", 3)
    assert lexicon.outlet_at(["Example", "said"], 0) == ("Example", 1)
    assert lexicon.platform_at(["on", "Open", "Feed"], 1) == ("Open Feed", 2)
    assert (lexicon.outlet_max_len, lexicon.platform_max_len) == (3, 2)
