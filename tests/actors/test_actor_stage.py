"""The actor stage fills cdoc.actors with resolved mentions whose head tokens the event coder can use."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import OWNER_WHY
from eventwire.records import Article

D = date.fromisoformat


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


@pytest.mark.parametrize("published, code", [("2017-01-29", "USAGOV"), ("2016-06-01", "USAPTY"),
                                             ("2014-06-01", "USA")])
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
    text = ("Russian President Vladimir Putin may sit down with President Trump this summer, after the two leaders "
            "spoke by phone. Trump said he was pleased.")
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


def test_capital_is_government_as_actor_and_country_as_place(pipeline):
    cdoc = actors_of(pipeline, "Moscow rejected the proposal after Saddam Hussein arrived in Amman on Monday.")
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Moscow"] == "RUSGOV"
    assert codes["Amman"] == "JOR"


def test_compound_actor_has_one_member_per_country(pipeline):
    cdoc = actors_of(pipeline, "Top Hungarian and Romanian officials agreed on Thursday to work together.")
    group = next(m for m in cdoc.actors if m.members)
    assert sorted(r.code for r in group.members) == ["HUNGOV", "ROUGOV"]
    assert cdoc.actor_at(group.head_token) is group


def test_title_in_the_text_gives_a_role_kept_for_later_mentions(pipeline):
    cdoc = actors_of(pipeline, "Republican nominee Donald Trump attacked the press on Monday. "
                               "Later that day Trump spoke to his supporters in Ohio.", "2016-09-30")
    trumps = [m for m in cdoc.actors if "Trump" in m.ref.text]
    assert [m.ref.code for m in trumps] == ["USAPTY", "USAPTY"]


def test_former_office_holder_is_elite(pipeline):
    cdoc = actors_of(pipeline, "Former President Barack Obama criticised the policy on Tuesday.", "2019-03-05")
    obama = next(m for m in cdoc.actors if m.ref.name == "Barack Obama")
    assert obama.ref.code == "USAELI"


def test_modifier_names_are_mentions_of_their_own(pipeline):
    cdoc = actors_of(pipeline, "Yemen has turned down a U.S. request to question prisoners, a security official said.")
    us = next(m for m in cdoc.actors if m.ref.text == "U.S.")
    assert us.ref.code == "USA"
    request = next(t for t in cdoc.doc if t.text == "request")
    owner = cdoc.actor_at(request.i)    # the noun is no actor, but the mention on it names its owner
    assert owner is not None and owner.ref.code == "USA" and owner.ref.sectors == []
    assert owner.why.startswith(OWNER_WHY) and owner.ref.text == "U.S. request"


def test_unknown_outlet_and_world_leaders(pipeline):
    cdoc = actors_of(pipeline, "The Springfield Gazette reported that world leaders and American diplomats "
                               "met in Washington to discuss the crisis.")
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Springfield Gazette"] == "USAMED"
    assert codes["world leaders"] is None            # not the article's country
    assert codes["American diplomats"] == "USAGOV"


def test_ambiguous_surname_follows_the_person_named(pipeline):
    cdoc = actors_of(pipeline, "Bill Clinton praised Hillary Clinton at the rally on Monday. "
                               "Clinton said that the campaign was going well.", "2016-09-30")
    last = [m for m in cdoc.actors if m.ref.text == "Clinton"][-1]
    assert last.ref.name == "Hillary Clinton"


def test_user_actor_file_reaches_the_stage(pipeline, tmp_path):
    from eventwire.actors import document_mentions
    from eventwire.actors import actor_resolver
    from eventwire.options import Options
    from eventwire.resources import Resources

    path = tmp_path / "mine.yaml"
    path.write_text("- name: Jane Wanjiru\n  aliases: [Wanjiru]\n  country: KEN\n  roles:\n"
                    "    - {code: KENLEG, from: 2020-01-01, to: null, title: MP}\n", encoding="utf-8")
    resolver = actor_resolver(Resources(Options(actor_files=(path,))))
    doc = pipeline.resources.nlp("Wanjiru criticised the police on Monday.")
    mentions = document_mentions(doc, resolver, D("2021-05-01"))
    assert [(m.ref.text, m.ref.code) for m in mentions][0] == ("Wanjiru", "KENLEG")


def test_country_inside_a_persons_name_is_no_country(pipeline):
    cdoc = actors_of(pipeline, "Jordan Peterson met Chad Smith in Jordan on Monday to discuss the book.")
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Jordan"] == "JOR"
    assert "Jordan Peterson" in codes and codes["Jordan Peterson"] is None
    assert all(m.ref.code != "TCD" for m in cdoc.actors)


def test_capital_object_of_a_verbal_act_is_the_government(pipeline):
    cdoc = actors_of(pipeline, "Zelensky accused Moscow of lying, and Russian troops shelled Kharkiv and Kyiv.",
                     "2024-05-01")
    codes = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert codes["Moscow"] == "RUSGOV"
    assert codes["Kyiv"] == "UKR"        # shelled: a place


def test_the_group_points_back_to_the_organisation(pipeline):
    cdoc = actors_of(pipeline, "The Taliban detained two British nationals, a spokesman for the group said.",
                     "2024-05-01")
    spokesman = next(m for m in cdoc.actors if m.ref.text.startswith("spokesman"))
    assert spokesman.ref.code == "AFGGOV"


def test_a_campaign_makes_a_candidate_for_the_article(pipeline):
    cdoc = actors_of(pipeline, "The Trump campaign released a new advertisement on Monday. "
                               "Trump then attacked the media at a rally.", "2016-09-30")
    trump = [m for m in cdoc.actors if m.ref.text == "Trump"][-1]
    assert trump.ref.code == "USAPTY"


def test_us_congress_members_and_other_people_with_known_surnames(pipeline):
    cdoc = actors_of(pipeline, "Jon Tester (D-Mont.) questioned the bank on Tuesday. The plan was mentioned "
                               "by Eric Trump in an interview.", "2016-09-20")
    codes = {m.ref.text: (m.ref.code, m.ref.name) for m in cdoc.actors}
    assert codes["Jon Tester"][0] == "USALEG"
    assert codes["Eric Trump"] == (None, None)      # not Donald Trump


def test_the_sides_are_the_parties_not_a_topic(pipeline):
    cdoc = actors_of(pipeline, "Trump and Putin spoke on Saturday. The discussion touched upon the Ukrainian "
                               "crisis. The sides agreed to cooperate.")
    sides = next(m for m in cdoc.actors if m.ref.text.lower().endswith("sides"))
    assert sorted(r.code for r in sides.members) == ["RUSGOV", "USAGOV"]
