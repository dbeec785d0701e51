"""Lexicon forms of roots 01-09, session 9 (issue 3: event recall on unseen news).

Each form row is (text, code prefix, rule id, source, target); each silent row (text, code prefix that must
not be coded). The sentences are written for these tests, with actors and places of their own.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # an investigation opened or run by law enforcement is a criminal one (091); others stay 090
    ("Namibia's prosecutor general opened a criminal investigation into a Windhoek fishing company over bribes.",
     "091", "law_enforcement_investigation", "NAMJUD", "NAMBUS"),
    ("French prosecutors opened a preliminary investigation into the Lebanese central bank governor.", "091",
     "law_enforcement_investigation", "FRAJUD", "LBNGOV"),
    ("Polish prosecutors expanded their investigation into a state arms maker.", "091",
     "law_enforcement_investigation", "POLJUD", "POLBUS"),
    ("Italian police have launched a probe into a Chinese shipping company in Genoa.", "091",
     "law_enforcement_investigation", "ITACOP", "CHNBUS"),
    ("Brazilian federal police are investigating the Brazilian health minister.", "091",
     "law_enforcement_investigates", "BRACOP", "BRAGOV"),
    ("The Swedish parliament opened an inquiry into the Swedish defence ministry.", "090",
     "launch_investigation", "SWELEG", "SWEGOV"),
    ("The Namibian labour ministry ordered an inquiry into the treatment of workers at a uranium mine.", "090",
     "launch_investigation", "NAMGOV", "NAMLAB"),
    # joint patrols and exercises named with a modifier between 'joint' and the noun
    ("Senegal and Gambia mounted a joint border patrol in the Casamance region last week.", "062",
     "joint_patrol_noun", "SEN", "GMB"),
    ("The Namibian navy staged a joint maritime patrol with Angola off the Kunene coast.", "062",
     "joint_patrol_noun", "NAMMIL", "AGO"),
    ("Kazakh and Kyrgyz troops held a counter-terrorism exercise near Osh.", "062",
     "joint_exercise", "KAZMIL", "KGZMIL"),
    # a crowd that disperses eases its dissent (082), toward the government of its country (session 11)
    ("The crowd outside the Serbian parliament dispersed after midnight.", "082", "crowd_disperses", "SRBCVL", "SRBGOV"),
    ("Striking Namibian teachers dispersed quietly on Friday evening.", "082", "crowd_disperses", "NAMEDU", "NAMGOV"),
    # a warning of a calamity is a pessimistic comment (012)
    ("Mongolia's mining minister warned of a sharp slowdown in copper exports.", "012", "warn_of", "MNGGOV", None),
    ("The WHO warned of a resurgence of measles in Europe.", "012", "warn_of", "IGOWHO", None),
    ("Kenya warned about rising food prices.", "012", "warn_about", "KEN", None),
    # an invitation to join a bloc is the bloc's admission (050), not a call to meet (026)
    ("NATO formally invited Finland to join the alliance on Wednesday.", "050", "admit_member", "IGONAT", "FIN"),
    ("The African Union invited Guinea to rejoin the organisation.", "050", "admit_member", "IGOAFU", "GIN"),
    # awarding a contract, a concession or a licence to a firm is economic cooperation (061)
    ("The Kenyan government handed the port concession to a Turkish company.", "061", "award_contract_to", "KENGOV",
     "TURBUS"),
    ("The Nigerian government granted an oil exploration licence to a Brazilian firm.", "061", "award_contract_to",
     "NGAGOV", "BRABUS"),
    ("The Tanzanian energy ministry gave the pipeline contract to an Indian engineering firm.", "061",
     "award_contract_to", "TZAGOV", "INDBUS"),
    ("Angola awarded two offshore oil blocks to an Italian energy company.", "061", "award_contract_to", "AGO",
     "ITABUS"),
    # a prize or an honour given praises the one honoured (051)
    ("The Chilean senate awarded a human rights prize to a Guatemalan bishop.", "051", "award_honour", "CHLLEG",
     "GTMREL"),
    ("Austria presented the Order of Merit to the retiring Swiss ambassador.", "051", "award_honour", "AUT", "CHEGOV"),
    ("The Russian president bestowed the Order of Friendship on the Chinese defence minister.", "051",
     "confer_honour_on", "RUSGOV", "CHNGOV"),
    # a signed document or joint statement is a signed agreement (057)
    ("The Chinese and Nepali prime ministers signed a joint statement in Kathmandu.", "057", "sign_agreement", "CHNGOV",
     "NPLGOV"),
    # the people set free include contractors, teachers, clerics ...
    ("Eritrea released a Swedish construction contractor on Friday.", "0841", "release_persons_more", "ERI", "SWEBUS"),
    ("Kidnappers in Niger freed a local official after a ransom was paid.", "0841", "release_persons_more", "NERCRM",
     "NERGOV"),
    # an inquiry into how someone acted investigates them (090)
    ("A Malawian parliamentary committee investigated the Malawian police's conduct during the fuel protests.", "090",
     "review_handling", "MWILEG", "MWICOP"),
    ("Tanzania's parliament probed the health ministry's handling of the cholera outbreak.", "090",
     "review_handling", "TZALEG", "TZAHLH"),
    # a ship or a plane sent with relief on board is humanitarian aid (073)
    ("South Africa dispatched a navy vessel with food and medicine to Mozambique.", "073", "carrier_with_relief", "ZAF",
     "MOZ"),
    ("Turkey flew three cargo planes with tents and blankets to Djibouti.", "073", "carrier_with_relief", "TUR", "DJI"),
    # two sides that halt or end the fighting between them de-escalate (0871 / 087), both ways
    ("Djibouti and Eritrea suspended three days of clashes near Ras Doumeira.", "0871", "hold_fire_mutual",
     "ERI", "DJI"),
    ("Cameroon and Nigeria ended years of conflict over the Bakassi peninsula.", "087", "end_fighting", "NGA", "CMR"),
    ("The Angolan government and the rebels ended decades of civil war in 2002.", "087", "end_fighting", "AGOGOV",
     "AGOREB"),
    ("Russia halted its attacks on Ukrainian energy facilities.", "0871", "hold_fire", "RUS", "UKR"),
    # sorrow over someone's deaths is an empathetic comment to their side (018)
    ("The Vietnamese president expressed sorrow over the deaths of Cambodian workers.", "018",
     "condolences_over_deaths", "VNMGOV", "KHMLAB"),
    ("The Japanese prime minister mourned the death of the Indian prime minister.", "018", "mourn_death_of", "JPNGOV",
     "INDGOV"),
]

_NOT = [
    # police dispersing a crowd ease no dissent: the crowd is dispersed (17.yaml), whatever its name
    ("Namibian officers used pepper spray to disperse the marchers.", "082"),
    ("Riot police in Lima used water cannon to disperse the mourners.", "082"),
    ("Security forces dispersed the sit-in in Khartoum.", "082"),
    # warning of consequences or retaliation announces the speaker's own act (a threat), no gloomy outlook
    ("Ghana's president warned of serious consequences for anyone who attacks the electoral commission.", "012"),
    ("The rebel commander warned of retaliation for the bombing of his village.", "012"),
    ("Peru's defence minister warned of a firm response if the border post was attacked again.", "012"),
    ("A Swiss foundation awarded its science prize to a Kenyan chemist.", "061"),
    ("The Ghanaian president handed the project to the army engineers.", "061"),
    ("The city council gave a block of flats to the flood victims.", "061"),
    # an order given is a command, not an honour
    ("The Ethiopian prime minister gave orders to withdraw troops from the border.", "051"),
    ("The Uruguayan president gave an order to close the border with Brazil.", "051"),
    ("Vietnam invited the Australian prime minister to join talks in Hanoi.", "050"),
    ("The document was signed into law by the Uruguayan president on Sunday.", "057"),
    ("The governor signed the revised document into law on Sunday.", "057"),
    ("Russia sent warships with marines to Syria.", "073"),
    # a person returned to power or to a post, or dealt a defeat, is set free from nothing
    ("Kenyan voters returned the former president to power in a landslide.", "0841"),
    ("The Ecuadorian court returned the dismissed official to his post.", "0841"),
    ("The Thai party delivered the former president a heavy defeat.", "0841"),
    # the war ended is no attack between the two sides
    ("Cameroon and Nigeria ended years of conflict over the Bakassi peninsula.", "19"),
    # reviewing or assessing someone's performance or handling is an appraisal, no investigation
    ("The IMF assessed Ghana's economic performance in its annual report.", "090"),
    ("Analysts reviewed the Brazilian central bank's handling of inflation.", "090"),
    ("The coach reviewed the Argentine team's performance after the defeat.", "090"),
    ("Investors examined the Turkish finance minister's handling of the lira.", "090"),
    ("The fans mourned the loss of the cup final.", "018"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
