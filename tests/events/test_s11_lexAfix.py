"""Review fixes of the session-11 lexicon round, roots 01-09 (review items 20 and 22).

A worry voiced ("said it was concerned about ...", "alarmed over ...") is a pessimistic comment (012) only
when its speaker resolves to a country, an international body or a state's or party's actor (pattern key
``political_source``, checked by ``idle_warnings.political``): a pronoun that stands for shopkeepers, a
farmer or a union is no such speaker. The subject of a non-finite clause is read as the object of a verb
of letting only (arguments.yaml ``permission_verbs``: "allowed the monitors to enter"), not of a
causative, a verb of help or of seeing ("made Ukraine accept", "helped Haiti rebuild").
"""

from __future__ import annotations

import pytest

from eventwire.events import syntax

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # official speakers, named or told by a pronoun, still voice the worry (012)
    ("Canada's foreign minister said she was alarmed about the arrest of journalists in Hong Kong.", "012",
     "concerned_about", "CANGOV", "HKGMED"),
    ("The African Union said it was troubled about the delay of the vote in Guinea.", "012",
     "concerned_about", "IGOAFU", "GIN"),
    ("Japan said it was deeply concerned about China's military drills near Taiwan.", "012",
     "concerned_about", "JPN", "CHN"),
]

_NOT = [
    # a pronoun for people who are no state, party or international body voices no political comment
    ("Shopkeepers in Lagos said they were concerned about rising prices.", "012"),
    ("A farmer in Kenya said he was alarmed about the drought.", "012"),
    ("The nurses' union said it was concerned over the Peruvian government's plan to close rural clinics.", "012"),
    ("A Polish dockworkers' union said it was alarmed about the government's plan to sell the port of Gdansk.", "012"),
    ("Parents in Cebu said they were perturbed about the closure of the village school.", "012"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


@pytest.fixture(scope="module")
def root(pipeline):
    def parse(text: str):
        return next(t for t in pipeline.resources.nlp(text) if t.dep_ == "ROOT")
    return parse


@pytest.mark.parametrize("text,subject", [
    ("The junta allowed the monitors to enter the prison.", "monitors"),
    ("Egypt let the aid trucks pass through the crossing.", "trucks"),
])
def test_a_verb_of_letting_reads_its_clause_subject_as_object(root, text, subject):
    assert subject in syntax.object_phrases(root(text), noun=False)


@pytest.mark.parametrize("text,subject", [
    ("Washington made Kyiv accept the terms of the deal.", "kyiv"),
    ("The donors helped Haiti rebuild its schools.", "haiti"),
    ("Villagers watched the soldiers leave the town.", "soldiers"),
])
def test_a_causative_or_a_verb_of_seeing_does_not(root, text, subject):
    assert subject not in syntax.object_phrases(root(text), noun=False)
