"""Session 12 (quotes): quotes in scraped web text (platform channels, quotes left open by junk lines)."""

import pytest

from eventwire.quotes.lexicon import QuoteLexicon
from eventwire.quotes.marks import find_segments


@pytest.mark.parametrize("text, via", [
    # the platform a statement was posted on is the channel it passed through
    ("The interior ministry said in a statement posted on Telegram that nine drones were downed overnight.",
     "Telegram"),
    ("The opposition leader said in a post on X that the count had been rigged.", "X"),
    ("In a post on Facebook, the mayor said the bridge would reopen in May.", "Facebook"),
    ("The regional governor wrote on Telegram that power had been restored to most homes.", "Telegram"),
    ("The former president said on Truth Social that the indictment was a political stunt.", "Truth Social"),
    ("The militia said in a Telegram post that its fighters had left the town.", "Telegram"),
    ("The group said in a statement on its Telegram channel that it would free two hostages.", "Telegram"),
    ("The embassy said in a video posted to Instagram that the consulate would stay shut.", "Instagram"),
    # a trailing attribution whose platform ends the sentence ("X." is one token to the parser)
    ("The crossing will reopen on Monday, the border agency said in a post on X.", "X"),
    # a post as the speaker
    ("A statement posted on Telegram by the regional governor said four people were hurt.", "Telegram"),
    ("According to a post on the ministry's Facebook page, the ferry service will resume in June.", "Facebook"),
])
def test_the_platform_of_a_post_is_the_channel(find_quotes, text, via):
    quotes = find_quotes(text)
    assert [q.via for q in quotes] == [via], [(q.cue, q.text, q.via) for q in quotes]


@pytest.mark.parametrize("text", [
    # a platform named only as the owner of something else, or a bare letter, is no channel
    "The senator commented on Twitter's decision to suspend the account, saying it was overdue.",
    # ("told reporters" has a channel since session 13: the press; tests/quotes/test_s13_quotes.py)
])
def test_no_platform_channel_where_none_is_posted_on(find_quotes, text):
    quotes = find_quotes(text)
    assert quotes and all(q.via is None for q in quotes), [(q.cue, q.text, q.via) for q in quotes]


def test_a_channel_file_without_platforms_still_loads(tmp_path):
    path = tmp_path / "channels.yaml"
    path.write_text("outlets: [Reuters]\nmedia_words: [newspaper]\ninterview_words: [interview]\n", encoding="utf-8")
    lexicon = QuoteLexicon.load(channels_file=path)
    assert lexicon.platforms == {} and lexicon.post_words == frozenset()
    assert lexicon.platform_at(["Telegram"], 0) is None


def test_platforms_are_read_from_the_channel_file():
    lexicon = QuoteLexicon.load()
    assert lexicon.platform_at(["Truth", "Social", "account"], 0) == ("Truth Social", 2)
    assert lexicon.platform_at(["x"], 0) is None            # a lower-case letter is no platform


def test_a_quote_left_open_before_a_junk_line_ends_with_its_paragraph(find_quotes):
    text = ("The harbour master was calm. “The storm has passed,” she said on Tuesday. "
            "“The ferries sail again tomorrow.\n\n"
            "Subscribe to our morning briefing for the day's top stories.\n\n"
            "The first boats leave at dawn.")
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("“The storm has passed,” she said on Tuesday. “The ferries sail again tomorrow.", "she")]


def test_a_quote_carried_on_over_a_removed_junk_line_stays_one_quote(find_quotes):
    text = ("“We will rebuild the school,” the headteacher said. “Every classroom of it.\n\n"
            "Advertisement\n\n"
            "“The children deserve nothing less.”")
    quotes = find_quotes(text)
    assert [(q.text[-12:], q.speaker.text if q.speaker else None) for q in quotes] == [
        ("nothing less.”"[-12:], "the headteacher")], [(q.text, q.cue) for q in quotes]


@pytest.mark.parametrize("text", [
    # a stray mark at a paragraph start (a scraping leftover) opens no quote
    "The council met on Monday.\n\n\"Residents filled the hall to hear the plan. Many left before the vote.\n\n"
    "The plan passed by one vote.",
    # an opening mark with no full sentence after it in its paragraph is stray
    "The council met on Monday and the chair said “the plan\n\nThe plan passed by one vote.",
])
def test_stray_opening_marks_open_no_quote(text):
    assert find_segments(text) == []


def test_a_quote_carried_on_over_paragraphs_is_still_one_segment():
    text = "She said: “The port reopens today.\n\n“Ships may dock from noon.”\n\nThe port had been shut a week."
    segments = find_segments(text)
    assert [text[s.start:s.end] for s in segments] == ["“The port reopens today.\n\n“Ships may dock from noon.”"]
