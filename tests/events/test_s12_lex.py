"""Session 12 (owner lex): event forms of wire copy the coder missed (issue 3, recall).

A participle after a main clause that appeals, promises or demands ("..., urging Moscow to withdraw", "...,
calling on both sides to show restraint", "..., pledging to rebuild") is an act of its own by the main clause's
subject; the participle that justifies the main act ("..., accusing them of ...") stays uncoded, and so does one
that only tells the content of an agreement or the aim of a protest ("signed a pact, pledging to defend each
other", "blocked the road, demanding higher wages"). A killing the sentence calls a massacre is a mass killing
(202). An inquiry into what someone did is aimed at the doer its 'into' phrase tells: the 'by' agent of a
participle ("crimes committed by ..."), the subject of an "allegations that ..." or "whether ..." clause. An
amount of aid cut ("suspended $40 million in aid to Mali") is an aid cut (162), tariffs raised on a country's goods
("raised tariffs on goods from China") are sanctions on that country (163).
The sentences are written for these tests. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # participial appeals, promises and demands beside another act: acts of their own
    ("The French president spoke with Putin for two hours, urging Moscow to withdraw its troops.", "02",
     "urge_withdraw_troops", "FRAGOV", "RUSGOV"),
    ("Germany sent two frigates to the Red Sea on Monday, urging Iran to rein in the Houthis.", "02",
     "urge_verb", "DEU", "IRN"),
    ("The Indian prime minister toured the flooded villages of Assam, promising Bangladesh to share flood data.",
     "03", "intent_intelligence", "INDGOV", "BGD"),
    # a killing called a massacre
    ("Militiamen hacked to death 23 farmers in a massacre near the Ituri town of Djugu.", "202",
     "kill_in_massacre", "CODREB", "CODAGR"),
    ("Gunmen shot dead 17 worshippers in a massacre at a church in northern Burkina Faso.", "202",
     "kill_in_massacre", "BFAREB", "BFACVL"),
    # an inquiry into what someone did
    ("The International Criminal Court's prosecutor opened a formal investigation into crimes against humanity "
     "committed by Venezuelan security forces.", "09", "law_enforcement_investigation", "IGOICC", "VENMIL"),
    ("Peru's congress opened an investigation into claims that the president took bribes from a builder.", "09",
     "launch_investigation", "PERLEG", "PERGOV"),
    ("The attorney general of Texas opened an investigation into whether the airline broke consumer laws.",
     "09", "law_enforcement_investigation", "USAGOV", "USABUS"),
    # an amount of aid cut: the 'in' phrase says what it is
    ("The Dutch government suspended 40 million euros in development aid to Mali after the coup.", "162",
     "cut_amount_in_aid", "NLDGOV", "MLI"),
    ("Washington withheld $130 million in military aid to Egypt on Tuesday.", "1622", "cut_amount_in_military_aid",
     "USAGOV", "EGY"),
    # tariffs raised on someone's goods, or put on the goods from a country
    ("The Trump administration doubled its tariffs on Turkish steel and aluminium.", "163", "raise_tariffs_on",
     "USAGOV", "TUR"),
    ("Canada raised its duties on electric vehicles from China on Monday.", "163", "tariffs_on_goods_from", "CAN",
     "CHN"),
]

_NOT = [
    # the demand of a protest is its aim, no second event
    ("Tea pickers blocked the main road near Siliguri on Monday, demanding that the state government raise wages.",
     "10"),
    # what an agreement holds is no pledge of its own
    ("Russia and Belarus signed a trade treaty in Minsk, pledging to double their trade by 2030.",
     "03"),
    # a participial justification of the main act stays uncoded
    ("The opposition boycotted the runoff, accusing the ruling party of stuffing ballot boxes.", "112"),
    # aid raised by a charity is no aid cut, rates raised by a central bank no tariff
    ("The Red Cross raised $5 million in aid for the flood victims of Sindh.", "16"),
    ("The Turkish central bank raised interest rates on goods loans by five points.", "16"),
    # a killing in a gunfight is no massacre
    ("Soldiers killed three gunmen in a shootout near the Malian border.", "20"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
