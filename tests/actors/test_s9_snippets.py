"""Actors told across the sentences of a snippet (session 9): the lead sets the scene when no country is named more
often than the one it names first (``name_matches.scene_country``); a pronoun in a later sentence goes back to the doer
of the act a sentence reported, not to the reporter ("..., residents said. They ...": ``pronoun_syntax.
trailing_reporter``); a bare definite role phrase with no country of its own is the role phrase of the same word named
before ("the junta", "the official": ``definite_references``); "the two sides" are two parties, not a country and one
of its own officials (``references._same_side``)."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, member_codes
from eventwire.actors.name_matches import DocNames, main_country, scene_country
from eventwire.actors.resolver import Resolution


def _country(code: str) -> Resolution:
    return Resolution(code, code, (), code, "test", "country")


def _names(*countries: str) -> DocNames:
    return DocNames(matches=[(3 * i, 3 * i + 1, None) for i in range(len(countries))],   # type: ignore[misc]
                    resolved={i: _country(c) for i, c in enumerate(countries)})


@pytest.mark.parametrize("countries, main", [
    (("NOR", "SWE"), "NOR"),               # a tie: the country named first sets the scene
    (("GHA", "NGA", "NGA", "GHA"), "GHA"),
    (("MNG", "RUS", "CHN"), "MNG"),
    (("ZMB", "ZMB", "CHN"), "ZMB"),        # a clear leader, as before
    (("PER", "BOL", "BOL", "CHL"), "BOL"),
    (("PER", "BOL", "BOL", "CHL", "CHL"), None),   # named first, but others are named more often: no scene
])
def test_the_lead_sets_the_scene_when_no_country_leads(countries, main):
    assert scene_country(_names(*countries)) == main


def test_a_company_named_first_sets_no_scene():
    names = _names("KOR", "PHL")
    names.resolved[0] = Resolution("KORBUS", "KOR", ("BUS",), "a shipyard", "test", "organisation")
    assert scene_country(names) == "PHL"


def test_a_long_articles_first_country_sets_no_scene():
    names = _names("NOR", "SWE")
    names.length = 1200    # a whole article, not a snippet
    assert scene_country(names) is None


def test_a_tie_stays_open_in_the_counts():
    """``main_country`` decides no tie: the counts with institutions many countries have, then the lead, may."""
    assert main_country(_names("NOR", "SWE")) is None
    assert main_country(_names("NOR", "SWE"), generic=True) is None


@pytest.mark.parametrize("text, word, country", [
    ("Estonia's data protection inspectorate has fined a Latvian telecoms operator over a leak of customer records. "
     "According to the minister, more checks of other operators would follow this year.", "minister", "EST"),
    ("In Accra, the interior ministry expelled two Nigerian lorry drivers on Monday. The minister told parliament the "
     "men had smuggled fuel across the border for months.", "minister", "GHA"),
    ("Kazakh regulators suspended a Chinese mining venture's export quota, citing unpaid levies. Officials in the "
     "energy ministry expect the suspension to last until the spring.", "Officials", "KAZ"),
    ("Montevideo handed a protest note to the Brazilian charge d'affaires after a row over cattle imports. The deputy "
     "minister described the talks that followed as tense but useful.", "minister", "URY"),
])
def test_role_phrases_of_a_later_sentence_take_the_country_of_the_lead(pipeline, text, word, country):
    code = code_at(coded(pipeline, text), word)
    assert code is not None and code[:3] == country


def test_no_scene_where_other_countries_are_named_more_often(pipeline):
    # one rule for the article's main country (scene_country): the lead's only country is not the scene when
    # two others are each named more often than it
    cdoc = coded(pipeline, "Tonga's cabinet expelled a trader on Monday. Fiji protested, and Samoa called for calm. "
                           "Fiji later recalled its envoy while Samoa offered to mediate. The minister said the trader "
                           "had broken the law.")
    assert code_at(cdoc, "minister") is None


@pytest.mark.parametrize("text, word, country", [
    ("Hyundai Heavy Industries won a 2 billion dollar order to build six frigates for the Philippine navy. The "
     "defence department said the first ship would arrive in 2026.", "department", "PHL"),
])
def test_a_company_of_the_lead_does_not_set_the_scene(pipeline, text, word, country):
    code = code_at(coded(pipeline, text), word)
    assert code is not None and code[:3] == country


@pytest.mark.parametrize("text, word", [
    # "Nepali climbers" is no actor, but the people "their" stands for: not the officials who reported it
    # ("Indonesian workers" is an actor, the workers)
    ("Three Nepali climbers went missing on a Pakistani peak last week, Nepali officials said. Kathmandu has asked "
     "Islamabad to keep up the search for their bodies.", "their"),
    ("Some 40 Indonesian workers have gone unpaid for months at a Malaysian palm oil estate, Indonesian officials "
     "said. Jakarta promised to cover their fares home.", "their"),
])
def test_a_pronoun_may_stand_for_people_no_actor_names(pipeline, text, word):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, word) != code_at(cdoc, "officials")


@pytest.mark.parametrize("text, doer, reporter", [
    ("Gunmen stormed a bus station in a town in northern Niger before dawn, residents said. They looted the ticket "
     "offices and shot two guards dead.", "Gunmen", "residents"),
    ("Police fired tear gas at students marching on the parliament in Nairobi, witnesses said. They also arrested "
     "two student leaders outside the building.", "Police", "witnesses"),
    ("Militia fighters overran an army outpost near Bunia on Saturday, according to aid workers. They took weapons "
     "from the depot and burned the barracks.", "fighters", "workers"),
])
def test_a_pronoun_goes_back_to_the_doer_of_the_act_reported(pipeline, text, doer, reporter):
    cdoc = coded(pipeline, text)
    they = code_at(cdoc, "They")
    assert they is not None and they == code_at(cdoc, doer) and they != code_at(cdoc, reporter)


def test_a_pronoun_that_speaks_again_goes_back_to_the_speaker(pipeline):
    cdoc = coded(pipeline, "Troops shot dead three suspected smugglers near the border with Iraq, Kurdish officials "
                           "said. They added that the men had been armed.")
    assert code_at(cdoc, "They") == code_at(cdoc, "officials") != code_at(cdoc, "Troops")


@pytest.mark.parametrize("text, word, earlier", [
    # the sentence of "the junta" names no country and the lead names two: the junta named before
    ("Guinea's military rulers, a junta that took power last year, expelled the EU envoy on Friday. Speaking on state "
     "television, a member of the junta accused the envoy of meddling.", "junta", "junta"),
    ("Ghanaian soldiers detained forty Chinese miners at an illegal gold pit on Thursday. The miners will be deported "
     "through Accra, while diplomats in Beijing asked for consular access.", "miners", "miners"),
])
def test_a_definite_role_phrase_with_no_country_is_the_one_named_before(pipeline, text, word, earlier):
    cdoc = coded(pipeline, text)
    first = code_at(cdoc, earlier)
    assert first is not None and code_at(cdoc, word, nth=1 if word == earlier else 0) == first


@pytest.mark.parametrize("text, country", [
    ("A senior Ecuadorian official accused Colombian troops of crossing the border on Sunday. Colombia's defence "
     "minister rejected the charge. The official said Ecuador would send a protest note to Bogota.", "ECU"),
    ("A senior Thai official said on Monday that Cambodian soldiers had laid new mines near a disputed temple. "
     "Cambodia's defence minister denied it. The official said Bangkok would take the case to the United Nations.",
     "THA"),
])
def test_the_official_is_the_one_named_with_that_word(pipeline, text, country):
    cdoc = coded(pipeline, text)
    code = code_at(cdoc, "official", nth=1)
    assert code is not None and code[:3] == country


@pytest.mark.parametrize("text, countries", [
    ("Kazakhstan accused Kyrgyzstan of holding back water from a shared reservoir on Monday. Both sides have blamed "
     "each other for the shortage since May.", {"KAZ", "KGZ"}),
    ("Uzbekistan closed its border with Tajikistan on Friday after a shooting. The two sides blamed each other for "
     "the death of a guard.", {"TJK", "UZB"}),
    # the journalists told are no party
    ("Armenia's prime minister telephoned Georgia's president on Sunday about a blocked railway. Later he told "
     "reporters the two sides would reopen the line within a week.", {"ARM", "GEO"}),
])
def test_the_two_sides_are_two_parties(pipeline, text, countries):
    cdoc = coded(pipeline, text)
    assert {c[:3] for c in member_codes(cdoc, "sides")} == countries


def test_a_country_and_its_own_minister_are_one_side(pipeline):
    cdoc = coded(pipeline, "Ethiopia has rejected the commission's boundary ruling, and Eritrea's information minister "
                           "said Eritrea would not reopen talks. The two sides fought a war over the frontier in 1998.")
    assert {c[:3] for c in member_codes(cdoc, "sides")} == {"ERI", "ETH"}


def test_the_other_side_named_after_the_sides(pipeline):
    cdoc = coded(pipeline, "Eritrea's information minister said on Monday that Eritrea would not accept the border "
                           "ruling. The two sides fought a war over the frontier in 1998, and Ethiopia still holds "
                           "the town.")
    assert {c[:3] for c in member_codes(cdoc, "sides")} == {"ERI", "ETH"}


@pytest.mark.parametrize("text, word, code", [
    ("Austria's environment minister went to Bratislava on Thursday to raise the safety of a nuclear plant with "
     "Slovakia. At a joint news conference he thanked his counterpart for an offer of inspections.", "counterpart",
     "SVKGOV"),
    ("A Chilean trade envoy arrived in Lima on Friday, hoping to end a dispute over fishing quotas with Peru. She "
     "urged her counterpart to lift a ban on Chilean boats.", "counterpart", "PERGOV"),
    ("Senegal's defence minister met Gambian officials in Banjul to agree joint patrols with Gambia. He assured his "
     "counterpart that Dakar would share radar data.", "counterpart", "GMBGOV"),
    ("Vietnam sent 5,000 tonnes of rice to Laos on Tuesday after floods destroyed crops in the south. Vietnam said it "
     "would keep helping its neighbour until the harvest recovered.", "neighbour", "LAO"),
    ("Thailand sent medical teams to Myanmar on Sunday after an earthquake. Thailand said it would keep supporting "
     "its neighbour through the rebuilding.", "neighbour", "MMR"),
])
def test_a_counterpart_or_neighbour_is_of_the_other_party(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_a_persons_neighbour_is_no_country(pipeline):
    cdoc = coded(pipeline, "Kenya's foreign minister visited Uganda on Monday. His neighbour told reporters in "
                           "Nairobi that the minister had left before dawn.")
    assert code_at(cdoc, "neighbour") != "UGA"


@pytest.mark.parametrize("text, firm", [
    ("Shares of a Dutch chipmaker fell 8 percent on Monday after a weak forecast. A Singapore investor who owns 9 "
     "percent of the stock urged the company to sell its solar unit.", "chipmaker"),
    ("A Spanish lender reported a record loss on Wednesday. An American investor who holds a large stake demanded "
     "that the company return cash to shareholders.", "lender"),
])
def test_an_investor_is_no_company(pipeline, text, firm):
    cdoc = coded(pipeline, text)
    first = code_at(cdoc, firm)
    assert first is not None and code_at(cdoc, "company") == first
