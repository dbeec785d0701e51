"""Scraped article openings (session 12, owner clean): headline, bylines, timestamps, captions, widgets.

The openings in data/s12_scraped_openings.yaml are written for these tests. The clean stage must drop the page
furniture (``data/filters/junk_lines.yaml``), keep every line of the story, find the headline even under a cookie
banner, and the coder must take no actor, time, place, quote or event from a junk line; a headline's act that the
story tells again is one event (``events/headlines.py``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwire.errors import DictionaryError
from eventwire.records import Article
from eventwire.stages.clean import clean_text, rule_for
from eventwire.stages.junk_lines import JunkLines

OPENINGS = yaml.safe_load((Path(__file__).parent / "data" / "s12_scraped_openings.yaml").read_text())["openings"]
BY_ID = {item["id"]: item for item in OPENINGS}


def _coded(pipeline, item):
    article = Article(id=item["id"], text=item["text"], published=item["published"])
    return next(pipeline.code_documents([article]))


@pytest.mark.parametrize("item", OPENINGS, ids=[i["id"] for i in OPENINGS])
def test_junk_lines_go_story_lines_stay_and_the_headline_is_found(item):
    result = clean_text(item["text"])
    assert result.title == item["title"]
    for junk in item["junk"]:
        assert junk in result.removed, junk
    kept_lines = {line.strip() for line in result.text.split("\n")}
    for line in (raw.strip() for raw in item["text"].split("\n")):
        if line and line not in item["junk"]:
            assert line in kept_lines, f"story line lost: {line}"
    for line in item.get("kept", []):
        assert line in kept_lines


@pytest.mark.parametrize("item", OPENINGS, ids=[i["id"] for i in OPENINGS])
def test_no_record_comes_from_a_junk_line(pipeline, item):
    cdoc = _coded(pipeline, item)
    text = cdoc.article.text
    junk = set(item["junk"])

    def line_of(offset: int) -> str:
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return text[start:end if end >= 0 else len(text)].strip()

    doc = cdoc.doc
    offsets = [doc[m.start_token].idx for m in cdoc.actors] + [doc[p.start_token].idx for p in cdoc.places]
    offsets += [t.record.start for t in cdoc.times]
    offsets += [q.start for q in cdoc.quotes] + [e.evidence.start for e in cdoc.events]
    for offset in offsets:
        assert line_of(offset) not in junk


def test_the_headline_is_a_sentence_of_its_own(pipeline):
    for item in OPENINGS:
        cdoc = _coded(pipeline, item)
        title_end = cdoc.article.text.index(item["title"]) + len(item["title"])
        assert all(not (s.start_char < title_end < s.end_char - 1) for s in cdoc.doc.sents), item["id"]


@pytest.mark.parametrize("item_id, root, source, target", [
    ("wire_trailer", "11", "PHL", "CHN"),                         # "protests to" / "lodged a diplomatic protest"
    ("related_and_promo_lines", "16", "IGOEUR", "RUS"),           # "agrees new sanctions" / "approved a package"
    ("breaking_prefix_and_live_link", "17", "TURCOP", "TUROPP"),  # "Istanbul mayor" / "Mayor Ekrem Imamoglu"
])
def test_a_headline_act_the_story_tells_again_is_one_event(pipeline, item_id, root, source, target):
    item = BY_ID[item_id]
    cdoc = _coded(pipeline, item)
    acts = [e for e in cdoc.events if e.root == root]
    assert len(acts) == 1, [(e.cameo, e.evidence.trigger) for e in acts]
    kept = acts[0]
    assert (kept.source.code, kept.target.code) == (source, target)
    assert item["title"] not in kept.evidence.text      # the story's telling stays: it dates and names the act
    assert "headline" in kept.rule
    assert any(note.startswith("headlines:") for note in cdoc.notes)


def test_a_headline_act_the_story_tells_in_other_words_is_one_event(pipeline):
    """"Thai court removes prime minister" over "the constitutional court removed the prime minister from office":
    the story's telling stays (it dates the act)."""
    cdoc = _coded(pipeline, BY_ID["standfirst_reporter_place_timestamp"])
    assert [(e.cameo, e.evidence.trigger) for e in cdoc.events if e.root == "17"] == [("172", "removed")]


def test_a_headline_act_the_story_does_not_tell_again_stays(pipeline):
    item = {"id": "own_headline", "published": "2024-03-11",
            "text": "Kenya expels Ugandan diplomat\nBy Jane Roe\n"
                    "Traders in Nairobi said on Monday that maize prices had doubled since January."}
    cdoc = _coded(pipeline, item)
    assert [(e.cameo[:2], e.source.code, e.target.code[:3]) for e in cdoc.events] == [("16", "KEN", "UGA")]


def test_a_headline_act_against_another_country_is_not_the_story_act(pipeline):
    text = ("Russia expels German diplomats\n"
            "Russia expelled two Polish diplomats on Monday in a row over a spying case, the foreign ministry said.\n"
            "The ministry gave no further details.")
    cdoc = next(pipeline.code_documents([Article(id="x", text=text, published="2025-06-02")]))
    acts = sorted((e.cameo, e.source.code, e.target.code) for e in cdoc.events if e.root == "16" and e.target)
    # both expulsions stay, each against the government whose diplomats are sent home (the tuning sets' gold codes
    # an expelled diplomat as his government)
    assert acts == [("161", "RUS", "DEUGOV"), ("161", "RUS", "POLGOV")], acts


def test_a_caption_gives_no_place_or_day_and_a_credit_line_no_reporter():
    result = clean_text(BY_ID["ap_photo_caption_and_credit"]["text"])
    assert "Kampala" not in result.text and "Oct. 8, 2024" not in result.text
    assert result.text.rstrip().endswith("within ten days.")


@pytest.mark.parametrize("line, rule", [
    ("By Amira Haddad and Piet Vos, Reuters", "byline"),
    ("By KOFI MENSAH Associated Press", "byline"),
    ("Updated 09:40 GMT, 12 June 2025", "timestamp"),
    ("Fri 6 Jun 2025 18.02 BST", "timestamp"),
    ("Last updated 3 hours ago", "timestamp"),
    ("Firefighters work at the scene in Valencia, Spain, June 3, 2025. (AP Photo/Luis Marti)", "photo_credit"),
    ("A boy walks past a damaged school in Kharkiv. REUTERS/Olga Petrenko", "photo_credit"),
    ("Image caption, Delegates arrive in Nairobi on Thursday", "image_caption_label"),
    ("Reporting by Amira Haddad; Editing by Piet Vos", "wire_credits"),
    ("Example News writer Kofi Mensah in Accra contributed to this report.", "wire_credits"),
    ("We use cookies to personalise content and ads.", "cookie_notice"),
    ("Want the news first? Sign up for our breaking news alerts.", "signup"),
    ("Follow live updates", "follow_us"),
    ("Story continues below advertisement", "page_sections"),
    ("4 min read", "reading_widgets"),
    ("Fishing boats return to port in Manila, Philippines, March 1, 2025. REUTERS/Stringer/File Photo", "photo_credit"),
    ("AFP via Getty Images", "photo_credit"),
    ("(Reporting by Amira Haddad; Editing by Piet Vos)", "wire_credits"),
    ("Kofi Mensah in Accra contributed reporting.", "wire_credits"),
    ("Skip to main content", "page_sections"),
    ("Copy link", "share_bar_words"),
    ("Follow Example Radio on Instagram, Facebook and YouTube.", "follow_us"),
    ("(Reporting by Amira Haddad, with reporting by Piet Vos, editing by Kofi Mensah.)", "wire_credits"),
    ("Originally published on Example Science News.", "wire_credits"),
    ("Editor's note: This article has been updated to add a statement from the police.", "wire_credits"),
    ("Have a tip? Piet Vos can be reached at pvos@example.org.", "contact_author"),
    ("Get the top stories delivered to your inbox each evening.", "signup"),
    ("Subscriptions cost $5 a month. Click here for details.", "signup"),
    ("See more photos", "page_sections"),
])
def test_rules_name_scraped_furniture(line, rule):
    assert rule_for(line) == rule


@pytest.mark.parametrize("line", [
    "By Monday evening, police had cleared the square.",
    "By a vote of 61 to 39, the Senate confirmed the nominee.",
    "7 p.m.",                                              # a live blog's entry heading stays
    "Reporting by state media said the convoy was hit near Sumy on Sunday.",
    "Copyright claims by the broadcaster were rejected by the court in May.",
    "The ministry released an image of the damaged ship.",
    "Monday",
    "Reuters said the talks had ended without a deal.",
    "Two reporters contributed reporting from Kyiv and Lviv, the paper said.",
    "Reach a deal by Friday, the envoy told both sides.",
    "Originally, the summit was set for May.",
    "Follow the party line on Twitter or leave, the leader told his MPs.",
])
def test_prose_and_live_blog_headings_are_no_junk(line):
    assert rule_for(line) is None


def test_a_scrap_of_a_broken_sentence_is_no_headline_and_stays():
    text = ("See more photos:\n"
            "which the ministry posted on its website on Monday,\n"
            "showing the damaged ferry in the harbour.\n"
            "Coast guard officers said the crew had been rescued.\n"
            "The port authority said it would investigate the collision.\n"
            "Talks with the ferry's owners are planned for Thursday.\n")
    result = clean_text(text)
    assert result.title is None
    assert result.removed == ["See more photos:"]
    assert "which the ministry posted on its website on Monday," in result.text


def test_a_clock_time_heading_keeps_its_entry_dated_text_unchanged():
    text = "The Latest: Talks resume in Doha\n11:40 a.m.\nNegotiators met again in Doha on Tuesday.\n"
    assert clean_text(text).text == text


def test_the_rules_file_checks_its_examples(tmp_path):
    bad = tmp_path / "junk.yaml"
    bad.write_text("rules:\n  - name: byline\n    why: bylines\n    patterns: ['^By ']\n"
                   "    examples: ['Written by Jane Doe']\n")
    with pytest.raises(DictionaryError, match="byline does not match its example"):
        JunkLines.load(bad)
    bad.write_text("rules:\n  - name: stamp\n    why: stamps\n    only: [updated]\n    needs: [published]\n"
                   "    examples: ['Updated 3']\n")
    with pytest.raises(DictionaryError, match="'needs' words must be among"):
        JunkLines.load(bad)
    bad.write_text("rules:\n  - name: x\n    why: y\n    patterns: ['(']\n    examples: ['z']\n")
    with pytest.raises(DictionaryError, match="bad regular expression"):
        JunkLines.load(bad)
