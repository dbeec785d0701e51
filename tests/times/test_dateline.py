"""Wire datelines and date lines at the top of an article."""

from __future__ import annotations

from datetime import date

from eventwire.times.dateline import find_date_line, find_dateline


def test_reuters_style():
    d = find_dateline("MOSCOW (Reuters) - Russia said on Sunday it would respond.")
    assert (d.place, d.place_name, d.outlet, d.published) == ("MOSCOW", "Moscow", "Reuters", None)


def test_dateline_with_region_and_full_date():
    text = "Headline here\nKYIV, Ukraine, March 3, 2022 (AP) -- Shelling continued overnight in the east."
    d = find_dateline(text)
    assert (d.place, d.region, d.outlet, d.published) == ("KYIV", "Ukraine", "AP", date(2022, 3, 3))
    assert text[d.start:d.end] == "KYIV"


def test_multiword_place_without_outlet():
    d = find_dateline("NEW YORK - Shares in New York rose on Monday as investors cheered.")
    assert d.place_name == "New York" and d.outlet is None


def test_not_a_dateline():
    assert find_dateline("Russia: Putin, Trump could meet before July\nThe two leaders spoke.") is None
    assert find_dateline("UPDATE - short") is None


def test_date_line():
    assert find_date_line("GM posts loss\nFebruary 03, 2009\nGeneral Motors said ...") == date(2009, 2, 3)
    assert find_date_line("GM posts loss\nGeneral Motors said on February 3, 2009 ...") is None
