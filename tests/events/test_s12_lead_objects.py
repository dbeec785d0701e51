"""The first of two objects the parser read as a word of the second names the one given to or wished well.

"gave Ukraine air-defence systems": spaCy makes "Ukraine" a compound of "systems"; "wished his counterpart a
speedy recovery": "counterpart" becomes the subject of "recovery". The actor named first is the target
(target_search._first_object). The sentences are written for these tests.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    ("Modi wished his Pakistani counterpart a speedy recovery.", "018", "wish_recovery", "INDGOV", "PAKGOV"),
    ("Germany gave Ukraine air-defence systems on Tuesday.", "072", "military_aid", "DEU", "UKRMIL"),
]

_NOT = [
    # a coach wishing a player well is no political act
    ("The coach wished the injured striker a quick recovery.", "01"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
