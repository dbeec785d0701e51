"""Lexicon round 10, roots 01-09 (issue 3): forms of unseen news read with the wrong code, or not at all.

Only armed forces retreat out of a place (0874): an envoy pulled out of a capital, money pulled out of
markets, a motorcade pulling out of a stadium or a candidate pulling out of a run-off are no military
retreat. An armed group handing its weapons in disarms (0873), it arms no one (072). Foreign troops
landing at a government's request, and peacekeepers arriving, protect (074): they pay no visit (042).
Relief unloaded, landed or airdropped in a stricken place, or a plane landing with relief on board, is
humanitarian aid (073). Views, ideas or notes traded are a consultation (040), fire traded is not.
Get-well wishes are an empathetic comment (018). Talks called for between two other sides ask both to
meet (026), and a side urged back to the negotiating table is asked to negotiate (026), not to release
anyone (0253). Bail granted releases the person (0841). Money lent in any currency is economic aid (071).
Investigators going through someone's accounts or books investigate their owner (091). Firefighting
planes and crews sent abroad are relief (073). An exercise called joint is military cooperation (062), even
off a coast. A wreath laid at a memorial honours the dead: a one-actor event (017;
the 'at' phrase is a place, and a capital's memorial would read as its government). A leader or envoy greeted is a visitor received (043); supporters or relatives
greeted are neither received nor praised (no 051). Regretting or deploring another's decision is no
pessimistic comment (012). The sentences are written for these tests, with actors, places and
circumstances of their own: none retells a dev-set item (sets D-H) or reuses its frame with the names
changed.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # armed forces pulling out of a place retreat (0874)
    ("Serbian troops withdrew out of the Kosovo town of Mitrovica overnight.", "0874", "pull_out_of", "SRBMIL", "KSVCVL"),
    ("Ethiopian soldiers pulled out of Somalia's Gedo region.", "0874", "pull_out_of", "ETHMIL", "SOM"),
    ("Hezbollah fighters have pulled out of the Syrian city of Qusayr.", "0874", "pull_out_of", "LBNREB", "SYRCVL"),
    # an armed group handing in its weapons disarms (0873)
    ("Tamil rebels handed over their weapons to Norwegian monitors.", "0873", "hand_in_weapons_to", "LKAREB", "NOR"),
    ("Guerrillas of the Moro front turned in their rifles to Philippine troops on Monday.", "0873",
     "hand_in_weapons_to", "PHLREB", "PHLMIL"),
    ("Burundian rebels have turned in their guns to African Union troops.", "0873", "hand_in_weapons_to", "BDIREB",
     "IGOAFUMIL"),
    # a state handing weapons to another still gives military aid (072)
    ("France handed over armoured vehicles to the Ukrainian army.", "072", "military_aid", "FRA", "UKRMIL"),
    # troops landing at a government's request, peacekeepers arriving: protection (074)
    ("Ghanaian troops landed in Liberia at the request of the interim government.", "074", "troops_arrive_at_request",
     "GHAMIL", "LBR"),
    ("The first Pakistani peacekeepers arrived in Darfur on Monday.", "074", "peacekeepers_arrive", "PAKMIL", "SDN"),
    ("Chadian soldiers arrived at the invitation of the Cameroonian government on Sunday.", "074",
     "troops_arrive_at_invitation", "TCDMIL", "CMRGOV"),
    # relief landed, unloaded or flown in (073)
    ("A Saudi cargo plane landed in Aden with food and medicine on Sunday.", "073", "carrier_arrives_with_relief",
     "SAU", "YEM"),
    ("Jordanian army trucks offloaded flour and cooking oil in the Gaza Strip.", "073", "relief_unloaded_in",
     "JORMIL", "PSE"),
    # firefighting planes and crews sent abroad are relief (073)
    ("Greece sent two firefighting aircraft to Albania on Sunday.", "073", "humanitarian_more", "GRC", "ALB"),
    ("Italy dispatched water-bombing planes to Portugal on Monday.", "073", "humanitarian_more", "ITA", "PRT"),
    # an exercise called joint is military cooperation, off a coast too (062)
    ("Russia and Iran began joint naval drills in the Gulf of Oman.", "062", "joint_exercise_named", "RUS", "IRN"),
    ("Colombia and Ecuador held joint naval exercises off the Pacific coast.", "062", "joint_exercise_named", "ECU",
     "COL"),
    # views traded (040), both ways
    ("Ghana's president and Togo's president exchanged views on the coup in Burkina Faso.", "040",
     "exchange_views_mutual", "GHAGOV", "TGOGOV"),
    ("Ghana's president and Togo's president exchanged views on the coup in Burkina Faso.", "040",
     "exchange_views_mutual", "TGOGOV", "GHAGOV"),
    ("The Greek foreign minister swapped ideas with his Cypriot counterpart on Tuesday.", "040", "exchange_views",
     "GRCGOV", "CYPGOV"),
    # get-well wishes (018)
    ("The Emir of Qatar sent get-well wishes to the Omani sultan.", "018", "get_well_wishes", "QATGOV", "OMNGOV"),
    # a leader greeted is received (043)
    ("The Bolivian president greeted the Chilean foreign minister in La Paz.", "043", "greet_visitor", "BOLGOV",
     "CHLGOV"),
    ("The Kenyan president greeted Yoweri Museveni in Nairobi on Friday.", "043", "greet_in_city", "KENGOV", "UGAGOV"),
    # a wreath laid honours the dead: its target is whom the memorial honours (session 11, targets.yaml
    # honoured: the sets' gold codes a wreath for another country's dead toward that country), never a
    # capital's government read from the place (POLGOV for Warsaw)
    ("Japan's emperor laid a wreath at a memorial to Chinese war dead in Nanjing.", "017", "lay_wreath", "JPN", "CHN"),
    ("Israel's president laid flowers at the tomb of Egypt's late president Anwar Sadat.", "017", "lay_wreath",
     "ISRGOV", "EGY"),
    ("The German chancellor laid a wreath at the Warsaw Ghetto memorial.", "017", "lay_wreath", "DEUGOV", "POL"),
    # talks called for between two other sides: both are asked to meet (026)
    ("Kuwait called for talks between the Sudanese army and its paramilitary rivals.", "026", "call_for_talks_between",
     "KWT", "SDNMIL"),
    ("The Kenyan president appealed for dialogue between the Ethiopian government and Tigrayan rebels.", "026",
     "call_for_talks_between", "KENGOV", "ETHREB"),
    ("Turkey called for talks with Greece over the islands.", "026", "call_for_talks", "TUR", "GRC"),
    # urged back to the negotiating table is a call to negotiate (026), not for a release (0253)
    ("The European Union pressed Serbia to return to the negotiating table.", "026", "urge_talk", "IGOEUR", "SRB"),
    ("Egypt urged the Libyan government and the rival parliament to resume negotiations.", "026", "urge_talk", "EGY",
     "LBYLEG"),
    ("Iran pressed Britain to return the seized oil tanker.", "0253", "urge_release", "IRN", "GBR"),
    # bail granted releases the person (0841)
    ("Conditional release was granted to two Belarusian student activists by a Minsk court.", "0841", "grant_bail",
     "BLRJUD", "BLROPP"),
    ("A Tunisian appeals court granted bail to a blogger held over a Facebook post.", "0841", "grant_bail", "TUNJUD",
     "TUNMED"),
    # money lent in any currency (071)
    ("Saudi Arabia has lent Pakistan three billion riyals to steady its reserves.", "071", "lend_currency", "SAU", "PAK"),
    ("The Emirates extended 2 billion dirhams to Egypt's central bank in March.", "071", "lend_currency", "ARE",
     "EGYGOV"),
    ("The Asian Development Bank disbursed 200 million rupees to Nepal.", "071", "lend_currency", "IGOADB", "NPL"),
    # investigators going through someone's accounts investigate the owner (091)
    ("Greek prosecutors have pored over the bank records of the island's mayor.", "091", "pore_over_accounts",
     "GRCJUD", "GRCGOV"),
    ("Tax inspectors went through the bank records of the Nigerian senator.", "091", "comb_through_accounts", "NGAGOV",
     "NGALEG"),
]

_NOT = [
    # no military retreat
    ("The Lebanese government pulled its ambassador out of Riyadh.", "0874"),
    ("Pension funds pulled money out of Argentine bonds.", "0874"),
    ("The president's motorcade pulled out of the stadium in Nairobi.", "0874"),
    ("The opposition candidate in Ivory Coast pulled out of the run-off vote.", "0874"),
    # gun owners handing in rifles under a buyback neither disarm an armed group nor give aid
    ("Australian gun owners handed in their rifles under the buyback scheme.", "07"),
    # troops trading fire do not consult
    ("Turkish and Iraqi troops exchanged fire near the border.", "04"),
    # supporters or relatives greeted: no visit received, no praise
    ("The striking miners greeted their families at the gate.", "05"),
    ("The striking miners greeted their families at the gate.", "04"),
    ("The freed Burmese opposition leader greeted thousands of supporters outside her home.", "05"),
    ("The Burmese opposition leader greeted cheering supporters in Yangon.", "04"),
    # disapproval of another's decision is no pessimistic comment
    ("Norway said it regretted Sweden's decision to close the crossing.", "012"),
    ("The Vatican deeply regrets the expulsion of its envoy from Managua.", "012"),
    # fighter jets sent are military aid, no relief
    ("The Turkish air force sent fighter jets to Azerbaijan.", "073"),
    # drills off another's coast, not called joint, stay a show of force
    ("China held naval drills off the coast of Taiwan.", "062"),
    # scholars reading archives investigate no one
    ("Scholars pored over the records of the Ottoman archive.", "09"),
    # a transfer fee paid is no loan
    ("The club paid 75 million pounds to Liverpool for the striker.", "07"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
