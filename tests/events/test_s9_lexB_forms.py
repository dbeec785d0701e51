"""Lexicon round 9, roots 10-20 (issue 3): forms of unseen news that no pattern read, or read with the
wrong code.

Arson by gunmen, rebels, soldiers or settlers (property destroyed, 1712; a crowd's arson stays a riot,
145), a state revoking a licence, a concession or an accreditation (an administrative sanction, 172), a
government taking over a company (property seized, 1711; a firm buying a rival is no event), a quarrel
with a parliament, a court or a minister (disapproval, 110, not fighting), police putting their own units
on alert (151, not a military alert), troops put on "the highest state of alert" (152), migrants or
refugees driven out of a province (mass expulsion, 201), patrol ships deployed (154), a bare request
rejected or an appeal a court will not hear (120: 122 is a request for aid), a building set on fire, and a state
told to close its consulate (160), fighters driven out of a town (190), a junta dissolving a court (170) ,
protesters occupying an airport hall (144), a warning "of" retaliation (a threat, 130), a ship intercepted (171), dealings with a
state body barred (163), no show of force (150) from a bare "patrol" (a joint patrol, police patrols), and access to a platform blocked
(1721). The sentences are written for these tests, with actors and
places of their own (none is taken from a dev set). ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # arson by armed men or soldiers destroys property (1712)
    ("Suspected Boko Haram insurgents set fire to a primary school in Borno state overnight.", "1712",
     "armed_set_fire_to", "NGAREB", "NGAEDU"),
    ("Unknown assailants torched the office of an Afghan women's rights group in Herat on Monday.", "1712",
     "armed_torch", "AFGREB", "AFGNGO"),
    # a licence, an accreditation taken away (172)
    ("Hungary's media council cancelled the broadcasting licence of an independent radio station.", "172",
     "revoke_licence", "HUNGOV", None),
    ("Russia withdrew the accreditation of two German journalists in Moscow.", "172", "revoke_licence", "RUS", "DEUMED"),
    # a government taking over a company (1711)
    ("The Argentine government took over the country's largest oil company from Spain's Repsol.", "1711",
     "state_takes_over_company", "ARGGOV", "ARGBUS"),
    # a quarrel with an institution is disapproval (110), both ways
    ("Ghana's parliament clashed with the supreme court over the anti-gay bill.", "110", "clash_with_institution",
     "GHALEG", "GHAJUD"),
    ("The Italian prime minister clashed with the European Commission over the budget deficit.", "110",
     "clash_with_institution", "IGOEUR", "ITAGOV"),
    # police units on alert (151), troops on the highest state of alert (152)
    ("Uganda's police put all officers in Kampala on high alert ahead of the verdict.", "151", "police_units_alert",
     "UGACOP", None),
    ("The Indian army placed its troops along the border with Pakistan on the highest state of alert.", "152",
     "military_alert", "INDMIL", None),
    ("Armenia put its armed forces on a state of alert after the shelling.", "152", "military_alert", "ARM", None),
    # refugees or herders driven out of a province or off their land (201)
    ("Congolese soldiers forced thousands of Rwandan refugees out of the province of North Kivu.", "201",
     "drive_out_of_place", "CODMIL", "RWAREF"),
    ("Mauritania's army drove hundreds of Senegalese herders from their land along the river.", "201",
     "drive_from_homes", "MRTMIL", "SENAGR"),
    # patrol boats deployed (154)
    ("The Philippine navy deployed two more patrol ships on Monday.", "154", "mobilize_troops", "PHLMIL", None),
    ("Vietnam deployed three gunboats to the Paracel islands.", "154", "mobilize_troops", "VNM", None),
    # a bare request rejected, an appeal a court refuses to hear: a rejection (120), not a refusal of aid
    ("Ghana rejected a request from Togo to reopen the border.", "120", "reject_request", "GHA", "TGO"),
    ("Kenya's supreme court refused to hear an appeal by the opposition leader against the ruling.", "120",
     "reject_request", "KENJUD", "KENOPP"),
    ("Ecuador rejected the extradition request from the United States.", "1243", "refuse_release", "ECU", "USA"),
    # a building stormed and set on fire
    ("Gunmen stormed a police post in northern Burkina Faso and set it on fire.", "1712", "armed_set_on_fire",
     "BFAREB", "BFACOP"),
    # another state told to close its consulate (160)
    ("The Chadian government ordered Sudan to close its embassy in N'Djamena.", "160", "order_close_mission",
     "TCDGOV", "SDN"),
    ("Venezuela's government took over eleven oil rigs of an American drilling company.", "1711",
     "state_takes_over_company", "VENGOV", "USABUS"),
    # fighters driven out of a place are fought (190); a junta dissolving a court takes power from it (170)
    ("Iraqi troops drove Islamic State fighters out of the city of Ramadi on Monday.", "190", "drive_fighters_out",
     "IRQMIL", "IMGREB"),
    ("Malian soldiers pushed jihadist fighters out of the town of Konna.", "190", "drive_fighters_out", "MLIMIL", "MLIREB"),
    ("Somali government forces drove al Shabaab militants from the port town of Kismayo.", "190", "drive_fighters_from",
     "SOMMIL", "SOMREB"),
    ("Guinea's junta dissolved the constitutional court on Sunday.", "170", "junta_dissolves_government", "GINMIL", "GINJUD"),
    # a protest occupying an airport hall (144)
    ("Demonstrators occupied the departures hall at the airport in Hong Kong.", "144", "occupy_building", "HKGCVL", None),
    # a threat told as a warning "of" retaliation with no addressee (130, not a warning of a calamity)
    ("China warned of firm countermeasures against Lithuania on Monday.", "130", "warn_of_retaliation", "CHN", "LTU"),
    ("North Korea warned of a nuclear response to the joint drills by South Korea and the United States.", "130",
     "warn_of_retaliation", "PRK", "USA"),
    # a ship intercepted at sea is seized (171)
    ("Israeli commandos intercepted a Turkish aid ship bound for Gaza.", "171", "impound_verb", "ISRMIL", "TUR"),
    ("The Greek coast guard intercepted a Turkish fishing boat near Lesbos.", "171", "impound_verb", "GRCMIL", "TUR"),
    # transactions or dealings with a state body barred: a sanction (163)
    ("Washington banned all dealings with the Venezuelan state oil company.", "163", "halt_trade_with", "USAGOV", "VENBUS"),
    # a patrol that shows force says so (150)
    ("China's military staged a combat readiness patrol near Taiwan on Friday.", "150", "show_of_force", "CHNMIL", "TWN"),
    # access to a platform blocked restricts freedoms at home (1721), inspectors denied access stay 1245
    ("Turkish authorities restricted access to Twitter on Tuesday.", "1721", "block_access_to_platform", "TURGOV", "TUR"),
    ("Iran denied access to United Nations inspectors.", "1245", "refuse_involvement", "IRN", "IGOUNO"),
]

_NOT = [
    # a crowd's arson is a riot, not property destroyed by armed men
    ("Rioters set fire to a police station in the Tunisian town of Kasserine.", "1712"),
    ("Farmers burned their crop stubble in Punjab, worsening smog in Delhi.", "17"),
    ("A man set fire to his own kitchen while cooking, firefighters said.", "17"),
    # licences and permits that no state takes away
    ("The singer cancelled her licence to perform in the casino after the dispute.", "17"),
    ("The airline cancelled its permit application for new routes to Lagos.", "17"),
    # firms buying firms, rebels taking a town
    ("A Japanese bank took over a smaller rival in a 2 billion dollar deal.", "17"),
    ("Rebels took over the town of Bunia after heavy fighting.", "1711"),
    # fighting is no quarrel in words
    ("Malian soldiers clashed with government troops near the capital.", "11"),
    ("Fans clashed with police outside the stadium in Buenos Aires.", "11"),
    # a bare request is no request for aid
    ("Ghana rejected a request from Togo to reopen the border.", "122"),
    # an order to one's own army or to a group is no closing of a diplomatic mission
    ("The president ordered the army to close the border with Haiti.", "16"),
    ("The Egyptian government ordered the human rights group to close its offices.", "16"),
    # an announced ban on weapons is no sanction ("announced on Thursday" is a date, not a target)
    ("New Zealand will ban military-style weapons, the prime minister announced on Thursday.", "16"),
    # civilians driven from their homes are expelled (201), not fought
    ("Sudanese militias drove thousands of villagers out of their homes in Darfur.", "19"),
    ("The coach pushed his players out of their comfort zone.", "19"),
    ("The central bank warned of a sharp recession next year.", "13"),
    ("Israeli air defences intercepted a drone launched from Lebanon.", "17"),
    ("The bank suspended transactions with its clients during the outage.", "16"),
    # a joint patrol of two states, police on patrol: no show of force
    ("Papua New Guinea and Australia conducted their first joint maritime patrol along the coast on Tuesday.", "15"),
    ("The officers have begun patrols with local police in Port Moresby.", "15"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
