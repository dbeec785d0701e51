"""Verb forms added in lexicon round 7 (issue 3): removal from power, dismissals, sieges, protests at a seat
of power, court reversals, abductions by armed groups, assassinations of commanders and leaders.

Each case is (text, code prefix, rule id, source, target). The sentences are written for these tests, with
actors, countries and tenses of their own (some retell a form first seen in the tuning set E, in other words); most forms have several phrasings
(active, passive, a vote, a 'from power' phrase). ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import form_tests

_FORMS = [
    # removal from power coerces the ruler (170): soldiers, rebels or a legislature remove a head of state
    ("Mali's army ousted President Ibrahim Boubacar Keita on Tuesday.", "172", "oust_ruler", "MLIMIL", "MLIGOV"),
    ("Bolivia's president was ousted by the military in 2019.", "172", "oust_ruler", "BOLMIL", "BOLGOV"),
    ("Sudanese soldiers toppled the country's longtime ruler on Thursday.", "172", "oust_ruler", "SDNMIL", "SDNGOV"),
    ("Guinea's special forces deposed President Alpha Conde on Sunday.", "172", "oust_ruler", "GINMIL", "GINGOV"),
    ("The Egyptian army has ousted the Islamist president.", "172", "oust_ruler", "EGYMIL", "EGYGOV"),
    ("Thai generals overthrew the elected government in 2014.", "172", "take_over_government", "THAMIL", "THAGOV"),
    ("Chadian rebels toppled the government in N'Djamena.", "172", "take_over_government", "TCDREB", "TCDGOV"),
    ("Brazil's Senate removed President Dilma Rousseff from office on Wednesday.", "172", "remove_from_power",
     "BRALEG", "BRAGOV"),
    ("The Honduran military forced President Manuel Zelaya from power.", "172", "remove_from_power", "HNDMIL", "HNDGOV"),
    ("South Africa's ruling party forced President Jacob Zuma from office.", "172", "remove_from_power",
     "ZAFPTY", "ZAFGOV"),
    ("Zimbabwe's army removed President Robert Mugabe on Wednesday.", "172", "remove_ruler", "ZWEMIL", "ZWEGOV"),
    ("Guatemala's Congress voted to oust the president on Tuesday.", "172", "vote_to_remove", "GTMLEG", "GTMGOV"),
    ("Peru's Congress voted to remove President Martin Vizcarra from office.", "172", "vote_to_remove",
     "PERLEG", "PERGOV"),
    ("Gabon's army seized power from President Ali Bongo on Wednesday.", "172", "seize_power_from", "GABMIL", "GABGOV"),
    ("Guinea's junta dissolved the government on Sunday.", "170", "junta_dissolves_government",
     "GINMIL", "GINGOV"),
    ("Niger's junta suspended the national assembly.", "170", "junta_dissolves_government", "NERMIL", "NERLEG"),
    # a leader put back in office
    ("Sudan's military reinstated Abdalla Hamdok as prime minister on Sunday.", "0831", "reinstate_leader",
     "SDNMIL", "SDNGOV"),
    ("Pakistan's president reinstated the chief justice on Monday.", "0831", "reinstate_leader", "PAKGOV", "PAKJUD"),
    ("Madagascar's army restored the civilian government.", "0831", "reinstate_leader", "MDGMIL", "MDGGOV"),
    # power handed to another is yielded; settlers evicted are coerced; a state radio seized is property
    ("Mali's junta handed power to a civilian government under pressure from West African states.", "0831",
     "hand_power_under", "MLIMIL", "MLIGOV"),
    ("The Burmese army handed power to a civilian government in 2011 amid Western pressure.", "0831",
     "hand_power_amid", "MMRMIL", "MMRGOV"),
    ("Israeli police began evicting settlers from a West Bank outpost on Thursday.", "170", "evict_occupants",
     "ISRCOP", "ISRCVL"),
    ("Soldiers in Guinea-Bissau seized the state radio on Thursday.", "171", "seize_property", "GNBMIL", "GNBGOVMED"),
    # rebels forcing their way into a named city or country
    ("Syrian rebels swept into Damascus on Sunday.", "192", "cross_into_country", "SYRREB", "SYR"),
    # the coup told with a noun
    ("Army officers in Niger staged a coup against President Mohamed Bazoum on Wednesday.", "172", "coup_against",
     "NERMIL", "NERGOV"),
    ("The Burmese military launched a coup against Aung San Suu Kyi's government.", "172", "coup_against",
     "MMRMIL", "MMRGOV"),
    ("Soldiers in Gabon announced the overthrow of President Ali Bongo.", "172", "overthrow_noun", "GABMIL", "GABGOV"),
    # officials dismissed bear an administrative sanction (172), not a rejection
    ("Turkish authorities dismissed thousands of judges on Saturday.", "172", "dismiss_official", "TURGOV", "TURJUD"),
    ("Poland's government dismissed the chief justice.", "172", "dismiss_official", "POLGOV", "POLJUD"),
    ("Ukraine's president dismissed his army chief on Thursday.", "172", "dismiss_official", "UKRGOV", "UKRMIL"),
    ("Russia's president sacked several regional governors.", "172", "dismiss_official", "RUSGOV", "RUSGOV"),
    ("Nigeria's president dismissed his defence minister on Friday.", "172", "dismiss_official", "NGAGOV", "NGAGOV"),
    # (an untargeted 172 is not coded since session 12: the central bank governor names no actor)
    ("Sri Lanka's president fired the army chief.", "172", "fire_official", "LKAGOV", "LKAMIL"),
    # "dismiss" rejects what was said or offered
    ("Hamas dismissed the Israeli ultimatum on Monday.", "120", "dismiss_claim", "PSEREB", "ISR"),
    ("U.S. lawmakers dismissed the Saudi account as not credible.", "120", "dismiss_claim", "USALEG", "SAU"),
    ("Russia dismissed the British dossier as fiction.", "120", "dismiss_as", "RUS", "GBR"),
    # told as giving way, a dismissal is a concession; a reshuffle stays one
    ("The Tunisian president sacked the prime minister under pressure from protesters.", "0831", "sack_minister",
     "TUNGOV", None),
    ("The Tunisian president reshuffled the cabinet on Monday.", "0831", "reshuffle_cabinet", "TUNGOV", None),
    # armed forces surrounding a place restrict movement (191); ships ringing an island in drills show force
    ("Israeli forces surrounded a hospital in Gaza City.", "191", "forces_surround", "ISRMIL", "PSE"),
    ("Syrian government forces surrounded the rebel-held town of Douma.", "191", "forces_surround", "SYRMIL", "SYRREB"),
    ("Soldiers surrounded the parliament in Bamako on Tuesday.", "191", "forces_surround", "MLIMIL", "MLILEG"),
    ("Belarusian police surrounded the house of the opposition leader in Minsk.", "191", "forces_surround",
     "BLRCOP", "BLROPP"),
    ("Chinese warships and jets encircled Taiwan in military drills on Saturday.", "150", "surround_in_drills",
     "CHNMIL", "TWN"),
    # links closed to a state restrict its movement
    ("Saudi Arabia closed its land, sea and air links with Qatar.", "191", "close_links_with", "SAU", "QAT"),
    ("Egypt closed its sea ports with Gaza on Monday.", "191", "close_links_with", "EGY", "PSE"),
    ("Egypt closed its land crossings with Gaza on Monday.", "191", "close_border_with", "EGY", "PSE"),
    ("Turkey cut road links with Syria.", "191", "close_links_with", "TUR", "SYR"),
    # marching on a seat of power protests against its holder
    ("Sri Lankan protesters marched on the president's official residence in Colombo.", "141", "march_on_building",
     "LKACVL", "LKAGOV"),
    ("Angry Iraqi crowds marched on the U.S. embassy in Baghdad.", "141", "march_on_building", "IRQCVL", "USAGOV"),
    # a higher court reversing a ruling rejects it; upholding a conviction is a legal finding
    ("The U.S. Supreme Court reversed a Texas ruling on Monday.", "120", "court_reverse_ruling", "USAJUD", "USA"),
    ("Kenya's Court of Appeal upheld the conviction of the former governor.", "116", "court_uphold_conviction",
     "KENJUD", "KENELI"),
    ("Pakistan's Supreme Court upheld the sentence of the former prime minister.", "116", "court_uphold_conviction",
     "PAKJUD", "PAKELI"),
    # people captured by an armed group are abducted
    ("Hamas fighters captured an Israeli soldier in a raid near Kerem Shalom.", "181",
     "armed_group_captures_people", "PSEREB", "ISRMIL"),
    ("Al Shabaab militants captured five Kenyan soldiers near the border.", "181", "armed_group_captures_people",
     "SOMREB", "KENMIL"),
    # commanders and leaders killed are assassinated
    ("Israeli troops killed a Hezbollah commander in southern Lebanon.", "186", "kill_official", "ISRMIL", "LBNREB"),
    ("Nigerian soldiers killed the Boko Haram leader in a raid.", "186", "kill_official", "NGAMIL", "NGAREB"),
    ("U.S. special forces killed the leader of Islamic State in Syria.", "186", "kill_official", "USAMIL", "IMGREB"),
    ("Israeli jets killed the Hamas military chief in Gaza.", "186", "kill_official", "ISRMIL", "PSEREB"),
    ("Israeli agents killed a Hamas official in a targeted killing in Dubai.", "186", "kill_in_assassination",
     "ISRSPY", "PSEREB"),
]

_NOT = [
    # a prime minister dissolving parliament for an election coerces no one
    ("The Thai prime minister dissolved parliament.", "17"),
    # a storm or a statue toppled, a report dismissed, a manager or a chief executive sacked
    ("A storm toppled trees across the city.", "17"),
    ("Egypt's foreign ministry dismissed the report as baseless.", "17"),
    ("The Iranian foreign ministry dismissed the accusations as lies.", "17"),
    ("Tottenham Hotspur sacked manager Jose Mourinho on Monday.", "17"),
    ("Chelsea sacked its manager after a string of defeats.", "17"),
    ("Qatar Airways fired its chief executive.", "17"),
    # a prime minister dismissed from office is rejected by no one
    ("Fiji's military commander said he had dismissed Prime Minister Laisenia Qarase.", "12"),
    ("Kenya's president dismissed Interior Minister Fred Matiangi on Monday.", "12"),
    # tear gas fired and shots fired on marchers are no dismissal
    ("Mexican police fired tear gas at protesters in Oaxaca.", "172"),
    ("Venezuelan troops fired on opposition marchers in Caracas.", "172"),
    # a vote to remove tariffs or a name from a list removes no one from power
    ("The Senate voted to remove tariffs on Canadian lumber.", "17"),
    ("The European Parliament voted to remove Russia from the list.", "17"),
    # a man surrounded by advisers or reporters; diplomatic links cut are a break in relations
    ("The president surrounded himself with loyal advisers.", "19"),
    ("The senator was surrounded by reporters outside the Capitol.", "19"),
    ("Uganda cut diplomatic links with Israel.", "19"),
    # an army marching on a day is no protest; fighters capturing a town abduct no one
    ("The army marched on Saturday through the capital.", "14"),
    ("Kurdish fighters captured the town of Kobani.", "18"),
    # control of a city taken from a force is no removal from power
    ("Iraqi forces seized control of Mosul from Islamic State.", "17"),
    # a coup told as background, planned or denied is no removal; a country ruled by someone is no court ruling
    ("The coup against Allende in 1973 was backed by the CIA.", "17"),
    ("The general denied planning a coup against the king.", "17"),
    ("Egypt has been ruled by Sisi since the 2013 coup against Mursi.", "11"),
    # internet access restored is no leader reinstated
    ("The government restored internet access in the region.", "0831"),
    # power handed over with no pressure named accedes to no demand (a transfer on schedule, a deputy for an
    # ailing leader)
    ("The Burmese army handed power to a civilian government in 2011.", "0831"),
    # migrants surging into a country attack no one
    ("Thousands of migrants surged into Greece.", "19"),
    # civilians killed are no assassination
    ("Russian soldiers killed three Ukrainian civilians in Bucha.", "186"),
]


PUB = "2021-06-01"


test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
