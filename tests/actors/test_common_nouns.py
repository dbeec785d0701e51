"""Common nouns, idioms and owners in real news: what is an actor, and whose role a role word is."""

from __future__ import annotations

from eventwire.records import Article


def mentions(pipeline, text: str, published: str = "2016-09-20") -> dict[str, str | None]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return {m.ref.text: m.ref.code for m in cdoc.actors}


def test_a_tank_is_military_only_when_the_text_says_whose(pipeline):
    found = mentions(pipeline, "Russian tanks shelled the village. A liberal think tank said the tank was empty.")
    assert found["Russian tanks"] == "RUSMIL"
    assert "MIL" not in (found.get("liberal think tank") or "")
    assert "tank" not in found


def test_continents_are_no_country(pipeline):
    found = mentions(pipeline, "Exports to South America and Latin America rose, the U.S. Commerce Department said.")
    assert "South America" not in found and "America" not in found
    assert "Latin America" not in found


def test_rt_america_is_the_russian_broadcaster(pipeline):
    found = mentions(pipeline, "RT America hired a former MSNBC host.")
    assert found["RT America"] == "RUSMED"
    assert found["former MSNBC host"] == "USAMED"


def test_public_as_an_idiom_is_no_actor(pipeline):
    found = mentions(pipeline, "The emails went public and were made public on Friday. Chief among them was a memo.")
    assert "public" not in found and "Chief" not in found
    assert mentions(pipeline, "The memo angered the American public.")["American public"] == "USACVL"


def test_heads_of_bodies_need_an_owner(pipeline):
    found = mentions(pipeline, "The FBI director met the company chairman and a board member. "
                               "The chairman of the Federal Reserve was there too.")
    assert found["FBI director"].startswith("USA") and found["FBI director"] != "USABUS"
    assert found["company chairman"] == "USABUS"
    assert "board member" not in found
    assert found["chairman"] == "USAGOV"


def test_the_president_of_a_think_tank_is_not_the_head_of_state(pipeline):
    found = mentions(pipeline, "The president of the Center for American Progress said the plan would fail.")
    assert found["president"] is not None and found["president"] != "USAGOV"
    assert found["president"] == found["Center for American Progress"]


def test_congressional_is_the_us_congress(pipeline):
    found = mentions(pipeline, "Congressional aides briefed reporters in Paris.", "2016-09-20")
    assert found["Congressional aides"] == "USALEG"


def test_a_short_newspaper_name_is_the_longer_one_named_before(pipeline):
    found = mentions(pipeline, "The Tampa Bay Times reported the deal. The Times said the mayor agreed.")
    assert found["Times"] == "USAMED"
    assert mentions(pipeline, "The Times said Britain would leave.", "2016-09-20")["Times"] == "GBRMED"


def test_people_and_hosts_found_missing(pipeline):
    found = mentions(pipeline, "Thomas Eagleton was dropped from the ticket. Fox News host Sean Hannity and "
                               "Larry King disagreed.")
    assert found["Thomas Eagleton"] == "USAELI"
    assert found["Larry King"] == "USAMED"
    assert mentions(pipeline, "The host country welcomed the talks.").get("host") is None


def test_chris_is_a_he(pipeline):
    cdoc = next(pipeline.code_documents([Article(id="t", text="Chris Doyle arrived late. He said the talks failed.",
                                                 published="2016-09-20")]))
    he = next(m for m in cdoc.actors if m.ref.text == "He")
    assert "Chris Doyle" in he.why


def test_a_country_studied_is_not_the_scholars_country(pipeline):
    found = mentions(pipeline, "\"It was a mistake,\" said Ellen Park, a Korea scholar at the Brookings "
                               "Institution in Washington.")
    assert not (found["Ellen Park"] or "").startswith(("KOR", "PRK"))
    assert mentions(pipeline, "A Russian scholar spoke.")["Russian scholar"] == "RUSEDU"


def test_jim_crow_is_no_person(pipeline):
    assert "Jim Crow" not in mentions(pipeline, "Jim Crow laws enshrined racism in the South.")


def test_a_role_word_naming_a_kind_of_thing_is_no_mention(pipeline):
    found = mentions(pipeline, "When the committee cut funding for the pilot program, the party line held.")
    assert "pilot" not in found and "party" not in found


def test_a_country_word_inside_a_longer_name_is_no_country(pipeline):
    found = mentions(pipeline, "The pro-Clinton super PAC Priorities USA Action raised $23 million, the House "
                               "Benghazi Committee said.")
    assert "USA" not in found
    assert not any((code or "").startswith("LBY") for code in found.values())


def test_a_byline_names_a_reporter(pipeline):
    text = ("The talks in Washington went on for hours. The senator spoke first. Nobody left early. "
            "Julie Doe reported from Chicago. Jim Roe contributed reporting.")
    found = mentions(pipeline, text)
    assert found["Julie Doe"] == "USAMED"
    assert found["Jim Roe"] == "USAMED"
    assert mentions(pipeline, text.replace("reported from Chicago", "said so"))["Julie Doe"] == "USACVL"


def test_a_city_before_based_is_a_place(pipeline):
    found = mentions(pipeline, "Jane Roe, a Washington-based developer, spoke on Monday.")
    assert found["Washington-based developer"] == "USABUS"
    assert found["Washington"] == "USA"
    assert mentions(pipeline, "Washington said it would act.")["Washington"] == "USAGOV"


def test_a_company_labelled_as_a_person_is_a_business(pipeline):
    text = ("Patriot Coal filed for bankruptcy in West Virginia in 2015. The mines closed. Workers left. "
            "Nobody came back.")
    found = mentions(pipeline, text + " From the start, Patriot was loaded with debt.")
    assert found["Patriot Coal"] == "USABUS"
    assert found["Patriot"] == "USABUS"
