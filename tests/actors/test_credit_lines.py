"""Wire copy: the people of a credit line ("(Reporting by X; Editing by Y)") and a dateline ("MOSCOW (Reuters) -")
are no actors."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def texts(pipeline, text: str) -> set[str]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-09-27")]))
    return {m.ref.text for m in cdoc.actors}


@pytest.mark.parametrize("text, people", [
    ("The court may not hear the case before June. (Reporting by Anna Kerr; Additional reporting by "
     "Paul Grady; Editing by Ruth Moss.)", {"Anna Kerr", "Paul Grady", "Ruth Moss"}),
    ("Talks resume on Monday.\nReporting by Sara Lind in Geneva; Editing by Mark Hale and Joan Ruiz",
     {"Sara Lind", "Mark Hale", "Joan Ruiz"}),
])
def test_people_of_a_credit_line_are_no_actors(pipeline, text, people):
    assert not texts(pipeline, text) & people


def test_a_report_written_by_someone_keeps_its_author(pipeline):
    found = texts(pipeline, "A report compiled by Jane Okello, a Kenyan lawmaker, said the vote was rigged.")
    assert "Jane Okello" in found


@pytest.mark.parametrize("text, dateline, actor", [
    ("MOSCOW (Reuters) - Russia's foreign ministry said on Monday it would expel British diplomats.", "MOSCOW",
     "Russia's foreign ministry"),
    ("WASHINGTON - The Senate passed the bill on Friday.", "WASHINGTON", "Senate"),
    ("Talks between the two sides ended on Sunday without a deal.\nBEIJING, March 3 (Reuters) - China urged calm "
     "on Monday.", "BEIJING", "China"),
])
def test_a_dateline_is_no_actor(pipeline, text, dateline, actor):
    found = texts(pipeline, text)
    assert actor in found and not any(dateline in t or "Reuters" in t for t in found)


def test_a_dateline_is_no_antecedent(pipeline):
    cdoc = next(pipeline.code_documents([Article(
        id="t", text="MOSCOW (Reuters) - Russia's foreign ministry said on Monday it would expel British diplomats.",
        published="2018-03-01")]))
    it = next(m for m in cdoc.actors if m.ref.text == "it")
    assert it.ref.code == "RUSGOV" and "foreign ministry" in it.why


def test_an_organisation_before_a_dash_is_no_dateline(pipeline):
    assert "NATO" in texts(pipeline, "NATO - the alliance of 29 countries - met in Brussels.")
