"""Session 16, owner "slots": the sides of coordinated and paired actors.

* A plural subject that points back to both sides of a meeting told just before it ("... hosted Hassan in
  Nairobi, where they signed a deal", "where the pair signed", "during which they signed", "had a call with X and
  that they had agreed to meet") stands for the subject and the partner of that meeting when the actor stage leaves
  it unresolved (``events/meeting_parties.py``, read by ``PhraseActors._meeting_sides``).
* Two conjoined names as the subject of a de-escalating act with no other party ("Peru and Chile completed the
  disengagement") act toward each other, as "both countries" already did (``dyads._one_group``).
* A coordinated verb borrows only the targets the first act's own pairs kept (``shared_roles.share_targets``):
  "met on the margins of the summit and agreed to ..." agrees nothing with the summit's owner.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

from .coded_rows import Row, country_pairs, event_rows

PUB = "2024-05-02"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def test_they_after_a_hosted_visit_are_host_and_guest(pipeline) -> None:
    text = ("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi, "
            "where they signed a deal on a new pipeline.")
    assert {("KEN", "TZA"), ("TZA", "KEN")} <= country_pairs(coded(pipeline, text), "05")


def test_they_after_a_guest_hosted_in_a_capital_are_host_and_guest(pipeline) -> None:
    # the parser hangs the place on the guest, not on the verb of hosting
    text = ("The Georgian president has hosted his Armenian counterpart in Tbilisi, where they signed accords on "
            "energy and a new highway.")
    assert {("GEO", "ARM"), ("ARM", "GEO")} <= country_pairs(coded(pipeline, text), "05")


def test_the_pair_after_a_meeting_are_both_leaders(pipeline) -> None:
    text = "Macron met Scholz in Berlin on Tuesday, where the pair signed a defence pact."
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= country_pairs(coded(pipeline, text), "05")


def test_they_during_talks_are_both_sides_of_the_talks(pipeline) -> None:
    text = "Macron held talks with Scholz in Berlin, during which they signed a defence pact."
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= country_pairs(coded(pipeline, text), "05")


def test_they_after_a_phone_call_are_both_callers(pipeline) -> None:
    text = "Erdogan said he had held a phone call with Putin and that they had agreed to meet in Ankara."
    assert {("TUR", "RUS"), ("RUS", "TUR")} <= country_pairs(coded(pipeline, text), "03")


def test_they_after_an_arrest_are_not_police_and_prisoners(pipeline) -> None:
    # guard: an arrest is no meeting, so 'they' gives no pair of the police and those it held
    text = "Police arrested dozens of protesters in Nairobi, where they had blocked roads for hours."
    rows = coded(pipeline, text)
    assert all(not (s or "").startswith("KENCVL") or t != "KENCOP" for _, s, t, _, _ in rows)


def test_two_conjoined_countries_disengage_from_each_other(pipeline) -> None:
    text = "Peru and Chile have completed disengagement along their disputed frontier, officials said."
    assert {("PER", "CHL"), ("CHL", "PER")} <= country_pairs(coded(pipeline, text), "08")


def test_an_agreement_after_talks_at_a_summit_is_between_the_two_leaders(pipeline) -> None:
    text = ("Macron and Scholz held talks on the margins of the NATO summit in Vilnius and agreed to resume "
            "their joint fighter project.")
    rows = coded(pipeline, text)
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= country_pairs(rows, "03")
    assert not {t for s, t in country_pairs(rows, "03")} & {"IGO"}
