"""Countries from the text, not from defaults: institutions many countries have, lone family names, people the
dictionary does not know in a short text."""

from __future__ import annotations

from eventwire.records import Article


def actors_of(pipeline, text: str, published: str):
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return cdoc


def code_of(cdoc, text: str) -> str | None:
    return next(m.ref.code for m in cdoc.actors if m.ref.text == text)


def test_an_institution_many_countries_have_is_of_the_country_the_sentence_names(pipeline):
    cdoc = actors_of(pipeline, "President of the Senate, Bukola Saraki, said the Nigeria Police had been asked to "
                               "investigate the senators.", "2016-04-10")
    assert code_of(cdoc, "Senate") == "NGALEG"
    assert code_of(cdoc, "President") == "NGALEG"          # an office of the Senate, not the head of state
    assert code_of(cdoc, "Bukola Saraki") == "NGALEG"
    assert code_of(cdoc, "senators") == "NGALEG"           # the Senate's own default country names no country
    cdoc = actors_of(pipeline, "The Senate passed the bill on Tuesday.", "2016-04-10")
    assert code_of(cdoc, "Senate") == "USALEG"             # no other country named: the dictionary's


def test_a_lone_family_name_is_the_one_person_of_the_context_country_in_office(pipeline):
    cdoc = actors_of(pipeline, "Christie blasted Clinton as a disgrace on Wednesday.", "2016-09-28")
    assert code_of(cdoc, "Christie") == "USAGOV"           # Chris Christie, governor; not Perry Christie (Bahamas)
    cdoc = actors_of(pipeline, "Christie blasted Clinton as a disgrace on Wednesday.", "2019-09-28")
    assert "Chris Christie" not in {m.ref.name for m in cdoc.actors}   # out of office by then
    cdoc = actors_of(pipeline, "Gordon criticised Clinton on Wednesday.", "2019-09-28")
    assert "Mark Gordon" not in {m.ref.name for m in cdoc.actors}      # a first name as well
    # two British Johnsons in the dictionary, one in office in 2019: Boris, not the Home Secretary of 2009-10
    cdoc = actors_of(pipeline, "In a TV debate, Johnson and Corbyn clashed over Brexit.", "2019-11-20")
    assert code_of(cdoc, "Johnson") == "GBRGOV"


def test_a_private_person_in_a_short_text_takes_the_one_country_of_the_sentence(pipeline):
    cdoc = actors_of(pipeline, "Kenyan police arrested Jane Okello in Nairobi on Tuesday.", "2016-04-10")
    assert code_of(cdoc, "Jane Okello") == "KENCVL"


def test_an_ethnicity_is_no_evidence_of_the_country_of_the_context(pipeline):
    cdoc = actors_of(pipeline, "Serbian police killed two ethnic Albanians in a firefight in southern Serbia "
                               "on Sunday.", "2001-05-01")
    assert code_of(cdoc, "ethnic Albanians") == "SRBCVL"


def test_a_place_near_a_country_gives_a_role_phrase_its_country(pipeline):
    cdoc = actors_of(pipeline, "Rebels vowed to take control of villages near Macedonia's border.", "2001-05-01")
    assert code_of(cdoc, "villages") == "MKDCVL"


def test_a_person_named_with_an_organisation_is_of_that_organisation(pipeline):
    cdoc = actors_of(pipeline, "The plan was vague, Michael Tanner of the Cato Institute said. Critics agreed. "
                               "Alex Horton of the Washington Post reported the story.", "2016-09-21")
    assert code_of(cdoc, "Michael Tanner") == "USANGO"
    assert code_of(cdoc, "Alex Horton") == "USAMED"


def test_it_in_when_it_comes_to_refers_to_no_actor(pipeline):
    cdoc = actors_of(pipeline, "The company has big debts. When it comes to energy, Larry has a history.",
                     "2016-09-08")
    assert "it" not in {m.ref.text for m in cdoc.actors}


def test_a_pronoun_in_a_quotation_is_not_its_speaker_even_where_the_quotation_runs_on(pipeline):
    cdoc = actors_of(pipeline, "Michael Tanner, an analyst at the Cato Institute, said the plan was vague. "
                               "\"I believe this is one more case where he did not think it through,\" Tanner said. "
                               "\"Maybe he will learn.\"", "2016-09-21")
    assert not [m for m in cdoc.actors if m.ref.text == "he" and m.ref.name == "Michael Tanner"]


def test_a_family_named_by_a_known_surname_is_of_that_persons_country(pipeline):
    cdoc = actors_of(pipeline, "The Obamas left Washington on Friday.", "2017-02-01")
    assert code_of(cdoc, "Obamas") == "USA"


def test_a_financial_adviser_is_a_private_professional(pipeline):
    cdoc = actors_of(pipeline, "Laura Benson, a financial adviser in Madison, Wis., said the plan was good. "
                               "Officials disagreed. The vote is in May.", "2016-09-24")
    assert code_of(cdoc, "Laura Benson") == "USABUS"
    assert code_of(cdoc, "Officials") == "USAGOV"


def test_role_words_naming_a_kind_of_thing_are_no_actors(pipeline):
    cdoc = actors_of(pipeline, "At a press conference, the mayor said hackers targeted the voter registration "
                               "systems. Which leads us to a couple of other problems. Growth suffers from "
                               "negative economic and political forces. The student protest in Nairobi grew.",
                     "2016-09-20")
    texts = {m.ref.text for m in cdoc.actors}
    assert not {"press", "voter", "couple", "negative economic and political forces"} & texts
    assert "student" in texts     # the students are the agents of their protest


def test_supporters_in_a_legislature_are_its_members(pipeline):
    cdoc = actors_of(pipeline, "Supporters in Congress say the program has brought billions of dollars.",
                     "2016-09-12")
    assert code_of(cdoc, "Supporters") == "USALEG"
    cdoc = actors_of(pipeline, "Protesters in Nairobi marched on Tuesday.", "2016-09-12")
    assert code_of(cdoc, "Protesters") == "KENCVL"
