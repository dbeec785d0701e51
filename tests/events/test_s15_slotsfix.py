"""Session 15 fix-up of the actor slots (owner "slots"), answering the review's F9 and F10.

* F9: a participle the parser reads as an apposition of the subject ("Japan and South Korea, meeting in Seoul,
  ...") is said of the subject and its conjuncts (``SourceSearch.verb_sources``). The small model parses the
  sentence below with 'meeting' as an apposition of the first name; the test checks that parse first, so a new
  model that reads it otherwise says so instead of passing by chance.
* F10: an office of no country after a dateline is the dateline place's office only when that dateline opens the
  article and names an agency in brackets (``SourceSearch._agency_dateline_opens``); a dateline further down the
  text tells where that part was filed, not whose office acts.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from .coded_rows import Row, event_rows, pairs

PUB = "2016-05-04"

APPOSED_PARTICIPLE = "Japan and South Korea, meeting in Seoul, pledged to cooperate on missile warnings."
OFFICE_TEXT = ("The Federal Minister for Water Resources held talks with the visiting Energy Minister of Tajikistan "
               "on a power line project.")


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def test_a_participle_in_apposition_to_the_subject_is_said_of_it(pipeline) -> None:
    doc = pipeline.resources.nlp(APPOSED_PARTICIPLE)
    meeting = next(t for t in doc if t.text == "meeting")
    assert (meeting.dep_, meeting.tag_, meeting.head.text) == ("appos", "VBG", "Japan")
    assert {("JPN", "KOR"), ("KOR", "JPN")} <= pairs(coded(pipeline, APPOSED_PARTICIPLE), "04")


def test_an_office_after_the_articles_agency_dateline_is_of_its_country(pipeline) -> None:
    rows = coded(pipeline, "Power line talks open\n\nISLAMABAD, May 4 (APP): " + OFFICE_TEXT)
    assert ("PAKGOV", "TJKGOV") in pairs(rows, "04")


def test_a_dateline_inside_the_text_gives_no_office_its_country(pipeline) -> None:
    rows = coded(pipeline, "The delegation arrived on Monday. ISLAMABAD, May 4 (APP): " + OFFICE_TEXT)
    assert not any(s and s.startswith("PAK") for s, _ in pairs(rows, "04"))
