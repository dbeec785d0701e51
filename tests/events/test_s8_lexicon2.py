"""Lexicon and judgement miscodes of session 8, short round (issue 3).

Each case is (text, code prefix, rule id, source, target). The sentences are written for these tests, with
actors and places of their own (none is taken from a dev set). ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

import pytest

from .form_checks import assert_form_fires, assert_form_silent, coded_events

PUB = "2024-03-01"

_FORMS = [
    # armed forces raiding an armed group's place fight it (190); a police raid on a home stays an arrest
    ("Somali commandos launched a night raid on an al Shabaab stronghold near Kismayo.", "190",
     "raid_on_military_place", "SOMMIL", "SOMREB"),
    ("Malian soldiers carried out a raid on a jihadist camp in the Mopti region.", "190",
     "raid_on_military_place", "MLIMIL", "MLIREB"),
    ("Philippine marines staged a raid on an Abu Sayyaf hideout on Jolo.", "190",
     "raid_on_military_place", "PHLMIL", "PHLREB"),
    ("US special forces conducted a raid against an al Qaeda compound in Yemen.", "190",
     "raid_against_military_place", "USAMIL", "IMGREB"),
    ("Mexican police carried out a raid on the house of a union leader.", "173", "arrest_noun", "MEXCOP", "MEXLAB"),
    # an army raiding a rebel camp fights it: a bare camp is no civilian target
    ("Colombian soldiers raided a FARC camp on Sunday.", "190", "attack_verb", "COLMIL", "COLREB"),
    # changes to institutions stay 0834
    ("The Kyrgyz parliament amended the constitution.", "0834", "institutional_change", "KGZLEG", None),
    ("The Thai prime minister dissolved parliament on Monday.", "0834", "institutional_change", "THAGOV", None),
    # abusing people is physical abuse
    ("Saudi employers abused migrant workers, Human Rights Watch said.", "1822", "abuse_person", "SAUBUS", "SAULAB"),
    ("Indian police abused the detainees, Amnesty said.", "1822", "abuse_person", "INDCOP", "INDCVL"),
    # an accusation of abusing market power is a plain accusation
    ("The commission accused Amazon of abusing its market power.", "112", "accuse_verb", None, "USABUS"),
    ("Britain accused Iran of abuses against protesters.", "112", "accuse_verb", "GBR", "IRN"),
]


def _fires(pipeline, text, code, rule, source, target):
    if source is None:   # the source is not this test's point ("the commission" is resolved elsewhere)
        got = [(e.cameo, e.target.code if e.target else None, e.rule) for e in coded_events(pipeline, text, PUB)]
        assert any(c == code and t == target and r.split(" |")[0].endswith("#" + rule) for c, t, r in got), \
            f"{text!r}: {got}"
        return
    assert_form_fires(pipeline, text, code, rule, source, target, PUB)


@pytest.mark.parametrize("text,code,rule,source,target", _FORMS)
def test_general_form(pipeline, text, code, rule, source, target):
    _fires(pipeline, text, code, rule, source, target)


_NOT = [
    # calling or holding a vote at home is no event
    ("Serbia's prime minister called a snap parliamentary election for December.", "08"),
    ("Italy called a snap election.", "08"),
    ("The Colombian president held a referendum on the peace deal.", "08"),
    # a firm abusing its dominance or a state its veto abuses no person
    ("The EU said Gazprom had abused its dominant position in eastern Europe.", "18"),
    ("Japan said the firm had abused its dominance of the chip market.", "18"),
    ("The commission accused Amazon of abusing its market power.", "1122"),
    # a police raid on a home is no battle
    ("Mexican police carried out a raid on the house of a union leader.", "19"),
]


@pytest.mark.parametrize("text,absent", _NOT)
def test_reading_silent(pipeline, text, absent):
    assert_form_silent(pipeline, text, absent, PUB)
