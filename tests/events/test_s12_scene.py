"""Session 12 real-news recall (owner "scene"): statements that are the event.

1. An appeal or a demand told in reported speech whose deed is no act of the verb lexicon: "X said Y should
   <do something>" is X appealing to Y (020), "must" a demand (100), to each named addressee
   (events/reported_appeals.py); the saying's comment (010) to the one told gives way to it. No appeal of
   one's own side, of "we"/"you", of a passive subject, of what should have been done, or under a condition.
2. Two sides accusing each other through a distributive subject ("each", "each side", "both sides") take the
   sides named before it in the sentence: "A and B agreed to a truce, but each accused the other of breaking it"
   is 112 both ways (events/reciprocals.py, arguments.py).
3. A stance or judgement of a definite act noun with no owner ("said it was firmly opposed to the launch") is
   aimed at the one the same speaker asks in the sentence to stop or refrain ("... and warned Y to refrain from
   further tests"; judged_acts.asked_to_stop, evaluations.yaml judged_acts.stopping); one asked to do anything
   else is no doer.
4. A person named as "the one who started" a quarrel or a hostile act is blamed (112; evaluations.yaml blame
   starters/quarrels, evaluative_words.culprit_at); the one who started a company is not.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2024-05-14"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- 1. appeals told in reported speech
@pytest.mark.parametrize("text, code, source, target", [
    ("Senegal's opposition leader said the government should spend more on rural clinics.", "020", "SEN", "SENGOV"),
    ("The German foreign minister said Turkey must respect the rule of law.", "100", "DEUGOV", "TUR"),
    ('"The government should listen to the cocoa farmers," the Ghanaian opposition leader said on Monday.',
     "020", "GHAOPP", "GHAGOV"),
])
def test_an_obligation_of_another_actor_told_is_an_appeal(pipeline, text, code, source, target):
    rows = coded(pipeline, text)
    assert any(r[0] == code and (r[1] or "").startswith(source) and (r[2] or "").startswith(target)
               for r in rows), rows


def test_each_named_addressee_is_appealed_to(pipeline):
    rows = coded(pipeline, "A retired party elder says President Biden and the Senate should soon settle on "
                           "a plan for the border.")
    targets = {r[2] for r in rows if r[0] == "020"}
    assert {"USAGOV", "USALEG"} <= targets, rows


def test_a_that_clause_hung_on_the_listeners_clause_is_the_tellers(pipeline):
    # the parser hangs the 'that' clause on "filled", not on "told"
    rows = coded(pipeline, "The head of the nurses' union told hundreds of nurses who filled the square that "
                           "the Kenyan parliament should put more money into public hospitals.")
    assert any(r[0] == "020" and (r[2] or "").startswith("KENLEG") for r in rows), rows
    assert not any(r[0] == "010" for r in rows), rows


@pytest.mark.parametrize("text", [
    "The German foreign minister said Turkey should have acted sooner.",        # a reproach, not an appeal
    "Putin said Russia must respond to the new missiles.",                       # his own side
    "The German foreign minister said sanctions should be lifted soon.",        # no one asked
    "The German foreign minister said we should all remain calm.",
    "Merkel said that if the talks fail, Turkey should hold new elections.",     # a condition
    "Analysts said the central bank should cut rates next month.",              # no political speaker
    "Merkel did not say whether Turkey should hold new elections.",
])
def test_no_appeal_without_another_actor_asked_to_act(pipeline, text):
    rows = coded(pipeline, text)
    assert not any(r[0][:2] in ("02", "10") for r in rows), rows


# ---------------------------------------------------------------- 2. each side accusing the other
@pytest.mark.parametrize("text, sides", [
    ("Sudan and South Sudan signed a border accord on Monday, but within a week each accused the other of "
     "moving troops into the disputed zone.", {"SDN", "SSD"}),
    ("Shelling resumed between Ethiopian and Eritrean forces overnight, with each side blaming the other for "
     "the first shot.", {"ETH", "ERI"}),
])
def test_each_side_accusing_the_other_names_the_sides_told_before(pipeline, text, sides):
    rows = coded(pipeline, text)
    pairs = {((r[1] or "")[:3], (r[2] or "")[:3]) for r in rows if r[0].startswith("112")}
    a, b = sorted(sides)
    assert {(a, b), (b, a)} <= pairs, rows


def test_each_with_no_two_sides_named_accuses_no_one(pipeline):
    rows = coded(pipeline, "The two men met in a cafe in Nairobi, and each later accused the other of lying.")
    assert not any(r[0].startswith("112") for r in rows), rows


# ---------------------------------------------------------------- 3. the one asked to stop did the act judged
@pytest.mark.parametrize("text, source, target", [
    ("Japan said it was firmly opposed to the launch and warned Pyongyang to refrain from any further tests.",
     "JPN", "PRK"),
    ("Germany said it was strongly opposed to the shelling and called on Russia to halt it at once.", "DEU", "RUS"),
])
def test_a_judged_act_is_the_one_asked_to_stop(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert any(r[0].startswith("11") and (r[1] or "")[:3] == source and (r[2] or "")[:3] == target
               for r in rows), rows


def test_one_asked_to_do_something_else_did_not_do_the_act(pipeline):
    rows = coded(pipeline, "Kenya said it was strongly opposed to the bombing and urged Somalia to protect the "
                           "aid workers.")
    assert not any(r[0].startswith("11") and (r[2] or "").startswith("SOM") for r in rows), rows


# ---------------------------------------------------------------- 4. the one who started it
@pytest.mark.parametrize("text, source, target", [
    ("The Serbian president said Kosovo's prime minister was the one who provoked the clashes in the north.",
     "SRB", "KSV"),
    ("Venezuela's foreign minister insisted that Guyana was the one that started the border dispute.", "VEN", "GUY"),
])
def test_the_one_who_started_a_quarrel_is_blamed(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert any(r[0] == "112" and (r[1] or "")[:3] == source and (r[2] or "")[:3] == target for r in rows), rows


def test_the_one_who_started_a_company_is_not_blamed(pipeline):
    rows = coded(pipeline, "The Kenyan minister said the president's son was the one who started the company.")
    assert not any(r[0].startswith("11") for r in rows), rows
