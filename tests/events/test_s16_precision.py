"""Session 16, owner precision: acts a sentence tells without making them its news (events/earlier_acts.py
``_undated_past`` and ``counted_occasion``, participial_acts.py ``justifies_uncoded_act``); review fixes F4 (a
counted occasion told nowhere else is coded) and F14 (the typed kind of a drop). Every text is our own.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.events import background
from eventwire.events.background import drop_adjuncts
from eventwire.events.fired import Fired, TriggerTrace


@pytest.mark.parametrize("text, trigger", [
    ("Peru's foreign minister has in the past accused La Paz of sheltering smugglers on the border.", "accused"),
])
def test_an_act_set_in_an_undated_past_is_background(pipeline, text, trigger):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)


def test_a_span_up_to_the_news_is_no_undated_past(pipeline):
    # ("in the past two weeks" counts days up to the news: the act stays)
    events = pipeline.code_text("Ghana has deported 400 Nigerian traders in the past two weeks, officials in Accra "
                                "told reporters.", published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "deported"] == ["17"]


@pytest.mark.parametrize("text, trigger, sentence, root", [
    # (an earlier sentence codes the act: the clause measures it against a record)
    ("Peru's president imposed emergency rule on the southern mining regions on Friday. It was the fourth time "
     "this year that the president has imposed emergency rule there.", "imposed", 1, "17"),
    ("The Japanese prime minister arrived in Havana on Sunday. It is the first time a serving Japanese prime "
     "minister has visited Cuba.", "visited", 1, "04"),
    # (the main clause of the same sentence codes it)
    ("Canada imposed sanctions on two Nicaraguan judges on Monday, the first time Ottawa has sanctioned a serving "
     "official of Managua.", "sanctioned", 0, "16"),
])
def test_an_act_counted_as_the_nth_time_restates_the_news(pipeline, text, trigger, sentence, root):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert [e.root for e in events] == [root]
    assert not any(e.evidence.trigger == trigger and e.sentence == sentence for e in events)


@pytest.mark.parametrize("text, trigger", [
    ("It is the fourth time this year that Peru's president has imposed emergency rule on the mining regions of "
     "the south.", "imposed"),
    ("The decision marks the first time since 2015 that Canada has imposed sanctions on a serving Nicaraguan "
     "official.", "imposed"),
    ("It is the first time a serving Japanese prime minister has visited Cuba.", "visited"),
    ("This was the second time in a week that Greek police have arrested Turkish fishermen near Lesbos.",
     "arrested"),
    ("The move marks the third time since June that Israeli jets have bombed a Syrian airbase.", "bombed"),
])
def test_an_nth_time_clause_pointing_back_to_told_news_restates_it(pipeline, text, trigger):
    """Review F4, the lead's decision: a subject that points back to news already told (a pronoun, or a definite
    noun of a decision or act) makes the clause a restatement even when it is the only telling in the text."""
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)


@pytest.mark.parametrize("text, trigger, root, dyad", [
    ("Friday was the fourth time this year that Peru's president has imposed emergency rule on the mining regions "
     "of the south.", "imposed", "17", ("PERGOV", "PER")),
    ("Monday marked the first time since 2015 that Canada has imposed sanctions on a serving Nicaraguan official.",
     "imposed", "16", ("CAN", "NICGOV")),
])
def test_an_act_told_only_in_an_nth_time_clause_with_another_subject_is_coded(pipeline, text, trigger, root, dyad):
    """Review F4: with a subject that points back to nothing told, the clause that is the only telling of the act
    is its news."""
    events = pipeline.code_text(text, published="2022-09-14").events
    assert [(e.root, e.source.code, e.target.code) for e in events if e.evidence.trigger == trigger] == [
        (root, *dyad)]


def test_an_act_done_for_the_first_time_is_still_coded(pipeline):
    # ("for the first time" dates the act itself: it is the news)
    events = pipeline.code_text("Kenya expelled two Somali diplomats for the first time on Tuesday.",
                                published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "expelled"] == ["16"]


def test_an_accusation_beside_an_uncoded_act_is_its_justification(pipeline):
    events = pipeline.code_text("Hungary activated an emergency mechanism at its southern border on Friday, "
                                "accusing Serbia of letting smugglers through.", published="2022-09-14").events
    assert not any(e.evidence.trigger == "accusing" for e in events)


@pytest.mark.parametrize("text", [
    "Rwanda's president went further on Friday, accusing Kinshasa of arming the militias in the east.",
    "The Malian junta said on Thursday, accusing Paris of arming the rebels in the north.",
])
def test_an_accusation_after_a_verb_with_no_object_or_of_saying_stays(pipeline, text):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "accusing"] == ["11"]


@pytest.mark.parametrize("text, trigger", [
    ("Bolivian senators voted on Monday to ask the head of state to expel the German ambassador.", "expel"),
    ("Several Greek deputies asked the prime minister to recall the ambassador from Ankara.", "recall"),
])
def test_an_act_someone_is_asked_to_do_is_not_done(pipeline, text, trigger):
    # (modality._asked_of: a verb of asking with its addressee, whether or not the asking is coded)
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)


# ---------------------------------------------------------------- round 2: 'after' clauses, modality, restatements
def _kept(events, trigger):
    return [e for e in events if e.evidence.trigger == trigger and e.modality != "negated"]


@pytest.mark.parametrize("text, trigger", [
    ("That's after Poland closed two border crossings to Belarusian lorries in the spring.", "closed"),
    ("This comes after Lithuania expelled a Russian diplomat over spying.", "expelled"),
    ("Peru recalled its envoy from Quito on Monday. The recall came weeks after Ecuadorian police arrested a "
     "Peruvian consul in Guayaquil.", "arrested"),
])
def test_an_after_clause_dating_news_already_told_is_background(pipeline, text, trigger):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not _kept(events, trigger)


def test_an_after_clause_dating_the_lead_noun_stays_the_news(pipeline):
    # (in the lead, "The move came days after X condemned Y" may tell the condemnation as the news)
    events = pipeline.code_text("The move came two days after Chile condemned Venezuela for the arrests of "
                                "opposition mayors.", published="2022-09-14").events
    assert [e.root for e in _kept(events, "condemned")] == ["11"]


def test_a_past_verb_the_parser_joins_out_of_an_after_clause_is_background(pipeline):
    events = pipeline.code_text("Sweden has suspended its funding to Sudan after the military seized power and "
                                "detained Prime Minister Hamdok.", published="2022-09-14").events
    assert not _kept(events, "detained")
    assert _kept(events, "suspended")


@pytest.mark.parametrize("text, trigger", [
    ("There is no sign that Beijing is preparing an invasion of Taiwan, officials in Taipei have said.", "invasion"),
])
def test_an_act_of_which_there_is_no_sign_is_not_told(pipeline, text, trigger):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not _kept(events, trigger)


@pytest.mark.parametrize("text", [
    "Russia and China vetoed a draft resolution demanding a ceasefire in Aleppo.",
    "The Security Council failed to pass a resolution demanding a halt to the fighting in Myanmar.",
])
def test_the_demand_of_a_text_not_adopted_is_no_demand(pipeline, text):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not _kept(events, "demanding")


def test_the_demand_of_an_adopted_text_stays(pipeline):
    events = pipeline.code_text("The Security Council adopted a resolution demanding a halt to the fighting in "
                                "Myanmar.", published="2022-09-14").events
    assert [e.root for e in _kept(events, "demanding")] == ["10"]


def test_a_protest_planned_for_later_is_not_yet_held(pipeline):
    events = pipeline.code_text("Strikes by opposition unions are planned across Kenya next week.",
                                published="2022-09-14").events
    assert not [e for e in events if e.root == "14" and e.modality in ("asserted", "future")]


def test_a_signed_pact_retold_in_apposition_is_one_act(pipeline):
    events = pipeline.code_text("Samoa's prime minister has signed a policing agreement with New Zealand, her "
                                "third security accord with Wellington in five years.", published="2022-09-14").events
    signed = [e for e in events if e.root == "05"]
    assert len(signed) == 2, [(e.evidence.trigger, e.source.code, e.target and e.target.code) for e in signed]


def test_support_said_beside_a_coded_welcome_is_the_same_statement(pipeline):
    events = pipeline.code_text("Qatar's foreign ministry has welcomed the Libyan army's withdrawal, saying it "
                                "supports the unity of the Libyan state.", published="2022-09-14").events
    assert [e.evidence.trigger for e in events if e.root == "05"] == ["welcomed"]


def test_a_saved_reading_keeps_the_kind_of_its_drop():
    """Review F14: the kind of a drop is a typed field of the trigger, saved and put back with the reading."""
    winner = SimpleNamespace(name="winner")
    f = Fired(attempt=winner, token=None, trace=TriggerTrace(token=None, attempts=[winner], chosen=winner))
    f.dropped, f.drop_kind = "the reason of an act", "justification"
    saved = f.reading()
    f.dropped, f.drop_kind = "", ""
    f.restore(saved)
    assert (f.dropped, f.drop_kind) == ("the reason of an act", "justification")


def test_the_doer_of_a_dropped_justification_is_kept_by_its_kind_not_its_wording(pipeline, monkeypatch):
    """Review F14: the coder keeps the doer of an accusation dropped as the reason of an uncoded act among the
    prior acts a later reaction answers, by the drop's kind: reworded reasons keep it."""
    marked = []

    def reworded(fired, *args, **kwargs):
        drop_adjuncts(fired, *args, **kwargs)
        for f in fired.values():
            if f.drop_kind == "justification":
                f.dropped = "reason of an act"
                marked.append(f.token.text)

    monkeypatch.setattr(background, "drop_adjuncts", reworded)
    events = pipeline.code_text("Hungary activated an emergency mechanism at its border on Friday, accusing Serbia "
                                "of letting smugglers through. Belgrade warned of a harsh response.",
                                published="2022-09-14").events
    assert marked == ["accusing"]
    assert [(e.root, e.source.code, e.target.code) for e in events] == [("13", "SRBGOV", "HUN")]
