"""Actors told across the sentences of a snippet (session 9): the lead sets the scene when no country is named more
often than the one it names first (``name_matches.main_country``); a pronoun in a later sentence goes back to the doer
of the act a sentence reported, not to the reporter ("..., residents said. They ...": ``pronoun_syntax.
trailing_reporter``); a bare definite role phrase with no country of its own is the role phrase of the same word named
before ("the junta", "the official": ``definite_references``); "the two sides" are two parties, not a country and one
of its own officials (``references._same_side``)."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, member_codes
from eventwire.actors.name_matches import DocNames, main_country
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
    assert main_country(_names(*countries), generic=True) == main


def test_a_company_named_first_sets_no_scene():
    names = _names("KOR", "PHL")
    names.resolved[0] = Resolution("KORBUS", "KOR", ("BUS",), "a shipyard", "test", "organisation")
    assert main_country(names, generic=True) == "PHL"


def test_a_long_articles_first_country_sets_no_scene():
    names = _names("NOR", "SWE")
    names.length = 1200    # a whole article, not a snippet
    assert main_country(names, generic=True) is None


def test_without_generic_a_tie_stays_open():
    """The first call of the finder (institutions no evidence) still leaves a tie open, so that the second call,
    which counts them, may decide it first."""
    assert main_country(_names("NOR", "SWE")) is None


@pytest.mark.parametrize("text, word, country", [
    ("Norway's environment agency fined a Swedish paper mill on Thursday for polluting a fjord. The environment "
     "minister said the fine was the largest ever imposed for such a breach.", "minister", "NOR"),
    ("Ghana's interior ministry deported twelve Nigerian traders on Monday. The minister said they had broken rules "
     "on retail licences that took effect last year.", "minister", "GHA"),
    ("Mongolia's government revoked the permit of a Russian coal exporter on Tuesday. Officials said the firm had "
     "failed to pay royalties for two years.", "Officials", "MNG"),
    ("Uruguay's foreign ministry summoned the Argentine ambassador on Wednesday over the dredging of a shared river. "
     "The deputy minister told reporters the works broke a treaty signed in 1973.", "minister", "URY"),
])
def test_role_phrases_of_a_later_sentence_take_the_country_of_the_lead(pipeline, text, word, country):
    code = code_at(coded(pipeline, text), word)
    assert code is not None and code[:3] == country


@pytest.mark.parametrize("text, word, country", [
    ("Hyundai Heavy Industries won a 2 billion dollar order to build six frigates for the Philippine navy. The "
     "defence department said the first ship would arrive in 2026.", "department", "PHL"),
])
def test_a_company_of_the_lead_does_not_set_the_scene(pipeline, text, word, country):
    code = code_at(coded(pipeline, text), word)
    assert code is not None and code[:3] == country


@pytest.mark.parametrize("text, word", [
    # "Kyrgyz shepherds" is no actor (its owner is Kyrgyzstan), but the people "their" stands for: not the officials
    # who reported it ("Lebanese tourists" is an actor, the tourists)
    ("Two Kyrgyz shepherds were detained by Tajik border guards near the frontier on Monday, Kyrgyz officials said. "
     "Bishkek demanded their immediate release on Tuesday.", "their"),
    ("Four Lebanese tourists were held by Syrian customs officers at a crossing near Homs, Lebanese officials said. "
     "Beirut asked for their return before the weekend.", "their"),
])
def test_a_pronoun_may_stand_for_people_no_actor_names(pipeline, text, word):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, word) != code_at(cdoc, "officials")


@pytest.mark.parametrize("text, doer, reporter", [
    ("Gunmen on motorbikes attacked a market in northern Burkina Faso on Friday, residents said. They set fire to "
     "shops and killed at least nine traders.", "Gunmen", "residents"),
    ("Police fired tear gas at students marching on the parliament in Nairobi, witnesses said. They also arrested "
     "two student leaders outside the building.", "Police", "witnesses"),
    ("Rebel fighters shelled the outskirts of Goma overnight, aid workers said on Sunday. They later withdrew to "
     "positions in the hills north of the city.", "fighters", "workers"),
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
    ("Niger's military junta ordered the French ambassador to leave within 48 hours on Friday. The junta's "
     "spokesman said the envoy had ignored an invitation to a meeting.", "junta", "junta"),
    ("Sri Lanka's navy detained 14 Indian fishermen off Jaffna on Sunday. The fishermen were handed to police in "
     "Colombo, while officials in New Delhi said they would seek their release.", "fishermen", "fishermen"),
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
    ("Lesotho's foreign minister flew to Pretoria on Tuesday for talks on a water dispute with South Africa. After "
     "meeting his counterpart for three hours, the minister said the two sides had agreed to set up a joint "
     "commission.", {"LSO", "ZAF"}),
    # the journalists told are no party
    ("Moldova's prime minister travelled to Kyiv on Friday to discuss a gas transit dispute with Ukraine. After a "
     "long meeting, the prime minister told reporters that both sides wanted a deal before winter.", {"MDA", "UKR"}),
    ("Ecuador's energy minister flew to Lima on Monday to settle a quarrel over an oil pipeline with Peru. After the "
     "meeting, the minister told journalists that both sides wanted an agreement by June.", {"ECU", "PER"}),
])
def test_the_two_sides_are_two_parties(pipeline, text, countries):
    cdoc = coded(pipeline, text)
    assert {c[:3] for c in member_codes(cdoc, "sides")} == countries


def test_a_country_and_its_own_minister_are_one_side(pipeline):
    cdoc = coded(pipeline, "Eritrea's information minister said on Monday that Eritrea would not accept the border "
                           "ruling. The two sides fought a war over the frontier in 1998, and Ethiopia still holds "
                           "the town.")
    assert len({c[:3] for c in member_codes(cdoc, "sides")}) != 1


@pytest.mark.parametrize("text, word, code", [
    ("Portugal's finance minister travelled to Madrid on Thursday to discuss a water-sharing treaty with Spain. He "
     "told his counterpart that Lisbon wanted the flow of the Tagus guaranteed in dry years.", "counterpart", "ESPGOV"),
    ("Ghana's trade minister flew to Lome on Friday to settle a quarrel over cocoa smuggling with Togo. She told her "
     "counterpart that Accra would tighten checks at the border.", "counterpart", "TGOGOV"),
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
