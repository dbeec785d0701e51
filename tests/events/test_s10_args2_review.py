"""Review findings on the argument forms of session 10 (issue 3), with sentences written for these tests:

- a counted phrase meets a pattern's word lists by what it counts, never by its number word ("thousands of
  fans" is no 'thousand');
- force used in a drill or training guesses no crowd (``drills`` in data/cameo/arguments.yaml);
- the words of a claim ("claimed responsibility for") are validated classes of data/cameo/arguments.yaml.
"""

from __future__ import annotations

import pytest

from eventwire.dictionaries.verb_lexicon import Pattern
from eventwire.events import syntax
from eventwire.events.argument_words import argument_words

from .coded_rows import event_rows, pattern_fits

PUB = "2022-04-01"


_COUNTED_SUBJECT = Pattern(id="t_gather", code="141", rule="t.yaml#t_gather", line=None, verbs=("gather", "surround"),
                           subjects=("thousand", "hundred", "dozen", "worker"), target="none")
_COUNTED_OBJECT = Pattern(id="t_free", code="0841", rule="t.yaml#t_free", line=None, verbs=("free", "release"),
                          objects=("dozen", "hundred", "thousand", "detainee"))


@pytest.mark.parametrize("text, verb, fits", [
    ("Thousands of cricket supporters gathered outside the stadium in Lahore.", "gathered", False),
    ("Hundreds of pilgrims surrounded the shrine at dawn.", "surrounded", False),
    ("Dozens of dock workers gathered at the gates of the port.", "gathered", True),
])
def test_a_number_word_in_a_subject_never_meets_a_word_list(pipeline, text, verb, fits):
    assert pattern_fits(pipeline, _COUNTED_SUBJECT, text, verb) is fits


@pytest.mark.parametrize("text, verb, fits", [
    ("The junta freed hundreds of students after the exams.", "freed", False),
    ("Guards released dozens of cattle from the pen.", "released", False),
    ("The authorities released thousands of detainees on Sunday.", "released", True),
])
def test_a_number_word_in_an_object_never_meets_a_word_list(pipeline, text, verb, fits):
    assert pattern_fits(pipeline, _COUNTED_OBJECT, text, verb) is fits


def test_counted_keeps_a_measure_and_what_it_measures(pipeline):
    doc = pipeline.resources.nlp("The ship carried a convoy of trucks and thousands of refugees.")
    heads = {t.text for t in doc if t.text in ("convoy", "thousands") for t in syntax.counted(t)}
    assert heads == {"convoy", "trucks", "refugees"}


@pytest.mark.parametrize("text", [
    "Police used tear gas in a training exercise near Marseille.",
    "During a riot drill in Porto, Portuguese officers fired rubber bullets and tear gas.",
    "Indonesian police fired water cannon on Tuesday as part of a crowd control simulation in Surabaya.",
    "Troops in Accra fired tear gas during manoeuvres at a barracks.",
])
def test_force_in_a_drill_guesses_no_crowd(pipeline, text):
    rows = event_rows(pipeline, text, PUB)
    assert not [r for r in rows if r[0].startswith("175")], rows


@pytest.mark.parametrize("text, target", [
    ("Police in Porto fired tear gas on Tuesday night.", "PRTCVL"),
    ("Indonesian riot police fired water cannon in Surabaya on Friday.", "IDNCVL"),
])
def test_force_told_without_a_drill_still_guesses_the_crowd(pipeline, text, target):
    rows = event_rows(pipeline, text, PUB)
    assert target in {r[2] for r in rows if r[0].startswith("175")}, rows


def test_claim_words_are_classes_of_the_arguments_file():
    words = argument_words()
    assert {"responsibility", "credit"} <= words.claimed
    assert {"claim", "take", "accept"} <= words.claiming


@pytest.mark.parametrize("text, code", [
    ("Saudi warplanes bombed a depot near Saada and killed nine Houthi fighters.", "19"),
    ("Pakistani helicopter gunships struck hideouts in North Waziristan on Monday and killed 14 militants.", "19"),
])
def test_a_coordinated_kill_of_any_root_is_the_toll_of_the_strike(pipeline, text, code):
    rows = [r for r in event_rows(pipeline, text, PUB) if r[0].startswith(code)]
    assert len(rows) == 1, rows


def test_a_kill_after_a_raid_on_no_actor_still_codes_the_killing(pipeline):
    rows = event_rows(pipeline, "Malian troops raided a forest camp near Mopti and killed eight jihadists.", PUB)
    assert [r for r in rows if r[0].startswith("19") and r[2] and r[2].endswith("REB")], rows


@pytest.mark.parametrize("text", [
    "Angry Congolese residents surrounded the office of the police chief in Goma.",
    "Hundreds of Peruvian villagers besieged the police station in Puno after the arrests.",
])
def test_forces_named_in_the_object_do_not_discard_a_crowd_surrounding_it(pipeline, text):
    rows = event_rows(pipeline, text, PUB)
    assert [r for r in rows if r[0].startswith("14")], rows


@pytest.mark.parametrize("text", [
    "Ghanaian soldiers surrounded the parliament in Accra on Tuesday.",
    "Riot police encircled the opposition headquarters in Harare.",
])
def test_forces_surrounding_a_building_are_still_no_demonstration(pipeline, text):
    rows = event_rows(pipeline, text, PUB)
    assert not [r for r in rows if r[0].startswith("14")], rows


def test_a_discard_rule_names_only_subject_as_where_its_context_is(tmp_path):
    from eventwire.dictionaries.verb_lexicon import load_discard_file
    from eventwire.errors import DictionaryError
    path = tmp_path / "discards.yaml"
    rule = "discards:\n  - id: r\n    lemmas: [surround]\n    context: [troops]\n    context_in: {}\n"
    path.write_text(rule.format("subject"))
    assert load_discard_file(path)[0].context_in == "subject"
    path.write_text(rule.format("verb"))     # (subject and object are the places a rule may name)
    with pytest.raises(DictionaryError) as err:
        load_discard_file(path)
    assert "context_in" in str(err.value) and "discards.yaml" in str(err.value)


@pytest.mark.parametrize("text, code", [
    ("A court in Minsk convicted the Lithuanian blogger of treason and sentenced him to nine years.", "116"),
    ("Judges in Tashkent found the Kyrgyz trader guilty and jailed him for four years.", "116"),
])
def test_coordinated_verbs_of_one_code_and_dyad_code_one_event(pipeline, text, code):
    rows = [r for r in event_rows(pipeline, text, PUB) if r[0] == code]
    assert len(rows) == 1, rows


def test_coordinated_verbs_of_two_codes_stay_two_events(pipeline):
    rows = event_rows(pipeline, "Turkish police arrested two Greek journalists and expelled them.", PUB)
    assert {r[0] for r in rows} >= {"173", "174"}, rows


@pytest.mark.parametrize("text, noun, trip", [
    ("The Chilean minister, on a visit to Quito, signed a trade deal.", "visit", True),
    ("On her tour of the Gulf, the Dutch envoy met oil ministers.", "tour", True),
    ("During talks with Seoul, Japanese officials raised the fishing dispute.", "talks", True),
    ("Reporters asked him on the visit about the dispute.", "visit", False),
    ("The minister spoke on a trade deal with Quito.", "deal", False),
])
def test_one_rule_tells_a_trip_one_is_on(pipeline, text, noun, trip):
    from eventwire.events import trips
    doc = pipeline.resources.nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert (trips.trip_phrase(tok) is not None) is trip


def test_every_fallback_flag_of_the_targets_file_is_read():
    from eventwire.events.target_policy import TargetPolicy
    policy = TargetPolicy.load()
    assert policy.crowd_target("175") and policy.place_target("19") and not policy.crowd_target("19")


@pytest.mark.parametrize("text, target", [
    ("Zambian riot police fired tear gas to disperse opposition supporters in Lusaka.", "ZMBOPP"),
    ("Police in Chittagong fired rubber bullets to push back striking dock workers.", "BGDLAB"),
])
def test_the_object_of_a_purpose_clause_is_the_target_of_the_force(pipeline, text, target):
    rows = event_rows(pipeline, text, PUB)
    assert target in {r[2] for r in rows if r[0].startswith("175")}, rows


_GIVE_TIME = Pattern(id="t_give_time", code="1053", rule="t.yaml#t_give_time", line=None, verbs=("give",),
                     complement=("to",))


@pytest.mark.parametrize("text, fits", [
    ("Chad gave the Sudanese consul 72 hours to quit N'Djamena.", True),
    ("The junta gave the French broadcaster two weeks to close its office.", True),
    ("The central bank gave the lender a month to repay the loan.", True),
    ("Norway gave Ukraine more air defence systems.", False),
    ("The ministry gave the charity a grant on Monday.", False),
])
def test_the_infinitive_of_a_time_span_given_is_the_verbs_complement(pipeline, text, fits):
    assert pattern_fits(pipeline, _GIVE_TIME, text, "gave") is fits


def test_a_purpose_object_read_as_the_doers_gives_way_to_the_crowd(pipeline):
    rows = event_rows(pipeline, "Striking miners blocked a rail line near Potosi on Monday. Bolivian police fired tear "
                                "gas to clear them from the tracks.", PUB)
    assert [r for r in rows if r[0] == "175" and r[1] == "BOLCOP" and r[2] not in (None, "BOLCOP")], rows
