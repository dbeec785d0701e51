"""Lexicon round 11 (second helper), roots 01-09: sub-codes and forms of wire copy the coder missed.

Plain talks are a meeting (040), negotiations, peace or trade talks, indirect or formal talks and a round of
talks are negotiation (046); a meeting or talks held on the sidelines or margins of a summit are 044, both
ways. Leaders who witness the signing of agreements conclude them with each other (057 both ways). A
government awarding a company a contract (the company as indirect object) cooperates with it economically
(061). A fact-finding mission sent, or decided that day, looks into abuses (092). Protesters lifting their
own blockade or siege and strikers going back to work ease their dissent (082), aimed at the government of
their country like the protest itself. Backing another's stance is an endorsement (051), sharing its view
accord (019). An amnesty offered is an intent to release (0353), one granted a release (0841). An aid convoy
or relief flight arriving somewhere delivers aid (073). The sentences are written for these tests, with
actors, places and circumstances of their own: none retells a dev-set item (sets D-I).
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # plain talks: a meeting (040), both ways
    ("The Ghanaian president held talks with the Ivorian president in Accra on Monday.", "040", "talks_noun",
     "GHAGOV", "CIVGOV"),
    ("The Ghanaian president held talks with the Ivorian president in Accra on Monday.", "040", "talks_noun",
     "CIVGOV", "GHAGOV"),
    ("Lithuania and Latvia held bilateral talks on energy links.", "040", "talks_noun", "LTU", "LVA"),
    ("The talks between Bolivia and Chile ended on Friday.", "040", "talks_between_parties", "BOL", "CHL"),
    # negotiations, indirect, formal, peace talks: 046
    ("Ecuador held indirect talks with Colombia over the border incident.", "046", "negotiations_noun", "ECU", "COL"),
    ("Zambia opened formal negotiations with its creditors' committee and the IMF.", "046", "negotiations_noun",
     "ZMB", "IGOIMF"),
    ("The Mozambican government held peace talks with Renamo rebels in Maputo.", "046", "negotiations_noun",
     "MOZGOV", "MOZREB"),
    ("Negotiations between Guyana and Suriname resumed in Paramaribo.", "046", "negotiations_between_parties",
     "GUY", "SUR"),
    # a meeting or talks on the sidelines of a summit (044), both ways
    ("The Nigerian president held a meeting with the Ghanaian president on the sidelines of the ECOWAS summit.",
     "044", "meeting_on_sidelines", "NGAGOV", "GHAGOV"),
    ("The Nigerian president held a meeting with the Ghanaian president on the sidelines of the ECOWAS summit.",
     "044", "meeting_on_sidelines", "GHAGOV", "NGAGOV"),
    ("Bhutan and Nepal held talks on the margins of the regional summit in Colombo.", "044",
     "meeting_on_sidelines", "BTN", "NPL"),
    # witnessing the signing of agreements: 057 both ways between the witnesses
    ("The Vietnamese and Cambodian prime ministers witnessed the signing of three accords on border trade.",
     "057", "witness_signing", "VNMGOV", "KHMGOV"),
    ("The Vietnamese and Cambodian prime ministers witnessed the signing of three accords on border trade.",
     "057", "witness_signing", "KHMGOV", "VNMGOV"),
    # a contract awarded to a company named as indirect object (061)
    ("The Senegalese government awarded a Spanish engineering firm a contract to expand the port of Dakar.",
     "061", "award_contract_dative", "SENGOV", "ESPBUS"),
    # a fact-finding mission sent or decided on (092)
    ("The Arab League dispatched a fact-finding mission to Libya.", "092", "send_fact_finding", "IGOARL", "LBY"),
    ("The European Union decided to send a fact-finding team to Moldova to examine reports of torture.", "092",
     "decide_fact_finding", "IGOEUR", "MDA"),
    # dissent eased: blockades lifted by protesters, strikers back at work (082 toward their government)
    ("Bolivian truckers lifted their blockade of the main highway on Sunday.", "082", "dissenters_end_siege",
     "BOLLAB", "BOLGOV"),
    ("Striking Kenyan nurses went back to work on Monday.", "082", "return_to_work", "KENHLH", "KENGOV"),
    ("Nigerian unions called off the general strike on Wednesday.", "082", "ease_dissent", "NGALAB", "NGAGOV"),
    # backing another's stance: endorsement (051)
    ("Jordan and Egypt issued statements supporting the Lebanese government's position.", "051", "back_stance",
     "JOR", "LBNGOV"),
    # an amnesty offered (0353), granted (0841)
    ("The Colombian president offered an amnesty to guerrillas who surrender their weapons.", "0353",
     "offer_amnesty_to", "COLGOV", "COLREB"),
    ("The Burmese junta granted an amnesty to thousands of prisoners.", "0841", "grant_amnesty_to", "MMRGOV",
     "MMRCVL"),
    # an aid convoy arriving (073)
    ("A Jordanian aid convoy arrived in the Gaza Strip on Wednesday.", "073", "aid_convoy_arrives", "JOR", "PSE"),
]

_NOT = [
    # plain talks are no negotiation
    ("The Ghanaian president held talks with the Ivorian president in Accra on Monday.", "046"),
    # a talk with a head of state alone is no meeting at a summit
    ("The Nigerian president held a meeting with the Ghanaian president in Abuja.", "044"),
    # one witness names no parties to a deal
    ("The Qatari emir witnessed the signing in Doha.", "057"),
    # an honour given to a team is no contract
    ("The Kenyan president awarded the national rugby team a state honour.", "061"),
    # a president back at his desk eases no dissent; troops ending a siege are no protesters
    ("The Zambian president went back to work on Monday after a week of rest.", "082"),
    ("Ethiopian troops ended their siege of the town on Friday.", "082"),
    # an amnesty offered is no release yet
    ("The Colombian president offered an amnesty to guerrillas who surrender their weapons.", "0841"),
    # relief flights with no giver named give nothing
    ("Relief flights landed in Kathmandu on Tuesday.", "07"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
