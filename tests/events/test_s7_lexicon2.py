"""Lexicon round 7, second part (issue 3): a title before a proper name read as the object's head word,
the voter behind "voted to remove", insisting that something is so (no demand), curfews and states of
emergency imposed on a country, and a bare "seized power" by soldiers of a named country.

Each case is (text, code prefix, rule id, source, target); the sentences are written for these tests,
with actors, countries and tenses of their own. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

import pytest

from .form_checks import coded_events, form_tests

_FORMS = [
    # a titled name is read by the title: "dismissed Finance Minister X" is a dismissed minister
    ("Malawi's president dismissed Finance Minister Joseph Mwanamvekha on Sunday.", "172", "dismiss_official",
     "MWIGOV", "MWIGOV"),
    ("Turkey's president sacked Central Bank Governor Naci Agbal.", "172", "dismiss_official", "TURGOV", "TURGOV"),
    ("Ukraine's president dismissed General Valery Zaluzhny on Thursday.", "172", "dismiss_official",
     "UKRGOV", "UKRMIL"),
    ("Russia's president fired Defence Minister Sergei Shoigu.", "172", "fire_official", "RUSGOV", "RUSGOV"),
    ("Gunmen killed Governor Salman Taseer in Islamabad.", "186", "kill_official", "PAKREB", "PAKGOV"),
    ("Sudan's military removed long-time President "
     "Omar al-Bashir on Thursday.", "172", "remove_ruler", "SDNMIL", "SDNGOV"),
    # the voter (or mover) is the doer of the removal it votes for
    ("Peru's Congress voted to remove the president on Wednesday.", "172", "vote_to_remove",
     "PERLEG", "PERGOV"),
    ("South Korea's lawmakers decided to remove President Yoon Suk Yeol.", "172", "remove_ruler",
     "KORLEG", "KORGOV"),
    ("Malawi's parliament moved to dismiss the finance minister.", "172", "dismiss_official", "MWILEG", "MWIGOV"),
    # insisting is a demand when told what someone is to do
    ("Hungary insisted that Ukraine restore minority schools.", "100", "insist_that", "HUN", "UKR"),
    ("China insisted that Japan be held responsible.", "100", "insist_that", "CHN", "JPN"),
    ("China insisted on a Japanese apology.", "100", "insist_on", "CHN", "JPN"),
    # a summons by the police or an investigating body is questioning (091), not an invitation
    ("Kenyan detectives invited the governor to record a statement.", "091", "investigators_summon",
     "KENCOP", "KENGOV"),
    ("Pakistani police summoned the former prime minister to appear on Friday.", "091", "investigators_summon",
     "PAKCOP", "PAKELI"),
    ("Nigeria's anti-graft agency invited the former governor over the missing funds.", "091",
     "investigators_summon", "NGAGOV", "NGAELI"),
    # a curfew or an emergency is imposed on the place's country, else on the source's own
    ("Lebanon's army declared a state of emergency in Beirut.", "1724", "impose_emergency", "LBNMIL", "LBN"),
    ("Peru's government imposed a curfew in Lima on Monday.", "1723", "impose_curfew", "PERGOV", "PER"),
    ("Tunisia's president declared a national state of emergency.", "1724", "impose_emergency", "TUNGOV", "TUN"),
    ("Ethiopia's cabinet declared a six-month state of emergency on Friday.", "1724", "impose_emergency",
     "ETHGOV", "ETH"),
    ("Israeli troops imposed a curfew on the West Bank town of Huwara.", "1723", "impose_curfew", "ISRMIL", "PSE"),
    # soldiers of a named country seizing power take it from its government
    ("Sudan's army took power on Monday.", "172", "seize_power", "SDNMIL", "SDNGOV"),
    ("Mutinous soldiers in Gabon seized power on Wednesday.", "172", "seize_power", "GABMIL", "GABGOV"),
]

_NOT = [
    # insisting that something is so is a comment, not coded
    ("Armenia's president insisted that the vote was fair.", "10"),
    ("Beijing insisted that Taiwan was part of China.", "10"),
    ("The prime minister insisted the economy was growing.", "10"),
    ("The Kremlin insisted on Monday that its troops were not in Ukraine.", "10"),
    # a coup with no country named has no victim to code; power stations and a party's rise are no coup
    ("The military seized power in a bloodless coup.", "17"),
    ("The Communist Party took power in 1949.", "17"),
    ("Rebels seized power stations across the province.", "170"),
    # an addressee urged to remove someone does not remove anyone yet
    ("The opposition urged parliament to remove the president.", "17"),
    # a title read as a head word does not make a company an official
    ("Regulators fined General Motors on Tuesday.", "186"),
]


PUB = "2021-06-01"


def _code(pipeline, text: str, published: str = PUB):
    return coded_events(pipeline, text, published)


test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


@pytest.mark.parametrize("text", ["The United Nations declared a state of emergency.",
                                  "Armenia declared martial law on Sunday.",
                                  "Protesters in Minneapolis chanted slogans in defiance of the curfew."])
def test_home_target_needs_a_state_of_another_code(pipeline, text):
    """A curfew or an emergency falls on a country only when a state imposes it, and a country is not
    its own target: a body of no country, a bare country, protesters defying a curfew get no target."""
    got = [(e.cameo, e.target.code if e.target else None) for e in _code(pipeline, text)]
    assert all(t is None for c, t in got if c.startswith("172")), got


def test_invitation_by_a_state_stays_invitation(pipeline):
    got = [(e.cameo, e.rule) for e in _code(pipeline, "Vietnam invited the Australian prime minister to Hanoi.")]
    assert any(c == "026" for c, _ in got) and not any(c.startswith("09") for c, _ in got), got
