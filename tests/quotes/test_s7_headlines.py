"""A Title Case headline is parsed from a lower-cased copy: its verb is found again ("Vows", "Denies",
"Promises" read as nouns in the capitalised line), the quote keeps the article's offsets and words,
and lines in ordinary case are never changed."""

import pytest

from eventwire.quotes.headlines import headline_lines, lowered_copy


@pytest.mark.parametrize("headline, body, content, cue, speaker", [
    ("Sanders Vows To Fight On Until The Convention",
     "Senator Bernie Sanders spoke to supporters in Vermont on Tuesday.",
     "To Fight On Until The Convention", "Vows", "Sanders"),
    ("Governor Denies Plan To Close Rural Hospitals",
     "The governor of Ohio spoke on Monday.",
     "Plan To Close Rural Hospitals", "Denies", "Governor"),
    ("Police Chief Promises Inquiry Into Shooting",
     "The chief met families of the victims in Leeds.",
     "Inquiry Into Shooting", "Promises", "Police Chief"),
])
def test_a_title_case_headline_keeps_its_verb(find_quotes, headline, body, content, cue, speaker):
    text = f"{headline}\n\n{body}"
    heads = [q for q in find_quotes(text) if q.start < len(headline)]
    assert [(q.text, q.cue, q.speaker.text if q.speaker else None) for q in heads] == [(content, cue, speaker)]
    quote = heads[0]
    assert text[quote.start:quote.end] == content            # the article's offsets, not the copy's
    assert text[quote.speaker.start:quote.speaker.end] == speaker


def test_a_headline_quote_already_found_stays(find_quotes):
    text = "Kenyan Opposition Leader Says Vote Was Rigged\n\nRaila Odinga spoke to reporters in Nairobi."
    quotes = find_quotes(text)
    assert [(q.text, q.cue, q.speaker.text) for q in quotes if q.start < 45] == \
        [("Vote Was Rigged", "Says", "Kenyan Opposition Leader")]


@pytest.mark.parametrize("text", [
    "Sanders vows to fight on until the convention.",
    "The New York Post reports that the senator avoided the hospital on Sunday.",
    "Donald Trump and Hillary Clinton met voters in Ohio.",
    "Chaos at the Border",
])
def test_ordinary_lines_are_no_headlines(text):
    assert list(headline_lines(text)) == []


def test_the_copy_keeps_names_capitals_and_length():
    line = "Railing Against Trump, Sanders Vows To Cut NATO’s Budget And McConnell’s Tax Breaks"
    common = frozenset({"rail", "against", "trump", "vow", "to", "cut", "budget", "and", "tax", "break"})
    copy = lowered_copy(line, frozenset({"Trump", "Sanders"}), common)
    assert copy == "Railing against Trump, Sanders vows to cut NATO’s budget and McConnell’s tax breaks"
    assert len(copy) == len(line)
    assert lowered_copy("Obama Vows To Veto Lopez Plan", frozenset(), common | {"plan", "veto"}) == \
        "Obama vows to veto Lopez plan"                     # words of no dictionary keep their capital
    assert list(headline_lines("Intro line.\n" + line)) == [(12, 12 + len(line))]


def test_ordinary_text_gets_the_same_quotes(find_quotes):
    body = ("The minister said on Monday that the talks would resume. "
            "Opposition leaders denied the charges and vowed to fight on.")
    quotes = find_quotes(body)
    assert [(q.cue, q.text) for q in quotes] == [("said", "that the talks would resume"),
                                                 ("denied", "the charges"), ("vowed", "to fight on")]
