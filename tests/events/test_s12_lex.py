"""Session 12 (owner lex): event forms of wire copy the coder missed (issue 3, recall).

A participle after a main clause that appeals, promises or demands ("..., urging Moscow to withdraw", "...,
calling on both sides to show restraint", "..., pledging to rebuild") is an act of its own by the main clause's
subject; the participle that justifies the main act ("..., accusing them of ...") stays uncoded, and so does one
that only tells the content of an agreement or the aim of a protest ("signed a pact, pledging to defend each
other", "blocked the road, demanding higher wages"). A killing the sentence calls a massacre is a mass killing
(202). An inquiry into what someone did is aimed at the doer its 'into' phrase tells: the 'by' agent of a
participle ("crimes committed by ..."), the subject of an "allegations that ..." or "whether ..." clause.
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
    ("New York's attorney general opened an investigation into whether the company broke antitrust laws.",
     "09", "law_enforcement_investigation", "USAGOV", "USABUS"),
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
    # a killing in a gunfight is no massacre
    ("Soldiers killed three gunmen in a shootout near the Malian border.", "20"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
