"""Session 13 (quotes): the channel of a claim (issue 5): a platform named by the verb or noun itself
("tweeted", "in a tweet"), the press told ("told reporters", "speaking to journalists") and the outlet
that carried a statement ("according to a statement carried by the state news agency")."""

import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon


@pytest.mark.parametrize("text, via", [
    # a word that names its platform by itself
    ("The governor tweeted that the evacuation order had been lifted.", "X"),
    ("The opposition leader tweeted on Sunday that he would boycott the vote.", "X"),
    ('"The border stays closed," the interior minister tweeted.', "X"),
    ("The senator said in a tweet that the nominee had misled the committee.", "X"),
    # the press as the audience
    ("The prime minister told reporters that the ceasefire talks would resume next week.", "reporters"),
    ("The envoy told foreign journalists in Beirut that the convoy had been stopped.", "foreign journalists"),
    ('"We have nothing to hide," the spokeswoman told the press after the hearing.', "the press"),
    ("Speaking to reporters on Monday, the general said his troops would stay in the province.", "reporters"),
    ("The foreign minister, speaking to the BBC, said the embassy would stay open.", "BBC"),
    ("The envoy, who spoke to journalists after the meeting, said the talks had stalled.", "journalists"),
    # an outlet that carried a statement passes the claim on
    ("The navy fired two missiles into the sea, according to a statement carried by the state news agency.",
     "the state news agency"),
    ("The cabinet approved the budget, according to a statement carried by Xinhua.", "Xinhua"),
    ("The state news agency said the president had returned to the capital.", "The state news agency"),
    ("A local radio station reported that the dam had burst.", "A local radio station"),
    ("The border was closed overnight, Iranian state media said.", "Iranian state media"),
    ("According to state media, the leader inspected a new missile launcher.", "state media"),
    # an outlet named with the verb still wins over the press and the platform word
    ("The mayor told CNN that the shelters were full.", "CNN"),
    ("The minister said in an interview with the BBC that the sanctions were failing.", "BBC"),
])
def test_the_channel_of_a_claim_is_recorded(find_quotes, text, via):
    quotes = find_quotes(text)
    assert [q.via for q in quotes] == [via], [(q.cue, q.text, q.via) for q in quotes]


def test_a_speaker_quoted_by_an_outlet_carrying_a_statement_keeps_the_claim(find_quotes):
    """The army's claim passed through the agency: one quote, the army's, with the agency as its channel."""
    quotes = find_quotes("The army said its jets had hit rebel depots, according to a statement carried by "
                         "the state news agency.")
    assert [(q.speaker.text if q.speaker else None, q.text, q.via) for q in quotes] == \
        [("The army", "its jets had hit rebel depots", "the state news agency")]


@pytest.mark.parametrize("text, speaker, content, via", [
    # a post on a platform, named by "according to" after another speaker's report, is the channel of that report
    ("The militia said it had freed the hostages, according to a statement on its Telegram channel.",
     "The militia", "it had freed the hostages", "Telegram"),
    ("The governor said the levee had held, according to a video posted on Facebook.",
     "The governor", "the levee had held", "Facebook"),
])
def test_a_platform_post_wrapping_a_report_is_its_channel(find_quotes, text, speaker, content, via):
    quotes = find_quotes(text)
    assert [(q.speaker.text if q.speaker else None, q.text, q.via) for q in quotes] == [(speaker, content, via)]


@pytest.mark.parametrize("text", [
    # a reporter who is the object of another act, or a body that is no outlet, is no channel
    '"I have said all I will say," the senator said, cutting off a reporter who had asked about the loan.',
    "The official told a reporter's family that the case had been closed.",
    "The ministry said in a statement released by its press office that the talks had failed.",
    "The envoy, who flew to Moscow on Sunday, said the talks had stalled.",
    # an agency or station is an outlet only as a news agency or a radio or TV station
    "The national disaster agency said phone lines to three islands had been cut.",
    "Relief agencies said they could not reach the flooded villages.",
    "The International Atomic Energy Agency said its inspectors had left the plant.",
    # a media noun the speaker's words are about is no channel
    "The president attacked the newspaper for its reporting on the war.",
    "The minister criticised the media for its coverage of the trial.",
])
def test_no_channel_where_none_carried_the_claim(find_quotes, text):
    quotes = find_quotes(text)
    assert quotes and all(q.via is None for q in quotes), [(q.cue, q.text, q.via) for q in quotes]


def test_platform_and_press_words_are_read_from_the_channel_file():
    lexicon = QuoteLexicon.load()
    assert lexicon.platform_words["tweet"] == "X"
    assert {"reporter", "journalist", "press"} <= lexicon.press_words


def test_a_platform_word_must_name_a_listed_platform(tmp_path):
    path = tmp_path / "channels.yaml"
    path.write_text("outlets: [Reuters]\nmedia_words: [newspaper]\ninterview_words: [interview]\n"
                    "platforms: [Telegram]\nplatform_words: {tweet: X}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not listed under 'platforms'"):
        QuoteLexicon.load(channels_file=path)


def test_a_channel_file_without_the_new_keys_still_loads(tmp_path):
    path = tmp_path / "channels.yaml"
    path.write_text("outlets: [Reuters]\nmedia_words: [newspaper]\ninterview_words: [interview]\n", encoding="utf-8")
    lexicon = QuoteLexicon.load(channels_file=path)
    assert lexicon.platform_words == {} and lexicon.press_words == frozenset()


@pytest.mark.parametrize("text, content", [
    # a closing gloss naming the content a disputed claim, its relative clause without a pronoun; the parser
    # reads "rejects" after "the election commission" as a plural noun, so the gloss has no relative clause
    ("The opposition claims the vote was rigged, a charge the election commission rejects.", "the vote was rigged"),
    ("The union says the mine is unsafe, a claim the owners dispute.", "the mine is unsafe"),
])
def test_a_disputed_claim_gloss_ends_the_content(find_quotes, text, content):
    quotes = find_quotes(text)
    assert quotes and quotes[0].text == content, [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, content, via", [
    # a channel phrase closing the verb's object is the speaker's channel, not part of what was claimed
    ("The militant group claimed the ambush through its Amaq news agency.", "the ambush", "Amaq news agency"),
    ("The rebel faction claimed responsibility for the blast in a post on Telegram.",
     "responsibility for the blast", "Telegram"),
    ("The group claimed the attack in a statement posted on Telegram.", "the attack", "Telegram"),
    # a clause keeps its own phrases
    ("The doctor said he would never diagnose a patient through television.",
     "he would never diagnose a patient through television", None),
])
def test_a_channel_phrase_closing_an_object_is_the_channel(find_quotes, text, content, via):
    quotes = find_quotes(text)
    assert [(q.text, q.via) for q in quotes] == [(content, via)], [(q.cue, q.text, q.via) for q in quotes]


def test_a_media_qualifier_must_belong_to_a_media_word(tmp_path):
    path = tmp_path / "channels.yaml"
    path.write_text("outlets: [Reuters]\nmedia_words: [newspaper]\ninterview_words: [interview]\n"
                    "media_qualifiers: {agency: [news]}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not under 'media_words'"):
        QuoteLexicon.load(channels_file=path)


def test_a_participle_before_a_closing_report_is_the_reported_speakers(find_quotes):
    """'X accused Y ..., saying ..., the agency reported': X is saying it; the agency only reports it."""
    quotes = find_quotes("The army chief accused the rebels of breaking the truce, saying they had shelled two "
                         "villages, the state news agency reported.")
    said = [q for q in quotes if q.cue == "saying"]
    assert [(q.speaker.text, q.text) for q in said] == [("The army chief", "they had shelled two villages")], \
        [(q.cue, q.speaker.text if q.speaker else None, q.text) for q in quotes]
