"""Bare roles take their country, and their person, from the article: the article's main country where the
sentence names several, no country for a conjunct of "world leaders", the person named before with the same
role word, the person a role phrase is in apposition to."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def found(pipeline, text: str, published: str) -> dict[str, str | None]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return {m.ref.text: m.ref.code for m in cdoc.actors}


@pytest.mark.parametrize("text, published, phrase, code", [
    # the sentence names several countries, the article's own among them: that one
    ("The White House said on Monday that Obama would not retaliate yet. The administration may hesitate to "
     "act while Kerry is in talks with Russia on Syria, Schiff said.", "2016-09-08", "administration", "USAGOV"),
    ("Turkish troops shelled positions near the border on Monday. Ankara says the militia is a terror group. "
     "Officials said Turkey would keep the fighters away from Syria.", "2019-10-08", "Officials", "TURGOV"),
])
def test_a_bare_role_takes_the_article_country_when_the_sentence_names_several(pipeline, text, published, phrase,
                                                                                code):
    assert found(pipeline, text, published)[phrase] == code


@pytest.mark.parametrize("text, phrase", [
    ("World leaders and diplomats expressed outrage over North Korea's nuclear test.", "diplomats"),
    ("Foreign ministers and envoys met in Vienna to discuss Iran's nuclear program.", "envoys"),
])
def test_a_conjunct_of_world_leaders_has_no_country_of_the_context(pipeline, text, phrase):
    assert found(pipeline, text, "2016-09-10")[phrase] is None


@pytest.mark.parametrize("text, published, code", [
    # named before with the very role word, whatever sector the word alone would give
    ("Trump campaign spokesman Jason Miller said the plan was fair. The spokesman added that single mothers "
     "would be covered.", "2016-09-21", "USAPTY"),
    ("Kremlin spokesman Dmitry Peskov said Moscow would respond. The spokesman added that talks had stalled.",
     "2018-03-01", "RUSGOV"),
])
def test_the_spokesman_is_the_spokesman_named_before(pipeline, text, published, code):
    assert found(pipeline, text, published)["spokesman"] == code


@pytest.mark.parametrize("text, phrase", [
    ("Brian Fallon, the campaign’s press secretary, observed that the campaign was at a turning point.",
     "campaign’s press secretary"),
    ("The campaign's press secretary, Brian Fallon, said Clinton would debate on Monday.",
     "campaign's press secretary"),
])
def test_a_role_phrase_in_apposition_to_a_person_is_that_person(pipeline, text, phrase):
    codes = found(pipeline, text, "2016-09-27")
    assert codes[phrase] == codes["Brian Fallon"] == "USAPTY"


def test_a_role_phrase_with_its_own_country_keeps_it_in_apposition(pipeline):
    codes = found(pipeline, "Jane Doe, a Kenyan lawmaker, said the vote was rigged.", "2018-03-01")
    assert codes["Kenyan lawmaker"] == "KENLEG"


@pytest.mark.parametrize("text, phrase, code", [
    # a word of a name is no role word: "European Union leaders" are the EU's, not union leaders
    ("European Union leaders said they would extend sanctions on Russia.", "European Union leaders", "IGOEUR"),
    ("African Union leaders met in Addis Ababa on Sunday.", "African Union leaders", "IGOAFU"),
])
def test_a_word_of_a_name_is_no_role_word(pipeline, text, phrase, code):
    assert found(pipeline, text, "2018-03-01")[phrase] == code


def test_a_name_word_is_no_role_word_in_a_looked_up_phrase(resolver):
    from datetime import date
    res = resolver.lookup("European Union leaders", date(2018, 3, 1))
    assert res is not None and res.code == "IGOEUR"
    assert resolver.lookup("trade union leaders", date(2018, 3, 1)).sectors == ("LAB",)


def test_a_person_without_a_role_at_the_date_takes_the_role_of_the_apposition(pipeline):
    # Sherpao is in the dictionary, but with no role in 2000: the apposition gives it, to both mentions
    codes = found(pipeline, "Aftab Ahmad Khan Sherpao, the minister, said the talks had failed.", "2000-01-01")
    assert codes["Aftab Ahmad Khan Sherpao"] == codes["minister"] == "PAKGOV"


def test_a_fronted_description_parsed_as_a_second_subject_is_the_person(pipeline):
    text = ("The daughter of Aung San, the Burmese hero who won independence, Suu Kyi long held an honored "
            "place for her fight to bring back democracy.")
    codes = found(pipeline, text, "2016-09-16")
    assert codes["daughter"] == codes["Suu Kyi"] == codes["her"] == "MMRGOV"


@pytest.mark.parametrize("text, published, code", [
    # a country name that is the family name of a person named before is that person
    ("Rep. Jim Jordan, an oversight panel member, said the deal was wrong. Mills got immunity, Jordan said.",
     "2016-09-23", "USALEG"),
    # not a dictionary name ending in "of <country>"
    ("King Abdullah of Jordan met Obama in Washington. Jordan said it would help.", "2016-09-23", "JOR"),
])
def test_a_family_name_named_before_wins_over_a_country_name(pipeline, text, published, code):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    last = [m for m in cdoc.actors if m.ref.text == "Jordan"][-1]
    assert last.ref.code == code


def test_a_family_name_named_before_wins_over_another_person_of_that_name(pipeline):
    text = ("Homeland Security Secretary Jeh Johnson says hackers have probed state voting systems. Johnson "
            "said local officials should seek federal help.")
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-09-30")]))
    johnson = [m for m in cdoc.actors if m.ref.text == "Johnson"][-1]
    assert johnson.ref.name == "Jeh Johnson" and johnson.ref.code == "USAGOV"
    assert {m.ref.code for m in cdoc.actors if m.ref.text == "local officials"} == {"USAGOV"}


@pytest.mark.parametrize("phrase, code", [
    ("former Kremlin spokesman", "RUSELI"),
    ("former DNC chairman", "USAELI"),
    ("Kremlin spokesman", "RUSGOV"),
])
def test_a_former_office_holder_of_a_named_body_is_an_elite(resolver, phrase, code):
    from datetime import date
    assert resolver.lookup(phrase, date(2018, 3, 1)).code == code


@pytest.mark.parametrize("text, published, word", [
    # a role noun after "as" says what someone is: no actor of its own
    ("O'Neill spoke on his first day at work after the exit of Bill Bratton as commissioner.",
     "2016-09-17", "commissioner"),
    ("Derek Mitchell, who served as ambassador to Burma until May, praised the reforms.", "2016-09-16",
     "ambassador"),
])
def test_a_role_after_as_is_a_predicate(pipeline, text, published, word):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    tok = next(t for t in cdoc.doc if t.text == word)
    assert cdoc.actor_at(tok.i) is None


def test_leaders_such_as_the_president_are_actors(pipeline):
    codes = found(pipeline, "Russia praised leaders such as the president of Brazil.", "2018-03-01")
    assert codes["president"] == "BRAGOV"
