"""Session 12 fix-ups (owner lexfix) of review findings #11, #12, #16 and #26.

#11: a participial appeal after a condemnation or a rejection ("condemned the shelling, urging Pyongyang to stop")
is an act of its own; what a condemnation condemns is its object, not the participle.
#12: a participial demand that names only the persons or things it asks for ("..., demanding the release of
detained dual nationals") is put to the target of the main act beside it, not to those persons.
#16: an inquiry into a death or a harm is aimed at the doer its phrase names ("into the shooting of protesters by
police officers" -> the police), not at the victims of its 'of' phrase.
#26: aid "redirected to" a country goes to it: no aid cut. A government freezing the funds of a university of its
own country is a cut of aid (162 GOV->EDU), as CAMEO codes a reduction of any material aid.
The sentences are written for these tests. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import coded_events, form_tests

PUB = "2024-03-01"

_FORMS = [
    # 11: an appeal beside a condemnation or a rejection
    ("Seoul condemned the shelling of Yeonpyeong, urging Pyongyang to stop its provocations.", "02",
     "urge_policy_change", "KORGOV", "PRKGOV"),
    ("Tokyo denounced the missile launch on Friday, urging North Korea to return to negotiations.", "02",
     "urge_talk", "JPNGOV", "PRK"),
    ("Egypt rejected the Ethiopian plan, calling on Addis Ababa to resume the talks.", "02", "urge_talk", "EGY",
     "ETHGOV"),
    # 12: a demand for the release of someone, put to the one the main act is aimed at
    ("Canada imposed fresh sanctions on Iran on Friday, demanding the release of detained dual nationals.", "1053",
     "demand_release", "CAN", "IRN"),
    ("Britain summoned the Chinese ambassador on Tuesday, demanding the release of a detained journalist.", "1053",
     "demand_release", "GBR", "CHNGOV"),
    # ... while a request naming its own addressee keeps it
    ("Washington imposed sanctions on Nicaragua, calling on Managua to free political prisoners.", "02",
     "urge_release", "USAGOV", "NICGOV"),
    # 16: the doer named by a 'by' phrase of the harm is the investigated party, not the victims
    ("Prosecutors opened an investigation into the killing of Tunisian migrants by coast guard officers.", "09",
     "law_enforcement_investigation", "TUNJUD", "TUNMIL"),
    ("Kenya's police watchdog opened an inquiry into the shooting of protesters by police officers in Nairobi.",
     "09", "launch_investigation", "KENNGO", "KENCOP"),
    ("Prosecutors in Rome opened an investigation into the killing of Egyptian fishermen by Libyan coast guards.",
     "09", "law_enforcement_investigation", "ITAJUD", "LBYMIL"),
    # 26: a domestic funding freeze of a university is an aid cut; an amount of aid cut to a country still is
    ("The Trump administration froze $400 million in research funding for Columbia University.", "162",
     "cut_amount_in_aid_for", "USAGOV", "USAEDU"),
    ("Washington withheld $130 million in military aid to Egypt on Tuesday.", "1622", "cut_amount_in_military_aid",
     "USAGOV", "EGY"),
]

_NOT = [
    # 26: aid redirected to a country is aid it gets
    ("The State Department redirected $400 million in security aid to Israel on Friday.", "16"),
    ("Berlin redirected 200 million euros in development aid to Jordan after the floods.", "16"),
    # 11: a participle that justifies the main act stays uncoded
    ("The opposition denounced the runoff, accusing the ruling party of stuffing ballot boxes.", "112"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


def test_a_participial_demand_is_not_aimed_at_the_prisoners_it_asks_for(pipeline):
    events = coded_events(pipeline, "The EU imposed new sanctions on Minsk on Monday, demanding the release of "
                                    "political prisoners.", PUB)
    demands = [(e.source.code, e.target.code if e.target else None) for e in events if e.cameo == "1053"]
    assert demands == [("IGOEUR", "BLRGOV")], demands

