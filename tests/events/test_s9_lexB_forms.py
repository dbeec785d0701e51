"""Lexicon round 9, roots 10-20 (issue 3): forms of unseen news that no pattern read, or read with the
wrong code.

Arson by gunmen, rebels, soldiers or settlers (property destroyed, 1712; a crowd's arson stays a riot,
145), a state revoking a licence, a concession or an accreditation (an administrative sanction, 172), a
government taking over a company (property seized, 1711; a firm buying a rival is no event), a quarrel
with a parliament, a court or a minister (disapproval, 110, not fighting), police putting their own units
on alert (151, not a military alert), troops put on "the highest state of alert" (152), migrants or
refugees driven out of a province (mass expulsion, 201), patrol ships deployed (154), a bare request
rejected or an appeal a court will not hear (120: 122 is a request for aid), a building set on fire, and a state
told to close its consulate (an expulsion, 166), fighters driven out of a town (190), a junta dissolving a court (170),
protesters occupying an airport hall (144), a warning "of" retaliation (a threat, 130), a ship intercepted (171), dealings with a
state body barred (163), no show of force (150) from a bare "patrol" (a joint patrol, police patrols), and access to a platform blocked
(1721). The sentences are written for these tests, with actors, places and circumstances of their own: none retells
a dev-set item (sets D-G) or reuses its frame with the names changed. ``_NOT`` lists readings that must not fire, among
them the spurious readings of a review: an election won is no beating (182), a state sending foreign troops out of
the country is no fighting (190), and a pronoun object is no protester (175: the object lists name people, a pronoun
would lift the constraint for every antecedent).
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # arson by armed men or soldiers destroys property (1712)
    ("Militiamen set fire to a hospital in the Central African town of Bangassou.", "1712", "armed_set_fire_to",
     "CAFREB", "CAFHLH"),
    ("Unknown assailants torched the office of an Afghan women's rights group in Herat on Monday.", "1712",
     "armed_torch", "AFGREB", "AFGNGO"),
    # a licence, an accreditation taken away (172)
    # (an untargeted 172 is not coded since session 12: the licence's owner must be an actor)
    ("Hungary's media council cancelled the broadcasting licence of a radio station owned by the opposition.", "172",
     "revoke_licence", "HUNGOV", "HUNOPP"),
    ("Russia withdrew the accreditation of two German journalists in Moscow.", "172", "revoke_licence", "RUS", "DEUMED"),
    # a government taking over a company (1711)
    ("Niger's junta took over a French company's uranium mine.", "1711", "state_takes_over_company", "NERMIL",
     "FRABUS"),
    # a quarrel with an institution is disapproval (110), both ways
    ("Ghana's parliament clashed with the supreme court over the anti-gay bill.", "110", "clash_with_institution",
     "GHALEG", "GHAJUD"),
    ("The Italian prime minister clashed with the European Commission over the budget deficit.", "110",
     "clash_with_institution", "IGOEUR", "ITAGOV"),
    # police units on alert (151), troops on the highest state of alert (152)
    ("Senegal's gendarmerie placed its officers in Dakar on red alert after the jailbreak.", "151", "police_units_alert",
     "SENCOP", None),
    ("Azerbaijan's army placed its units on the highest state of alert.", "152", "military_alert", "AZEMIL", None),
    ("Serbia's president said he had put the army on the highest state of alert.", "152", "military_alert", "SRBGOV",
     None),
    ("Armenia put its armed forces on a state of alert after the shelling.", "152", "military_alert", "ARM", None),
    # refugees or herders driven out of a province or off their land (201)
    ("Tanzanian police chased hundreds of Burundian refugees out of the Kigoma region last week.", "201",
     "drive_out_of_place", "TZACOP", "BDIREF"),
    ("Mauritania's army drove hundreds of Senegalese herders from their land along the river.", "201",
     "drive_from_homes", "MRTMIL", "SENAGR"),
    # patrol boats deployed (154)
    ("Japan's coast guard sent patrol boats to waters off the Senkaku islands.", "154", "mobilize_troops", "JPNMIL",
     None),
    ("Vietnam deployed three gunboats to the Paracel islands.", "154", "mobilize_troops", "VNM", None),
    # a bare request rejected, an appeal a court refuses to hear: a rejection (120), not a refusal of aid
    ("Ghana turned down Togo's request for talks on the fishing dispute.", "120", "reject_request", "GHA", "TGO"),
    ("Kenya's supreme court refused to consider the opposition's petition on the budget.", "120", "reject_request",
     "KENJUD", "KENOPP"),
    ("Ecuador rejected the extradition request from the United States.", "1243", "refuse_release", "ECU", "USA"),
    # a building stormed and set on fire
    ("Rebels attacked a health centre in South Kivu and set it on fire.", "1712", "armed_set_on_fire", "CODREB", "COD"),
    # another state told to close its mission in one's country: its diplomats are sent out (166)
    ("Eritrea instructed Djibouti to close its diplomatic mission in Asmara.", "166", "order_close_mission", "ERI", "DJI"),
    ("Kenya told Somalia to shut down its embassy in Nairobi.", "166", "order_close_mission", "KEN", "SOM"),
    ("The Russian government took over the local subsidiary of a Danish brewer.", "1711", "state_takes_over_company",
     "RUSGOV", "DNK"),
    # fighters driven out of a place are fought (190); a junta dissolving a court takes power from it (170)
    ("Iraqi troops drove Islamic State fighters out of the city of Ramadi on Monday.", "190", "drive_fighters_out",
     "IRQMIL", "IMGREB"),
    ("Malian soldiers pushed jihadist fighters out of the town of Konna.", "190", "drive_fighters_out", "MLIMIL", "MLIREB"),
    ("Somali government forces drove al Shabaab militants from the port town of Kismayo.", "190", "drive_fighters_from",
     "SOMMIL", "SOMREB"),
    ("Guinea's junta dissolved the constitutional court on Sunday.", "170", "junta_dissolves_government", "GINMIL", "GINJUD"),
    # a protest occupying an airport hall (144)
    ("Hundreds of farmers occupied the terminal building at Lima's airport on Thursday.", "144", "occupy_building",
     "PERAGR", "PERGOV"),
    ("Striking taxi drivers took over the main terminal of the airport in Nairobi.", "144", "occupy_building", "KENLAB",
     "KENGOV"),
    # a threat told as a warning "of" retaliation with no addressee (130, not a warning of a calamity)
    ("Iran warned of a firm response to Azerbaijan over its ties with Israel.", "130", "warn_of_retaliation", "IRN",
     "AZE"),
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
    ("Kazakh authorities cut access to the internet across the country.", "1721", "block_access_to_platform", "KAZGOV",
     "KAZ"),
    ("Pakistan's telecoms authority blocked access to TikTok for a month.", "1721", "block_access_to_platform", "PAKGOV",
     "PAK"),
    ("Iran denied access to United Nations inspectors.", "1245", "refuse_involvement", "IRN", "IGOUNO"),
    # a politician wounded is assaulted (182), one beaten by the police is repressed (175)
    ("Unknown attackers injured a Colombian senator in Cali on Friday.", "182", "wound_office_holder", "COLREB", "COLLEG"),
    ("Riot police beat an opposition mayor during the protest in Caracas.", "175", "security_forces_beat", "VENCOP",
     "VENOPP"),
]

_NOT = [
    # a crowd's arson is a riot, not property destroyed by armed men
    ("A mob set fire to a shopping centre in Soweto after the blackout.", "1712"),
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
    ("Ghana turned down Togo's request for talks on the fishing dispute.", "122"),
    # an order to one's own army or to a group is no closing of a diplomatic mission
    ("The president ordered the army to close the border with Haiti.", "16"),
    ("The Egyptian government ordered the human rights group to close its offices.", "16"),
    # an announced ban at home is no sanction ("announced on Friday" is a date, not a target)
    ("Norway will ban the sale of fireworks to private buyers, the justice minister announced on Friday.", "16"),
    # civilians driven from their homes are expelled (201), not fought
    ("Sudanese militias drove thousands of villagers out of their homes in Darfur.", "19"),
    ("The coach pushed his players out of their comfort zone.", "19"),
    ("The central bank warned of a sharp recession next year.", "13"),
    ("Israeli air defences intercepted a drone launched from Lebanon.", "17"),
    ("The bank suspended transactions with its clients during the outage.", "16"),
    # a joint patrol of two states, police on patrol: no show of force
    ("Thai and Malaysian police carried out a joint patrol along their border on Friday.", "15"),
    ("Dutch military police have started patrols alongside local officers in Curacao.", "15"),
    # an election won is no beating; only people are beaten (no office holders: 'beat the governor in the poll')
    ("Kenya's deputy president beat the opposition leader in the presidential election.", "18"),
    ("The governor beat two rival candidates in the Republican primary.", "18"),
    # a state sending foreign troops out of its country expels them (174), it does not fight them
    ("Niger expelled French soldiers from the country in December.", "19"),
    ("The new government in Bamako forced the French troops out of the country within six months.", "19"),
    # a pronoun object is no protester: fighters dispersed by soldiers are no repressed crowd
    ("Mali's soldiers fought the militants for hours and finally dispersed them into the hills.", "175"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
