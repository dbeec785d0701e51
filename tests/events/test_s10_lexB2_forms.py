"""Lexicon round 10, roots 10-20, second pass (issue 3): the review's findings on the first pass.

Killing is fighting (190) only between armed bodies named as such: a pronoun, "a man" or "a group" as the
killer, and guards, kidnappers, pirates or an "attacker" as the killed, tell crime as often as war (a robbery,
a rescue of hostages, a police shooting), so those stay 18 or nothing at root 19. A crowd surrounding or
encircling protests (141) only around a seat of power or an office, never around a person or a bus, and no
crowd pattern takes a bare number word as its crowd (a counted subject keeps its number word: "thousands of
fans"). Police removing protesters use force on them (175), but "the authorities" removing pupils or
students from a building after a flood or a power cut do not; students or a crowd need a drag or haul verb.
Police officers brought in or drafted in are a show of police power (153). Gunmen or militants attacking a
police post, a checkpoint or a base fight armed men (190, the lead's decision), while their attacks on a market, a
bus station or a church stay 18. A decision or an act of another regretted or deplored is a criticism (111), a
loss or a delay regretted is none; an actor vowing or warning that it will hit back or avenge an act threatens
(130), a blow back predicted by analysts does not; contacts, a hotline or communication cut off with a state
halt talks (164). The sentences are written for these tests: none retells a dev-set item or reuses its frame
with the names changed.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # armed bodies killing armed bodies stay fighting (190)
    ("Two Houthi fighters were killed by Saudi troops in an exchange of fire near Jizan.", "190", "kill_combatants",
     "SAUMIL", "YEMREB"),
    ("Two Indian paratroopers were shot dead by separatist fighters in Manipur.", "193", "kill_combatants_shot",
     "INDREB", "INDMIL"),
    ("Houthi rebels have killed three Saudi border guards in an overnight raid.", "190", "kill_combatants", "YEMREB",
     "SAUMIL"),
    # a crowd surrounding a seat of power protests (141)
    ("Opposition supporters surrounded the electoral commission in Kinshasa as the count dragged on.", "141",
     "crowd_surrounds_building", "CODOPP", "CODGOV"),
    ("Angry Peruvian farmers encircled the governor's office in Puno on Wednesday.", "141",
     "crowd_surrounds_building", "PERAGR", "PERGOV"),
    ("Bangladeshi jute mill workers besieged the textiles ministry in Dhaka over the planned mill closures.", "141",
     "crowd_besieges", "BGDLAB", "BGDGOV"),
    # a march of protesters through a city (141)
    ("Several thousand Kenyan demonstrators marched through Mombasa on Saturday, blowing whistles and waving branches.",
     "141", "march_through_city", "KENCVL", "KENGOV"),
    # police removing or dragging protesters, students or a crowd (175)
    ("Serbian riot police evicted striking miners' supporters and other activists from the lobby of the ministry.",
     "175", "police_remove_protesters", "SRBCOP", "SRBCVL"),
    ("Thai police carried off students who had chained themselves to the gates of the university in Bangkok.", "175",
     "police_drag_away", "THACOP", "THAEDU"),
    ("Armenian police hauled away the crowd from the square in Yerevan late on Tuesday.", "175", "police_drag_away",
     "ARMCOP", "ARMCVL"),
    # gunmen or militants attacking a police post, a checkpoint or a base fight armed men (190)
    ("Kurdish militants attacked a Turkish army convoy in Hakkari province overnight, the defence ministry said.", "190",
     "gunmen_attack_forces", "TURREB", "TURMIL"),
    ("Separatist militants attacked an army patrol guarding a bridge outside Bamenda.", "190", "gunmen_attack_forces",
     "CMRREB", "CMRMIL"),
    ("A police station in Balochistan was attacked by masked gunmen on Monday.", "190", "gunmen_attack_forces",
     "PAKREB", "PAKCOP"),
    ("Islamist insurgents have stormed an army base in northern Mali, the ministry said.", "190",
     "gunmen_attack_forces", "MLIREB", "MLIMIL"),
    # a decision or an act of another regretted or deplored is disapproved of (111)
    ("South Korea regretted Japan's decision to list the mine as a heritage site.", "111", "regret_decision", "KOR",
     "JPN"),
    ("Ottawa regretted New Delhi's expulsion of six Canadian diplomats.", "111", "regret_decision", "CANGOV", "INDGOV"),
    ("The Mexican foreign ministry deplores the Peruvian move to declare its ambassador unwelcome.", "111",
     "regret_decision", "MEXGOV", "PER"),
    # contacts or a hotline cut off halt the talks (164), no consultation (04)
    ("Beijing has cut off military contacts with Washington over the arms sale.", "164", "halt_talks", "CHNGOV",
     "USAGOV"),
    ("Mexico suspended communication with the Ecuadorian government after the raid.", "164", "halt_talks", "MEX",
     "ECUGOV"),
    # an actor's own promised blow back is a threat (130, decision 6)
    ("The Azerbaijani defence ministry warned it would hit back at Armenian positions.", "130", "warn_of_consequences",
     "AZEGOV", "ARM"),
    ("Tehran vowed to avenge the killing of its general by the United States.", "130", "warn_of_consequences",
     "IRNGOV", "USA"),
    # police brought in or drafted in (153)
    ("Chile brought in hundreds of extra police officers to patrol the capital after the looting.", "153",
     "police_mobilize", "CHL", None),
]

_NOT = [
    # crime is no fighting
    ("A man shot dead two police officers in a robbery in Chicago.", "19"),
    ("Gunmen killed a security guard at a bank in Karachi.", "19"),
    ("Mexican police killed a kidnapper during a raid on a ranch in Sonora.", "19"),
    ("Spanish naval commandos killed two pirates while freeing a fishing trawler.", "190"),
    ("He killed two soldiers before fleeing across the border, police said.", "190"),
    ("Police in Lyon shot dead an attacker who had stabbed two passers-by.", "190"),
    # gunmen attacking civilians, a market or a church stay 18, no fighting
    ("Gunmen attacked a crowded market in Maiduguri, killing eleven traders.", "19"),
    ("Masked gunmen raided a bus station in Peshawar.", "19"),
    ("Suspected Islamist gunmen attacked a Catholic church in northern Burkina Faso during mass.", "19"),
    # regret of a loss or a delay criticises no one; contacts kept are no halt
    ("The airline regretted the delay caused by the storm.", "11"),
    ("The Kenyan president regretted the loss of life in the floods.", "11"),
    ("Iran kept up contacts with Washington through Swiss diplomats.", "16"),
    # a blow back predicted for others, or hit back at critics in words, is no threat
    ("Analysts expect Iran to hit back at Israel within days.", "13"),
    ("The Indian batsman hit back at his critics with a century.", "13"),
    # a crowd around a person, a bus or a crash victim is no protest; counted fans marching are no protest
    ("Supporters surrounded the opposition candidate as he arrived at the rally.", "14"),
    ("Hundreds of residents surrounded the injured driver after the crash.", "14"),
    ("Thousands of Chinese fans surrounded the team bus outside the stadium.", "14"),
    ("Thousands of Argentine football fans marched through Buenos Aires to celebrate the World Cup win.", "14"),
    ("Hundreds torched their old Christmas trees in a bonfire on the beach in Brighton.", "14"),
    # the authorities moving pupils or students for their safety use no force
    ("The authorities removed the students from the exam hall in Delhi after a power cut.", "17"),
    ("The authorities removed the pupils from the flooded school in Assam after the river burst its banks.", "17"),
    ("Indian police removed the students from the campus.", "175"),
    ("Paramedics carried away the injured students after the stage collapsed.", "17"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
