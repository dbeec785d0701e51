"""Lexicon forms of roots 01-09, session 9 (issue 3: event recall on unseen news).

Each form row is (text, code prefix, rule id, source, target); each silent row (text, code prefix that must
not be coded). The sentences are written for these tests, with actors and places of their own.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # an investigation opened or run by law enforcement is a criminal one (091); others stay 090
    ("Texas's attorney general opened an investigation into a Houston oil firm over price gouging.", "091",
     "law_enforcement_investigation", "USAGOV", "USABUS"),
    ("French prosecutors opened a preliminary investigation into the Lebanese central bank governor.", "091",
     "law_enforcement_investigation", "FRAJUD", "LBNGOV"),
    ("South Korean prosecutors widened their probe into the Samsung heir.", "091",
     "law_enforcement_investigation", "KORJUD", "KORBUS"),
    ("Italian police have launched a probe into a Chinese shipping company in Genoa.", "091",
     "law_enforcement_investigation", "ITACOP", "CHNBUS"),
    ("Brazilian federal police are investigating the Brazilian health minister.", "091",
     "law_enforcement_investigates", "BRACOP", "BRAGOV"),
    ("The Swedish parliament opened an inquiry into the Swedish defence ministry.", "090",
     "launch_investigation", "SWELEG", "SWEGOV"),
    ("Kenya's health ministry launched an inquiry into the deaths of three children at a hospital.", "090",
     "launch_investigation", "KENHLH", "KENCVL"),
    # joint patrols and exercises named with a modifier between 'joint' and the noun
    ("Papua New Guinea and Indonesia conducted their first joint border patrol on Monday.", "062",
     "joint_patrol_noun", "PNG", "IDN"),
    ("The Indonesian navy launched a joint maritime patrol with Malaysia in the Strait of Malacca.", "062",
     "joint_patrol_noun", "IDNMIL", "MYS"),
    ("Kazakh and Kyrgyz troops held a counter-terrorism exercise near Osh.", "062",
     "joint_exercise", "KAZMIL", "KGZMIL"),
    # a crowd that disperses eases its dissent (082)
    ("The crowd outside the Serbian parliament dispersed after midnight.", "082", "crowd_disperses", "SRBCVL", None),
    ("The striking Bolivian miners dispersed on Friday evening.", "082", "crowd_disperses", "BOLLAB", None),
    # a warning of a calamity is a pessimistic comment (012)
    ("Zambia's finance minister warned of a deep recession next year.", "012", "warn_of", "ZMBGOV", None),
    ("The WHO warned of a resurgence of measles in Europe.", "012", "warn_of", "IGOWHO", None),
    ("Kenya warned about rising food prices.", "012", "warn_about", "KEN", None),
    # an invitation to join a bloc is the bloc's admission (050), not a call to meet (026)
    ("NATO formally invited Finland to join the alliance on Wednesday.", "050", "admit_member", "IGONAT", "FIN"),
    ("The Arab League invited Syria to rejoin the organisation.", "050", "admit_member", "IGOARL", "SYR"),
    # awarding a contract, a concession or a licence to a firm is economic cooperation (061)
    ("The Kenyan government handed the port concession to a Turkish company.", "061", "award_contract_to", "KENGOV",
     "TURBUS"),
    ("The Nigerian government granted an oil exploration licence to a Brazilian firm.", "061", "award_contract_to",
     "NGAGOV", "BRABUS"),
    # a prize or an honour given praises the one honoured (051)
    ("The Norwegian Nobel Committee awarded the peace prize to the Liberian president.", "051", "award_honour", "NORLEG",
     "LBRGOV"),
    ("The Russian president bestowed the Order of Friendship on the Chinese defence minister.", "051",
     "confer_honour_on", "RUSGOV", "CHNGOV"),
    # a signed document or joint statement is a signed agreement (057)
    ("The Chinese and Nepali prime ministers signed a joint statement in Kathmandu.", "057", "sign_agreement", "CHNGOV",
     "NPLGOV"),
    # the people set free include contractors, teachers, clerics ...
    ("Cuba freed an American aid contractor on Wednesday.", "0841", "release_persons", "CUB", "USABUS"),
    # reviewing how someone handled something investigates them (090)
    ("A Kenyan parliamentary committee examined the Kenyan police's conduct during the protests.", "090",
     "review_handling", "KENLEG", "KENCOP"),
    # a ship or a plane sent with relief on board is humanitarian aid (073)
    ("India dispatched a naval ship with relief material to Sri Lanka.", "073", "carrier_with_relief", "IND", "LKA"),
    ("China sent a hospital ship with 100 doctors to Tonga.", "073", "carrier_with_relief", "CHN", "TON"),
    # two sides that halt or end the fighting between them de-escalate (0871 / 087), both ways
    ("Thailand and Cambodia halted five days of fighting along their border on Monday.", "0871", "hold_fire_mutual",
     "KHM", "THA"),
    ("Ethiopia and Eritrea ended two decades of hostility on Monday.", "087", "end_fighting", "ERI", "ETH"),
    ("Russia halted its attacks on Ukrainian energy facilities.", "0871", "hold_fire", "RUS", "UKR"),
    # sorrow over someone's deaths is an empathetic comment to their side (018)
    ("The Indonesian president expressed sorrow over the deaths of Malaysian fishermen.", "018",
     "condolences_over_deaths", "IDNGOV", "MYSCVL"),
    ("The Japanese prime minister mourned the death of the Indian prime minister.", "018", "mourn_death_of", "JPNGOV",
     "INDGOV"),
]

_NOT = [
    # police dispersing a crowd ease no dissent: the crowd is dispersed (17.yaml), whatever its name
    ("Zambian police fired tear gas to disperse them.", "082"),
    ("Riot police in Lima used water cannon to disperse the mourners.", "082"),
    ("Security forces dispersed the sit-in in Khartoum.", "082"),
    # warning of consequences or retaliation announces the speaker's own act (a threat), no gloomy outlook
    ("Ghana's president warned of serious consequences for anyone who attacks the electoral commission.", "012"),
    ("The Houthis warned of retaliation after the strikes.", "012"),
    ("Peru's defence minister warned of a firm response if the border post was attacked again.", "012"),
    ("The Norwegian committee awarded the prize to a Brazilian singer.", "061"),
    ("Vietnam invited the Australian prime minister to join talks in Hanoi.", "050"),
    ("The Brazilian president signed the document into law.", "057"),
    ("Russia sent warships with marines to Syria.", "073"),
    # the war ended is no attack between the two sides
    ("Ethiopia and Eritrea ended two decades of hostility on Monday.", "19"),
    ("The fans mourned the loss of the cup final.", "018"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
