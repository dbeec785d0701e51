"""Lexicon round 11, roots 01-09: forms of agency and wire copy the coder missed.

A telephone call is a conversation of both sides, whoever dialled (041 both ways). A state body or its
spokesman saying it is concerned or alarmed about or over something voices a pessimistic comment (012);
the party worried about is the owner of its object ("the Georgian government's crackdown"); an
adjective's doer is its copula's subject ("it was deeply concerned"), and only a speaker that resolves to a
state, party or international body counts (political_source): investors or residents concerned about
prices are no event. Foreign troops or police
arriving as part of a force, and peacekeepers flying into a country, come to protect (074): they pay no
visit. Letting another's aircraft, trains or goods use or cross one's territory is a concession (080) to
their owner; the subject of a non-finite clause of 'allow' or 'let' is what is allowed ("allowed UN
inspectors to visit": 0862). The sentences are written for these tests, with actors, places and
circumstances of their own: none retells a dev-set item (sets D-I) or reuses its frame with the names
changed, and none repeats a lexicon example or counter (test_lexicon_examples runs those): other verbs,
tenses and word orders of the same forms.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # a telephone call, both ways (041)
    ("The Moroccan king telephoned the Emir of Qatar on Saturday evening.", "041", "phone_verb",
     "QATGOV", "MARGOV"),
    ("Norway's prime minister rang the Polish president after the crash.", "041", "phone_verb",
     "POLGOV", "NORGOV"),
    ("The Senegalese president phoned his Malian counterpart after the attack.", "041", "phone_verb", "MLIGOV",
     "SENGOV"),
    # an official body concerned about or over something (012)
    ("The Dutch foreign ministry was deeply troubled about the Georgian government's crackdown on protesters.",
     "012", "concerned_about", "NLDGOV", "GEOGOV"),
    ("The Danish foreign ministry said it was alarmed about the Belarusian government's treatment of journalists.",
     "012", "concerned_about", "DNKGOV", "BLRGOV"),
    ("Finland's prime minister said she was alarmed over the Russian army's exercises near the border.",
     "012", "concerned_over", "FINGOV", "RUSMIL"),
    # troops arriving as part of a force, peacekeepers flying in (074)
    ("Chadian soldiers arrived in Mali last week as part of an African Union force.", "074",
     "troops_arrive_in_force", "TCDMIL", "MLI"),
    ("Rwandan troops began arriving in Mozambique on Friday as part of a regional stabilisation force.", "074",
     "troops_arrive_in_force", "RWAMIL", "MOZ"),
    ("Blue helmets from Nepal flew into South Sudan on Tuesday.", "074", "peacekeepers_fly_into", "NPL",
     "SSD"),
    # letting another's aircraft or goods use or cross one's territory (080)
    ("Kyrgyzstan let U.S. military aircraft use one of its air bases.", "080", "allow_passage", "KGZ", "USAMIL"),
    ("Azerbaijan allowed Turkish cargo planes to overfly its territory on Monday.", "080", "allow_passage", "AZE",
     "TUR"),
    # the subject of a non-finite clause of 'allow' is what is allowed: inspectors received (0862)
    ("Iran allowed UN inspectors to visit the Fordow site.", "0862", "receive_inspectors", "IRN", "IGOUNO"),
]

_NOT = [
    # investors, residents and markets concerned about something voice no comment of a state
    ("Hedge funds were troubled about the slide of the rupee in Mumbai.", "012"),
    ("Commuters alarmed about the fare rise gathered outside the station in Leeds.", "012"),
    ("Farmers in Kenya were concerned over the late rains.", "012"),
    # letting play go on or wanting a vote is no concession
    ("The umpire let the batsmen use a new ball in Perth.", "08"),
    ("The Peruvian president wanted parliament to approve the budget.", "08"),
    # tourists arriving are no protection
    ("Chinese tourists arrived in Bali as part of a tour group.", "074"),
    # arriving officials pay a visit, they protect no one
    ("The Kenyan foreign minister arrived in Haiti on Monday.", "074"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
