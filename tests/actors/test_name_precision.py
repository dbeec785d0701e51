"""A family name alone is not a known person when the text writes a different first name; outlets named by an
everyday word need the capitalised article; court-case parties and outlet names inside longer names are no actors."""

from __future__ import annotations

from datetime import date

from eventwire.records import Article


def actors(pipeline, text: str, published: str):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    return [(m.ref.text, m.ref.name, m.ref.code) for m in cdoc.actors]


def test_lookup_other_first_name_blocks_the_known_person(resolver):
    when = date(2020, 3, 1)
    assert resolver.lookup("Hunter Biden", when) is None
    assert resolver.lookup("Joseph R. Biden", when).name == "Joe Biden"
    assert resolver.lookup("William Jefferson Clinton", when).name == "Bill Clinton"
    assert resolver.lookup("German Chancellor Merkel", when).name == "Angela Merkel"
    assert resolver.lookup("Rafael Cruz", when) is None   # first name of a longer name needs its middle name


def test_lookup_everyday_word_outlet_needs_capital_article(resolver):
    when = date(2020, 3, 1)
    assert resolver.lookup("the Atlantic", when) is None
    assert resolver.lookup("The Atlantic", when).code == "USAMED"


def test_lookup_court_case_and_outlet_inside_a_longer_name(resolver):
    when = date(2001, 5, 1)
    assert resolver.lookup("Brown v. Board", when) is None
    assert resolver.lookup("Palestinian Liberation Organization", when).code == "PSEGOV"
    assert resolver.lookup("Liberation", when) is None


def test_later_family_name_is_the_person_named_first(pipeline):
    found = actors(pipeline, "Hunter Biden joined the board of the company in 2014. Biden later left the board.",
                   "2019-11-02")
    assert all(name != "Joe Biden" for _text, name, _code in found)
    assert all(name == "Hunter Biden" for text, name, _code in found if text == "Biden")


def test_agreeing_first_name_keeps_the_known_person(pipeline):
    found = actors(pipeline, "William J. Clinton addressed the delegates in Philadelphia.", "2016-07-27")
    assert ("William J. Clinton", "Bill Clinton", "USAELI") in found


def test_everyday_word_after_lower_case_article_is_no_outlet(pipeline):
    found = actors(pipeline, "Hikers climbed the hill behind the village while an independent monitor watched.",
                   "2020-05-01")
    assert not any(code and code.endswith("MED") for _t, _n, code in found)
    reported = actors(pipeline, "The Hill reported that two senators opposed the bill.", "2020-05-01")
    assert any(code == "USAMED" for _t, _n, code in reported)


def test_court_case_party_is_no_actor(pipeline):
    found = actors(pipeline, "Lawyers in Dakar cited Smith v. Wade in their appeal.", "2020-05-01")
    assert not any(name == "Abdoulaye Wade" for _t, name, _c in found)


def test_family_name_that_is_a_role_word_is_the_person(pipeline):
    found = actors(pipeline, "Tom Sheriff, a farmer from Iowa, sued the state. Sheriff said the sheriff lied.",
                   "2021-04-01")
    capital = [code for text, _n, code in found if text == "Sheriff"]
    assert all(code != "USACOP" for code in capital)
    assert any(text == "sheriff" and code and code.endswith("COP") for text, _n, code in found)


def test_lone_family_name_of_a_leader_written_family_name_first_is_no_private_person(pipeline):
    text = ("Pyongyang launched two missiles on Tuesday. Officials in Seoul said North Korea had warned of it. "
            "Kim watched the launch, state media said.")
    found = actors(pipeline, text, "2022-03-01")
    assert all(not (code or "").endswith("CVL") for t, _n, code in found if t == "Kim")
    shop = actors(pipeline, "Mr. Kim sells rice cakes in Seoul. He opened the stall in 1998. Business is slow.",
                  "2022-03-01")
    assert any(t == "Mr. Kim" and code == "KORCVL" for t, _n, code in shop)


def test_relative_of_a_known_person_named_in_the_text_is_of_that_persons_country(pipeline):
    text = "Joe Biden defended his son. Hunter Biden joined the board of Burisma, a Ukrainian gas company, in Kiev."
    found = {t: c for t, _n, c in actors(pipeline, text, "2019-10-01")}
    assert found["Hunter Biden"] == "USACVL"     # not UKRCVL, the country of the context
    short = {t: c for t, _n, c in actors(pipeline, "Ukrainian prosecutors questioned Hunter Biden about Burisma in Kiev, "
                                                   "Joe Biden said.", "2019-10-01")}
    assert short["Hunter Biden"] == "USACVL"
    other = {t: c for t, _n, c in actors(pipeline, "Police in Kiev said Hunter Biden arrived. He left on Monday. "
                                                   "Ukraine's police then closed the case.", "2019-10-01")}
    assert other["Hunter Biden"] == "UKRCVL"     # nobody of that family name named: the context's country
