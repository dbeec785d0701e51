"""Lexicon round 11, roots 01-09: forms of agency and wire copy the coder missed.

A telephone call is a conversation of both sides, whoever dialled (041 both ways). A state body or its
spokesman saying it is concerned or alarmed about or over something voices a pessimistic comment (012);
the party worried about is the owner of its object ("the Hungarian government's media law"); an
adjective's doer is its copula's subject ("it was deeply concerned"), so the speaker list of the pattern
applies, and investors or residents concerned about prices are no event. Foreign troops or police
arriving as part of a force, and peacekeepers flying into a country, come to protect (074): they pay no
visit. Letting another's aircraft, trains or goods use or cross one's territory is a concession (080) to
their owner; the subject of a non-finite clause of 'allow' or 'let' is what is allowed ("allowed UN
inspectors to visit": 0862). The sentences are written for these tests, with actors, places and
circumstances of their own: none retells a dev-set item (sets D-I) or reuses its frame with the names
changed.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # a telephone call, both ways (041)
    ("The Japanese prime minister telephoned the Australian prime minister on Sunday.", "041", "phone_verb",
     "JPNGOV", "AUSGOV"),
    ("The Japanese prime minister telephoned the Australian prime minister on Sunday.", "041", "phone_verb",
     "AUSGOV", "JPNGOV"),
    ("The Senegalese president phoned his Malian counterpart after the attack.", "041", "phone_verb", "MLIGOV",
     "SENGOV"),
    # an official body concerned about or over something (012)
    ("The Irish government said it was deeply concerned about the Hungarian government's media law.", "012",
     "concerned_about", "IRLGOV", "HUNGOV"),
    ("The Danish foreign ministry said it was alarmed about the Belarusian government's treatment of journalists.",
     "012", "concerned_about", "DNKGOV", "BLRGOV"),
    ("Sweden's foreign minister said he was concerned over the Turkish government's arrest of the opposition mayor.",
     "012", "concerned_over", "SWEGOV", "TURGOV"),
    # troops arriving as part of a force, peacekeepers flying in (074)
    ("Kenyan police officers landed in Haiti as part of a multinational security mission.", "074",
     "troops_arrive_in_force", "KENCOP", "HTI"),
    ("Rwandan troops began arriving in Mozambique on Friday as part of a regional stabilisation force.", "074",
     "troops_arrive_in_force", "RWAMIL", "MOZ"),
    ("The first Ghanaian peacekeepers flew into Liberia on Monday.", "074", "peacekeepers_fly_into", "GHAMIL",
     "LBR"),
    # letting another's aircraft or goods use or cross one's territory (080)
    ("Kyrgyzstan let U.S. military aircraft use one of its air bases.", "080", "allow_passage", "KGZ", "USAMIL"),
    ("Turkmenistan let Iranian trains cross its territory.", "080", "allow_passage", "TKM", "IRN"),
    # the subject of a non-finite clause of 'allow' is what is allowed: inspectors received (0862)
    ("Iran allowed UN inspectors to visit the Fordow site.", "0862", "receive_inspectors", "IRN", "IGOUNO"),
]

_NOT = [
    # investors, residents and markets concerned about something voice no comment of a state
    ("Investors were concerned about rising interest rates in the United States.", "012"),
    ("Residents concerned about the new road met the mayor of Lyon.", "012"),
    ("Farmers in Kenya were concerned over the late rains.", "012"),
    # letting play go on or wanting a vote is no concession
    ("The referee allowed play to continue in Madrid.", "08"),
    ("The Peruvian president wanted parliament to approve the budget.", "08"),
    # tourists arriving are no protection
    ("Chinese tourists arrived in Bali as part of a tour group.", "074"),
    # arriving officials pay a visit, they protect no one
    ("The Kenyan foreign minister arrived in Haiti on Monday.", "074"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
