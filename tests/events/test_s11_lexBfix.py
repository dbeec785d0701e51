"""Review fixes of the session-11 lexicon round, roots 10-20 (review items 26, 27, 28, 30, 31).

Ending, stopping, halting or pausing a joint operation or patrol is as often its completion as a cut in
relations: those verbs code reduced military cooperation (160) only for a pact or a cooperation with a partner
named by 'with' (16.yaml#end_military_cooperation_with); suspending, freezing or cancelling joint operations
keeps 16.yaml#suspend_military_cooperation, and allies ending their joint operation hold no fire against each
other (filters/discards.yaml#joint_operation_ended). Someone taken or placed into protective custody is
protected, not arrested (discards.yaml#protective_custody). A case registered against someone is a criminal
charge (173) only when the police, prosecutors or an investigation or anti-corruption body register it; a
rights or election commission, a union or a bare agency files a complaint or a lawsuit. A leader who wins a
vote of no confidence survives it, and an official suspended from duty by his own service is internal
discipline, not a removal by another body (172). The sentences are written for these tests.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # a pact or cooperation ended with a partner named: relations reduced
    ("Mali ended its defence pact with France on Monday.", "160", "end_military_cooperation_with", "MLI", "FRA"),
    ("Bolivia halted intelligence sharing with the United States after the raid.", "160",
     "end_military_cooperation_with", "BOL", "USA"),
    # joint patrols suspended stay reduced cooperation
    ("Niger suspended joint patrols with Benin after the border dispute.", "160", "suspend_military_cooperation",
     "NER", "BEN"),
    # police and investigation agencies still register criminal cases
    ("Indian police registered a murder case against the former minister's son.", "173", "register_criminal_case",
     "INDCOP", "INDCVL"),
    ("The National Investigation Agency registered a case against six men over the blast in Mangaluru.", "173",
     "register_criminal_case", "INDCOP", "INDCVL"),
    # custody without 'protective' is still an arrest
    ("Ugandan police took the opposition candidate into custody outside the rally in Gulu.", "173",
     "take_into_custody", "UGACOP", "UGAOPP"),
]

_NOT = [
    # review item 26: a joint operation or patrol ended once its work was done
    ("The coalition ended joint operations in Anbar after the militants were driven out.", "16"),
    ("Kenyan and Somali forces ended their joint patrol on Friday after clearing the road.", "16"),
    ("Chadian and Nigerien troops halted their joint patrols along the lake after the rains came.", "16"),
    ("French and Malian troops stopped the joint operation near Gao once the convoy had passed.", "08"),
    # review item 27: protective custody protects
    ("Police took the child into protective custody after the fire in Manchester.", "17"),
    ("Officers in Leeds took three teenagers into protective custody after the riot.", "17"),
    # review item 28: a commission, a union or an agency that is no investigator files a complaint or a lawsuit
    ("A farmers' union registered a case against the sugar mill owners in Lahore.", "17"),
    ("The rights commission filed a criminal case against two army officers in Dhaka.", "17"),
    ("The Indian election commission registered a case against the former chief minister.", "17"),
    ("The tax agency filed a case against the opposition leader in Lahore.", "17"),
    # review item 30: a leader who wins a no-confidence vote survives it
    ("Spain's prime minister won a no-confidence vote in parliament on Wednesday.", "17"),
    ("The Romanian government won a censure motion in parliament.", "17"),
    # review item 31: staff suspended from their duties by their own ministry
    ("The education ministry suspended three headteachers from their duties in Lahore.", "17"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
