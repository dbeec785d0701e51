"""Lexicon round 10, roots 10-20 (issue 3): forms of unseen news that no pattern read, or read with the
wrong code.

An envoy pulled "out of" a capital (a recall, 161, not troops withdrawn), dialogue or talks "cut off" (164),
a forum or a league left (160), a court ordering a state or a firm to pay damages (a finding of liability,
116, not a bare demand), a "proportionate"/"firm" response promised (a threat, 130), armed men -- soldiers,
police, rebels, militants -- killed or shot dead (fighting, 190; the killing of civilians stays 18), people
rounded up by the police (an arrest, 173, not an abduction), a crowd laying siege to a ministry (a protest,
141; troops laying siege stay 191), protesters removed or dragged away by the police (repression, 175),
printed copies seized by the police (confiscation, 1711), a call "for" an inquiry (101), a crowd torching or
besieging a building (a riot or a protest, 14; a torching with no crowd named is none), rebels setting fire to a
train (1712), police sent in with armoured vehicles (153), a fine told by a pronoun for a central bank (172),
soldiers or fighters storming a camp or an outpost (190, not a crowd's riot), an opponent hauled before a court
(173), troops firing "into" a crowd (175), aid or loans put "on hold" (162, not aid given) and a leader or a
ministry "charging" another with an act (an accusation, 112; charges by prosecutors or the police stay 173). The sentences
are written for these tests, with actors, places and circumstances of their own: none retells a dev-set
item or reuses its frame with the names changed. ``_NOT`` lists readings that must not fire: a city
closing its schools is no protest blockade (144), a car bomb or the shooting of a journalist is no
fighting (190), troops pulled out of a country are no recalled envoy, a president ordering a ministry to
pay salaries is no court finding, and a judgement of a report ("called the report baseless") is no demand.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # an envoy pulled out of a capital is recalled (161)
    ("Fiji has taken its high commissioner out of Canberra pending a review of the new visa rules.", "161",
     "recall_envoy_out_of", "FJI", "AUSGOV"),
    ("Lithuania has withdrawn its envoy out of Minsk after the border incident.", "161", "recall_envoy_out_of",
     "LTU", "BLRGOV"),
    ("Peru pulled its top diplomat out of Mexico City on Thursday, the foreign ministry said.", "161", "recall_envoy_out_of",
     "PER", "MEXGOV"),
    # talks or dialogue cut off (164)
    ("Iran cut off talks with the European Union over the new sanctions.", "164", "halt_talks", "IRN", "IGOEUR"),
    ("Pyongyang has cut off dialogue with Seoul after the leaflet launches.", "164", "halt_talks", "PRKGOV", "KORGOV"),
    # a forum left (160; a future leaving is an intent of its own)
    ("The Philippines quit the Asia-Pacific Economic Cooperation forum.", "160", "quit_organization", "PHL", "IGOAPE"),
    ("Libya quit the Arab League in protest at the summit decision.", "160", "quit_organization", "LBY", "IGOARL"),
    # a court ordering payment finds the payer liable (116)
    ("Egypt's highest court ordered the government to pay compensation to the victims' families.", "116",
     "court_orders_payment", "EGYJUD", "EGYGOV"),
    ("A Kenyan judge on Friday ordered the interior ministry to pay damages to a jailed blogger.", "116",
     "court_orders_payment", "KENJUD", "KENGOV"),
    ("The Turkish government was ordered by a court in Ankara to compensate the dismissed teachers.", "116",
     "court_orders_payment", "TURJUD", "TURGOV"),
    # a firm, proportionate response promised is a threat (130)
    ("The Belarusian foreign ministry promised a proportionate response to the Lithuanian expulsions.", "130",
     "vow_revenge", "BLRGOV", "LTU"),
    ("Moscow vowed a firm response to the Polish decision on Thursday.", "130", "vow_revenge", "RUSGOV", "POL"),
    # armed men killed: fighting (190)
    ("Colombian troops killed six FARC guerrillas in a jungle clash.", "193", "kill_combatants_in_fighting", "COLMIL",
     "COLREB"),   # (killed in a clash: small arms, session 13)
    ("Somali militants killed four Kenyan soldiers near the border town of Mandera.", "190", "kill_combatants",
     "SOMREB", "KENMIL"),
    ("Somali police shot dead two al-Shabaab fighters at a checkpoint outside Kismayo.", "193", "kill_combatants_shot",
     "SOMCOP", "SOMREB"),
    ("Five Egyptian policemen were killed by militants in northern Sinai on Sunday.", "190", "kill_combatants",
     "EGYREB", "EGYCOP"),
    ("Malian soldiers have gunned down a dozen jihadists near Gao, the army said.", "193", "kill_combatants_shot",
     "MLIMIL", "MLIREB"),
    # people rounded up by the police are arrested (173)
    ("Zimbabwean police rounded up more than 200 people after the riots in Harare.", "173", "arrest_verb", "ZWECOP",
     "ZWECVL"),
    ("Security police in Minsk round up hundreds of opposition supporters every weekend.", "173", "arrest_verb",
     "BLRCOP", "BLROPP"),
    # a crowd laying siege to a ministry protests (141)
    ("Striking Nigerian nurses laid siege to the ministry of health in Abuja for a second day.", "141", "crowd_lays_siege",
     "NGAHLH", "NGAGOV"),
    ("Angry Zambian traders have laid siege to the offices of the trade ministry in Lusaka.", "141",
     "crowd_lays_siege", "ZMBBUS", "ZMBGOV"),
    # protesters removed or dragged away by police (175)
    ("Police forcibly removed the protesters from the parliament building in Tbilisi.", "175",
     "police_remove_protesters", "GEOCOP", "GEOCVL"),
    ("Russian riot police dragged away dozens of demonstrators in Moscow on Saturday.", "175",
     "police_drag_away", "RUSCOP", "RUSCVL"),
    ("Dozens of Kenyan student protesters were removed from the campus by police.", "175", "police_remove_protesters",
     "KENCOP", "KENCVL"),
    # printed matter seized by the police (1711)
    ("Thai police seized thousands of copies of the banned magazine.", "1711", "confiscate_property", "THACOP",
     "THAMED"),
    # a crowd torching or besieging is a riot or a protest (14); rebels setting fire to a train destroy property (1712)
    ("Hundreds of protesters torched tyres and rubbish bins in Arequipa on Thursday.", "145", "riot_torch", "PERCVL", "PERGOV"),
    ("Hundreds of Romanian farmers encircled the agriculture ministry in Bucharest to press for drought payments.", "141",
     "crowd_surrounds_building", "ROUAGR", "ROUGOV"),
    ("Maoist rebels set fire to a passenger train in Bihar.", "1712", "armed_set_fire_to", "INDREB", "IND"),
    # police sent in with armoured vehicles is police power (153), not military aid; a bank's fine told by a pronoun
    ("The Jamaican police commissioner sent 300 extra officers and four armoured vehicles to Montego Bay.", "153",
     "deploy_police_to", "JAMCOP", "JAM"),
    ("The Nigerian central bank said it had fined three lenders for breaching currency rules.", "172", "regulator_fine",
     "NGAGOV", "NGABUS"),
    # commandos or fighters storming a camp or an outpost use force (190); an opponent hauled before a court (173)
    ("Colombian commandos stormed a rebel camp in the southern jungle.", "190", "forces_storm_building", "COLMIL", "COLREB"),
    ("A Russian prosecutor dragged the opposition activist before a Moscow judge.", "173", "hauled_before_court", "RUSJUD",
     "RUSOPP"),
    ("Belarusian investigators have brought the jailed journalist before a closed court.", "173", "hauled_before_court",
     "BLRCOP", "BLRMED"),
    # troops firing into a crowd (175); aid or loans put on hold (162)
    ("Zimbabwean soldiers fired into a crowd of opposition supporters in Harare.", "175", "fire_into_crowd", "ZWEMIL",
     "ZWECVL"),
    ("The World Bank put its loans to Mozambique on hold.", "162", "aid_on_hold_to", "IGOWBK", "MOZ"),
    ("The African Development Bank has put its budget support for Malawi on hold.", "162", "aid_on_hold", "IGOADB", "MWI"),
    # a leader or a ministry "charging" another with an act accuses it (112); prosecutors' charges stay 173
    ("The Chinese foreign ministry charged Washington with meddling in Hong Kong.", "112", "charge_with_doing", "CHNGOV",
     "USAGOV"),
    ("The Kremlin charged Kyiv with staging the attack.", "112", "charge_with_doing", "RUSGOV", "UKRGOV"),
    ("Kenyan police charged three men with murder.", "173", "charge_with", "KENCOP", "KENCVL"),
    # a call for an inquiry (101)
    ("The Kenyan opposition called for an investigation into the killings by police.", "101", "call_for_information",
     "KENOPP", "KENCOP"),
]

_NOT = [
    # a city closing schools and museums is no protest blockade
    ("Tokyo shut its schools and museums on Monday to slow the spread of the virus.", "14"),
    # a bombing or the killing of a journalist is no fighting
    ("A car bomb killed three soldiers in Mogadishu.", "190"),
    ("Gunmen shot dead a Mexican radio journalist outside his home.", "19"),
    # troops pulled out of a country are no recalled envoy
    ("Kenya pulled its troops out of Somalia last year.", "16"),
    # a president's order to a ministry is no court finding
    ("The Brazilian president ordered the finance ministry to pay the teachers' salaries on time.", "116"),
    # troops laying siege to a town are no protest
    ("Ukrainian forces laid siege to the Russian-held town of Bakhmut.", "14"),
    # a judgement of a report is no demand for information
    ("The Sudanese government called the report baseless.", "10"),
    # a torching told with no crowd, troops besieging a town
    ("Jihadists raided a village in northern Mali, torching granaries and killing two herders.", "145"),
    ("Syrian government troops besieged the rebel-held town of Madaya.", "14"),
    # a crowd storming parliament is no armed attack; a dispute brought before a court is no charge
    ("Protesters stormed the parliament building in Colombo.", "19"),
    ("The government brought the dispute before the International Court of Justice.", "17"),
    # a building project put on hold cuts no aid; shots fired into the air hit no crowd
    ("The Kenyan government put the construction of the new airport on hold.", "16"),
    ("The hunters fired into the air to scare off the elephants.", "17"),
    # prosecutors' charges are no verbal accusation
    ("Brazilian prosecutors charged the former president with corruption.", "112"),
    # organisers removing banners use no force on anyone
    ("The organisers removed the banners from the hall after the meeting.", "17"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
