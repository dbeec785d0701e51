"""The shipped people files: dated office holders found by title, surnames kept ambiguous where shared."""

from __future__ import annotations

import re
from datetime import date

import pytest

D = date.fromisoformat


@pytest.mark.parametrize("country, title, when, name", [
    ("CHE", "president", "2006-05-01", "Moritz Leuenberger"),        # one-year presidencies of the Confederation
    ("CHE", "president", "2024-05-01", "Viola Amherd"),
    ("ISR", "defence minister", "2015-01-01", "Moshe Ya'alon"),      # not Israel Katz (defence only from 2024-11-07)
    ("ISR", "foreign minister", "2023-06-01", "Eli Cohen"),
    ("ZAF", "president", "2005-01-01", "Thabo Mbeki"),               # split 'Deputy President / President (from ...)'
    ("ZAF", "deputy president", "2016-01-01", "Cyril Ramaphosa"),
    ("ZAF", "defence minister", "2015-01-01", "Nosiviwe Mapisa-Nqakula"),
    ("BRA", "defence minister", "2020-01-01", "Fernando Azevedo e Silva"),
    ("MEX", "defence secretary", "2015-01-01", "Salvador Cienfuegos"),
    ("KGZ", "prime minister", "2013-01-01", "Zhantoro Satybaldiyev"),
    ("SAU", "crown prince", "2019-01-01", "Mohammed bin Salman"),     # concurrent offices as overlapping roles
    ("SAU", "defence minister", "2019-01-01", "Mohammed bin Salman"),
])
def test_title_holder_at_date(resolver, country, title, when, name):
    held = resolver.dictionary.holder(country, title, D(when))
    assert held is not None and held[0].name == name, held


def test_the_last_office_of_a_combined_title_starts_at_its_date(resolver):
    """'A / B (from D)' would make B's title look-up match from the role's start; shipped roles are split."""
    combined = re.compile(r"^[^()]+ / [^/()]+ \(from \d{4}-\d{2}-\d{2}\)$")
    found = []
    for entries in resolver.dictionary.titles.values():
        for entry, role in entries:
            if role.title and combined.match(role.title) and entry.origin.split(":")[0] != "us_politics.yaml":
                found.append((entry.name, role.title))
    assert not found, found[:5]


@pytest.mark.parametrize("text, when, name", [
    ("Dlamini", "2019-06-01", "Ambrose Mandvulo Dlamini"),   # ambiguous surname: the one in office at the date
    ("Dlamini", "2024-06-01", "Russell Dlamini"),
])
def test_ambiguous_surname_takes_the_office_holder(resolver, text, when, name):
    res = resolver.lookup(text, D(when))
    assert res is not None and res.name == name and res.code == "SWZGOV"
