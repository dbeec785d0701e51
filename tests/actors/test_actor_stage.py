"""The actor stage fills cdoc.actors with resolved mentions whose head tokens the event coder can use."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def actors_of(pipeline, text: str, published: str = "2017-01-29"):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return cdoc


def by_text(cdoc):
    return {m.ref.text: m for m in cdoc.actors}


def test_mentions_carry_offsets_and_heads(pipeline):
    text = "Russian President Vladimir Putin spoke with President Trump on Saturday."
    cdoc = actors_of(pipeline, text)
    for m in cdoc.actors:
        assert text[m.ref.start:m.ref.end] == m.ref.text
        assert m.start_token <= m.head_token < m.end_token
    doc = cdoc.doc
    spoke = next(t for t in doc if t.lemma_ == "speak")
    subj = next(c for c in spoke.children if c.dep_ == "nsubj")
    assert cdoc.actor_at(subj.i).ref.code == "RUSGOV"
    assert cdoc.actor_at(subj.i).ref.name == "Vladimir Putin"
    trump = next(t for t in doc if t.text == "Trump")
    assert cdoc.actor_at(trump.i).ref.code == "USAGOV"


@pytest.mark.parametrize("published, code", [("2017-01-29", "USAGOV"), ("2016-06-01", "USA")])
def test_people_resolved_at_the_article_date(pipeline, published, code):
    cdoc = actors_of(pipeline, "Trump criticised the Chinese government on Monday.", published)
    assert by_text(cdoc)["Trump"].ref.code == code
    assert by_text(cdoc)["Chinese government"].ref.code == "CHNGOV"


def test_composed_role_phrases(pipeline):
    cdoc = actors_of(pipeline, "Russian troops attacked Ukrainian separatists near the border. "
                               "Three Kenyan lawmakers met Lagos state police officials.")
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Russian troops"] == "RUSMIL"
    assert codes["Ukrainian separatists"] == "UKRREB"
    assert codes["Kenyan lawmakers"] == "KENLEG"
    assert codes["Lagos state police officials"] == "NGACOP"


def test_possessive_and_apposition(pipeline):
    cdoc = actors_of(pipeline, "Sean Spicer, Trump's spokesman, spoke to reporters.")
    spokesman = next(m for m in cdoc.actors if m.ref.text.endswith("spokesman"))
    assert spokesman.ref.code == "USAGOV"
    cdoc = actors_of(pipeline, "Jane Wanjiru, a Kenyan lawmaker, accused the police of brutality. "
                               "Wanjiru said she would sue.")
    jane = [m for m in cdoc.actors if "Wanjiru" in m.ref.text]
    assert len(jane) == 2 and all(m.ref.code == "KENLEG" for m in jane)
    she = next(m for m in cdoc.actors if m.ref.text == "she")
    assert she.ref.code == "KENLEG"


def test_pronouns_and_the_two_leaders(pipeline):
    text = ("Russian President Vladimir Putin could meet President Trump before July, after the two leaders "
            "held a phone conversation. Trump said he was pleased.")
    cdoc = actors_of(pipeline, text)
    pair = next(m for m in cdoc.actors if m.ref.text == "two leaders")
    assert sorted(r.code for r in pair.members) == ["RUSGOV", "USAGOV"]
    he = next(m for m in cdoc.actors if m.ref.text == "he")
    assert he.ref.code == "USAGOV" and he.ref.name == "Donald Trump"


def test_surname_after_first_mention(pipeline):
    cdoc = actors_of(pipeline, ("Kenyan President Jomo Mwangi visited the port on Monday and said that it was "
                               "a good day. Mwangi later met with Ethiopian officials in the city."))
    mwangi = [m for m in cdoc.actors if "Mwangi" in m.ref.text]
    assert [m.ref.code for m in mwangi] == ["KENGOV", "KENGOV"]


def test_seed_article(pipeline, seed_text):
    cdoc = actors_of(pipeline, seed_text)
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Russian President Vladimir Putin"] == "RUSGOV"
    assert codes["Dmitry Peskov"] == "RUSGOV"
    assert codes["TASS"] == "RUSMED"
    assert codes["Kremlin"] == "RUSGOV"
    assert codes["Obama administration"] == "USAGOV"
    assert codes["Russian businesses"] == "RUSBUS"
    assert codes["Reuters"] == "GBRMED"
