"""Session 16, owner "slots": the sides of coordinated and paired actors.

* A plural subject that points back to both sides of a meeting told just before it ("... hosted Hassan in
  Nairobi, where they signed a deal", "where the pair signed", "during which they signed", "had a call with X and
  that they had agreed to meet") stands for the subject and the partner of that meeting when the actor stage leaves
  it unresolved (``events/meeting_parties.py``, read by ``PhraseActors._meeting_sides``).
* Two conjoined names as the subject of a disengagement with no other party ("Peru and Chile completed the
  disengagement") act toward each other (since the lead's 6a28351 by the symmetric pattern
  08.yaml#complete_disengagement; ``dyads._one_group`` pairs only the members of one plural, "both countries").
* A coordinated verb borrows only the targets the first act's own pairs kept (``shared_roles.share_targets``):
  "met on the margins of the summit and agreed to ..." agrees nothing with the summit's owner.
* Round 2: a name the parser splits ("Anwar Ibrahim and Srettha Thavisin": the second on the first one's surname,
  ``coordination.conjuncts_in_name``); "joined X in condemning Y" (both condemn Y, ``coordination.joined_in_act``);
  the owner of the whole what a penalty falls on is in ("sanctions on ships in Iran's fleet", ``object_owners``).

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
    assert not [r for r in rows if {r[1], r[2]} == {"KENCVL", "KENCOP"} and r[0][:3] != "173"], rows
    assert not country_pairs(rows, "04"), rows


def test_two_conjoined_countries_disengage_from_each_other(pipeline) -> None:
    text = "Peru and Chile have completed disengagement along their disputed frontier, officials said."
    assert {("PER", "CHL"), ("CHL", "PER")} <= country_pairs(coded(pipeline, text), "08")


def test_an_agreement_after_talks_at_a_summit_is_between_the_two_leaders(pipeline) -> None:
    text = ("Macron and Scholz held talks on the margins of the NATO summit in Vilnius and agreed to resume "
            "their joint fighter project.")
    rows = coded(pipeline, text)
    assert {("FRA", "DEU"), ("DEU", "FRA")} <= country_pairs(rows, "03")
    assert not {t for s, t in country_pairs(rows, "03")} & {"IGO"}


# round 2: a name the parser splits, a joined act, the owner of what a penalty falls on

def test_a_leader_pair_whose_first_name_the_parser_splits_holds_talks_both_ways(pipeline) -> None:
    # the parser reads "Ibrahim" as an object of "Anwar" and hangs the second leader on it
    text = "Anwar Ibrahim and Srettha Thavisin held talks in Bangkok on Monday."
    assert {("MYS", "THA"), ("THA", "MYS")} <= country_pairs(coded(pipeline, text), "04")


def test_a_leader_pair_whose_first_name_the_parser_splits_agrees_both_ways(pipeline) -> None:
    text = "Anwar Ibrahim and Srettha Thavisin agreed to boost border trade."
    assert {("MYS", "THA"), ("THA", "MYS")} <= country_pairs(coded(pipeline, text), "03")


def test_joining_a_country_in_condemning_makes_both_condemners(pipeline) -> None:
    text = "Britain joined France in condemning Russia's attack on Kyiv."
    assert {("GBR", "RUS"), ("FRA", "RUS")} <= country_pairs(coded(pipeline, text), "11")


def test_the_joined_country_is_no_target_of_the_joint_criticism(pipeline) -> None:
    text = "Japan joined the United States in criticizing China."
    pairs = country_pairs(coded(pipeline, text), "11")
    assert {("JPN", "CHN"), ("USA", "CHN")} <= pairs
    assert ("JPN", "USA") not in pairs


def test_urging_a_leader_to_act_keeps_the_leader_as_target(pipeline) -> None:
    # guard: the object of a verb of urging is its target, not a second source
    text = "Biden urged Netanyahu to accept a ceasefire."
    assert country_pairs(coded(pipeline, text), "02") == {("USA", "ISR")}


def test_sanctions_on_ships_in_a_country_fleet_target_that_country(pipeline) -> None:
    text = "Washington imposed sanctions on ships in Iran's shadow fleet."
    assert ("USA", "IRN") in country_pairs(coded(pipeline, text), "16")


def test_sanctions_on_firms_in_a_country_industry_target_that_country(pipeline) -> None:
    text = "Britain placed sanctions on companies in China's drone industry."
    assert ("GBR", "CHN") in country_pairs(coded(pipeline, text), "16")


def test_the_source_search_is_split_by_job() -> None:
    # review (s16): sources.py (456 lines) split into verb sources, noun sources and agents, each one job
    from pathlib import Path

    from eventwire.events import agent_sources, noun_sources, sources

    assert issubclass(sources.SourceSearch, noun_sources.NounSourceSearch)
    assert issubclass(noun_sources.NounSourceSearch, agent_sources.AgentSearch)
    assert {"noun_sources", "_claimant", "_traveller", "_trip_taker"} <= set(vars(noun_sources.NounSourceSearch))
    assert {"owner_or_by_agent", "security_forces", "actors_of_clause"} <= set(vars(agent_sources.AgentSearch))
    assert sources.CLAIMANT_MARK == noun_sources.CLAIMANT_MARK
    for module in (sources, noun_sources, agent_sources):
        assert len(Path(module.__file__).read_text().splitlines()) <= 450
