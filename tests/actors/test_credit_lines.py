"""The people of a wire story's credit line ("(Reporting by X; Editing by Y)") are no actors."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def texts(pipeline, text: str) -> set[str]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-09-27")]))
    return {m.ref.text for m in cdoc.actors}


@pytest.mark.parametrize("text, people", [
    ("The court may not hear the case before June. (Reporting by Valerie Volcovici; Additional reporting by "
     "Lawrence Hurley; Editing by Will Dunham.)", {"Valerie Volcovici", "Lawrence Hurley", "Will Dunham"}),
    ("Talks resume on Monday.\nReporting by Tom Miles in Geneva; Editing by Alison Williams and Jon Boyle",
     {"Tom Miles", "Alison Williams", "Jon Boyle"}),
])
def test_people_of_a_credit_line_are_no_actors(pipeline, text, people):
    assert not texts(pipeline, text) & people


def test_a_report_written_by_someone_keeps_its_author(pipeline):
    found = texts(pipeline, "A report compiled by Jane Okello, a Kenyan lawmaker, said the vote was rigged.")
    assert "Jane Okello" in found
