"""Session 12 (owner lex2): leftover forms of wire copy (issue 3).

A protest handed to someone named as the first object ("handed Tokyo a strong protest", "handed the ambassador a
protest note") is a diplomatic complaint (114) to that side (an envoy: the envoy's country), no street protest
(141). The act a subject "neither confirmed nor denied" is told by no one. Hyphenated weapon words are weapons
("delivered air-defence systems to Ukraine": 072). A refusal to comment told with a negated verb ("would not
comment", "neither confirmed nor denied") is 011 with no target (the withheld-comments stage): the refusal is
the act; "did not comment" tells only that no comment came, and a refusal in a relative clause about a report is
background.
The sentences are written for these tests. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # a protest handed over: a diplomatic complaint to the one it is handed to
    ("Tokyo handed Beijing a strong protest over the detention of its citizen.", "114", "hand_protest_dative",
     "JPNGOV", "CHNGOV"),
    ("The Polish foreign ministry handed the Russian ambassador a protest note on Tuesday.", "114",
     "hand_protest_dative", "POLGOV", "RUSGOV"),
    # hyphenated weapon words
    ("Germany delivered air-defence systems to Ukraine on Monday.", "072", "military_aid", "DEU", "UKR"),
    ("Britain supplied Kyiv with anti-tank missiles.", "072", "supply_with_arms", "GBR", "UKRGOV"),
]

_NOT = [
    # a protest handed over is no street protest
    ("Tokyo handed Beijing a strong protest over the detention of its citizen.", "141"),
    ("Lithuania handed the Belarusian charge d'affaires a note of protest over the balloons.", "141"),
    # the act neither confirmed nor denied is no act of the one who would not say (nor a labour strike)
    ("Israel neither confirmed nor denied the strike in Syria.", "14"),
    ("Israel neither confirmed nor denied the strike in Syria.", "19"),
    # a banner handed to farmers is no diplomatic complaint
    ("The union handed the farmers a protest banner.", "11"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)

# refusals to comment told with a negated verb (rules cameo/withheld_comments.yaml#verbs / #pairs)
_WITHHELD = [
    ("The Pentagon would not comment on the strike.", "011", "verbs", "USAMIL", None),
    ("Beijing said it would not comment on the arrests.", "011", "verbs", "CHNGOV", None),
    ("Israel neither confirmed nor denied the strike in Syria.", "011", "pairs", "ISR", None),
    ("Turkey's foreign ministry would not confirm or deny the report.", "011", "pairs", "TURGOV", None),
]

_WITHHELD_NOT = [
    ("Kyiv did not comment on the reports.", "01"),
    ("Iran rejected a report that the ministry would not comment on.", "01"),
    # the verbs joined to another clause, with no subject of their own
    ("Kenya said troops from Ethiopia had crossed into Somalia, a report Addis Ababa neither confirmed nor denied.",
     "01"),
]

test_withheld_form, test_withheld_silent = form_tests(_WITHHELD, _WITHHELD_NOT, PUB)
