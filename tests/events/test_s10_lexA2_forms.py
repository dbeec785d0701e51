"""Lexicon round 10, roots 01-09, second part (issue 3): the lead's decisions on resignations and denials.

A resignation accedes to demands for a change of leader (0831) only when the sentence names the pressure it
yields to: amid or after protests, calls, demands or an outcry, or under pressure (whoever pressed is the
target when named). A bare resignation, a resignation announced or handed in with no pressure named, and
power handed to another with no pressure named are no CAMEO event. Denying responsibility, involvement or an
accusation of it is 016 (also denying having done an act; a report denied or dismissed is none: session
12); rejecting claims or reports (a rejection, 12), "neither
confirmed nor denied" and "denied X access" deny no responsibility. The sentences are written for these tests:
none retells a dev-set item (sets D-H) or reuses its frame with the names changed.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # a resignation under named pressure (0831)
    ("The Moldovan health minister quit amid protests by doctors and nurses.", "0831", "resign_amid_pressure",
     "MDAGOV", None),
    ("Kosovo's prime minister stepped down after a public outcry over the road deal.", "0831",
     "resign_after_pressure", "KSVGOV", None),
    ("The Gambian police chief resigned under pressure from opposition parties.", "0831", "resign_under_pressure",
     "GMBCOP", "GMBOPP"),
    ("Slovenia's interior minister is resigning amid mounting criticism of the police.", "0831",
     "resign_amid_pressure", "SVNGOV", None),
    # a resignation handed in or announced under named pressure (0831)
    ("The Lithuanian finance minister submitted her resignation after a backlash over the tax plan.", "0831",
     "resignation_handed_in_after", "LTUGOV", None),
    ("Under pressure from street protests, Armenia's premier announced his resignation.", "0831",
     "resignation_handed_in_under", "ARMGOV", None),
    # power handed over under named pressure (0831)
    ("The Sudanese ruler handed power to the army amid weeks-long sit-ins.", "0831", "hand_power_amid",
     "SDNGOV", "SDNMIL"),
    # a denial of responsibility or of an act (016)
    ("Hungary's government denied any involvement in the cyberattack on the Slovak ministry.", "016", "deny_verb",
     "HUNGOV", None),
    ("The Chadian army has rejected nothing but denied responsibility for the deaths of the herders.", "016",
     "deny_verb", "TCDMIL", None),
    ("Belarus denied having flown migrants to the Polish border.", "016", "deny_doing", "BLR", None),
    ("Venezuela's defence minister denied that troops had fired on the crowd.", "016", "deny_doing", "VENGOV", None),
]

_NOT = [
    # a report dismissed is a general denial, no event (session 12 convention: 016 only for a specific act)
    ("Zambia's government dismissed media reports of troops massing on the border.", "016"),
    # a bare resignation accedes to no demand
    ("The Estonian foreign minister resigned on Wednesday.", "0831"),
    ("Ireland's justice minister stepped down citing family reasons.", "0831"),
    ("The Dutch prime minister resigned after eight years in office.", "0831"),
    ("The Portuguese premier handed in his resignation to the president.", "0831"),
    ("Chile's interior minister announced his resignation in a short statement.", "0831"),
    # nor is the noun an intent to resign
    ("Chile's interior minister announced his resignation in a short statement.", "0341"),
    # a submission of a resignation yields to no one
    ("The Portuguese premier handed in his resignation to the president.", "080"),
    # power handed to a deputy during an illness yields to no demand
    ("The ailing Algerian president handed power to his prime minister during his treatment abroad.", "0831"),
    # claims rejected, a report neither confirmed nor denied, access or a quorum denied: no 016
    ("Vietnam rejected China's claims to the islands on Tuesday.", "016"),
    ("Japan rejected Seoul's claim to the rocky islets.", "016"),
    # a report rejected is as often a plan turned down
    ("Samoa's cabinet rejected the commission's report on land reform.", "016"),
    ("The Malian junta neither confirmed nor denied the account.", "016"),
    ("Police denied reporters access to the courtroom.", "016"),
    ("The boycotting opposition denied the assembly a quorum on Monday.", "016"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
