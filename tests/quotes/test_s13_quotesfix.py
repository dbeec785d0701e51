"""Session 13 (quotes), review fixes: a speaking aside names a channel only with a speaking verb and an
outlet at the head of its 'to' phrase (F3); the press as the target of a judgement is no audience (F2);
Twitter is recorded under the service's one name, X (F6); the via names the outlet, not whose it is (F8);
'through back channels', 'a network of supporters', 'a government paper' are no outlets (F11). The probe
sentences are the reviewer's."""

import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon


def _vias(quotes):
    return [(q.cue, q.speaker.text if q.speaker else None, q.text, q.via) for q in quotes]


@pytest.mark.parametrize("text", [
    # F3: an aside that is no speaking, or whose 'to' object only mentions an outlet, or that tells another time
    "Responding to a CNN report, the minister said the talks had not failed.",
    "Reacting to the Reuters report, the spokesman said the army had not crossed the border.",
    "The envoy, who delivered aid to journalists in Gaza, said the crossing was shut.",
    "The governor, who gave an interview to the BBC last year, said on Monday that the dam was safe.",
    "The minister, who wrote to the BBC to complain about its coverage, said the story was false.",
    # F2: the press as the target of a judgement verb
    "The minister blamed journalists for the panic over fuel prices.",
    "The president attacked the press, saying it was biased against him.",
    "The governor thanked reporters for their patience.",
    "The general criticized foreign correspondents for their coverage.",
    # F11: 'channel', 'network', 'paper' that name no outlet
    "Officials said through back channels that the talks would resume.",
    "The rebels claimed the attack through a network of supporters.",
    "The inflation rate rose, according to a government paper.",
])
def test_no_channel_in_these_asides_objects_and_phrases(find_quotes, text):
    quotes = find_quotes(text)
    assert quotes and all(q.via is None for q in quotes), _vias(quotes)


@pytest.mark.parametrize("text, via", [
    # F3: speaking asides still name their channel
    ("The foreign minister, talking to the BBC on Monday, said the embassy would stay open.", "BBC"),
    ("Speaking to state television, the president said the curfew would end.", "state television"),
    # F11: a qualified channel or network is an outlet
    ("The general said on a local TV channel that the army would withdraw.", "a local TV channel"),
    ("The network said it would send a reporter to Crimea.", "The network"),
    ("The rebel group claimed the raid through its Telegram channel.", "Telegram"),
    # F6: one name for the one service, whatever the article's date
    ("The senator said on Twitter that the bill was dead.", "X"),
    ("The senator said on X that the bill was dead.", "X"),
    ("The senator tweeted that the bill was dead.", "X"),
])
def test_the_channel_is_still_recorded(find_quotes, text, via):
    quotes = find_quotes(text)
    assert [q.via for q in quotes] == [via], _vias(quotes)


def test_the_via_names_the_outlet_not_whose_it_is(find_quotes):
    """F8: RECORDS.md's via is the outlet's name ("TASS"); "its" is not part of it, unless nothing is named."""
    quotes = find_quotes("The militant group claimed the ambush through its Amaq news agency.")
    assert [(q.text, q.via) for q in quotes] == [("the ambush", "Amaq news agency")], _vias(quotes)
    quotes = find_quotes("The party said on its website that the vote had been rigged.")
    assert [q.via for q in quotes] == ["its website"], _vias(quotes)


def test_the_channel_file_reads_aliases_disqualifiers_and_aside_verbs():
    lexicon = QuoteLexicon.load()
    assert lexicon.platform_at(["Twitter"], 0) == ("X", 1)
    assert "white" in lexicon.media_disqualifiers["paper"] and "tv" in lexicon.media_qualifiers["channel"]
    assert {"speak", "talk"} <= lexicon.aside_verbs


@pytest.mark.parametrize("extra, message", [
    ("platform_aliases: {Tweeter: X}\n", "not listed under 'platforms'"),
    ("platform_aliases: {Twitter: Bluesky}\n", "not listed under 'platforms'"),
    ("media_disqualifiers: {agency: [aid]}\n", "not under 'media_words'"),
    ("anaphoric_media_words: [outlet]\n", "must be under 'media_words'"),
])
def test_the_new_channel_keys_are_validated(tmp_path, extra, message):
    path = tmp_path / "channels.yaml"
    path.write_text("outlets: [Reuters]\nmedia_words: [newspaper]\ninterview_words: [interview]\n"
                    "platforms: [Telegram, X, Twitter]\n" + extra, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        QuoteLexicon.load(channels_file=path)
