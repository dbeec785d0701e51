"""One act told twice in an article is one event.

Two rules: in the coder, a definite event noun that refers back to an act an earlier sentence coded
(same root, source and target) is not a new event; after the times and places stages, the
restatements stage keeps an act told in several sentences once (events/restatements.py,
data/cameo/restatements.yaml). Every merge and every keep case is a multi-sentence article of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DictionaryError
from eventwire.events.restatements import (RestatementRules, dates_agree, is_definite_event_noun, merge_restatements,
                                           one_word_family)
from eventwire.pipeline import Pipeline
from eventwire.records import ActorRef, Event, Evidence, Location

from .conftest import triples

FIRST = "Thousands of students protested against the government of Serbia in Belgrade on Friday. "


def _by_sentence(events):
    return {(e.sentence, e.root, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events}


def test_definite_noun_restating_an_earlier_act_is_not_a_new_event(pipeline):
    once = pipeline.code_text(FIRST, published="2020-03-03").events
    twice = pipeline.code_text(FIRST + "The students' protest against the government continued into the night.",
                               published="2020-03-03").events
    assert once and {e.sentence for e in once} == {0}
    assert triples(twice) == triples(once)
    assert {e.sentence for e in twice} == {0}
    assert all(e.evidence.trigger == "protested" for e in twice)


def test_a_further_act_with_the_same_dyad_is_still_coded(pipeline):
    events = pipeline.code_text(FIRST + "A second protest by students against the government followed on Sunday.",
                                published="2020-03-03").events
    got = _by_sentence(events)
    first = {(r, s, t) for i, r, s, t in got if i == 0}
    second = {(r, s, t) for i, r, s, t in got if i == 1}
    assert first and first == second


# --- the restatements stage: articles of our own ---------------------------------------------------

@pytest.fixture(scope="module")
def unmerged(pipeline):
    """A pipeline on the same loaded resources with the restatements stage off."""
    other = Pipeline(pipeline.options, resources=pipeline.resources)
    next(s for s in other.stages if s.name == "restatements").enabled = False
    return other


def _code(pipeline, text, published):
    return pipeline.code_text(text, published=published).events


def _told(events, cameo_prefix):
    return [e for e in events if e.cameo.startswith(cameo_prefix)]


def _dyads(events):
    return sorted((e.source.code, e.target.code if e.target else None) for e in events)


MERGES = [
    pytest.param(   # the seed's case: an indefinite lead, a dated retelling, both directions of a call
        "Russian President Vladimir Putin and U.S. President Donald Trump had a long phone conversation "
        "at the weekend, the Kremlin said. The call was their first since the inauguration. Trump and Putin "
        "spoke by phone on Saturday, officials in Washington said.", "2017-01-29", "041", "2017-01-28",
        id="phone-call-lead-then-dated"),
    pytest.param(   # a city, then its country; a trip told with another verb
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day trip. It was his first "
        "trip since the war began. Modi travelled to Russia despite criticism from Washington, officials said.",
        "2024-07-10", "042", "2024-07-08", id="visit-city-then-country"),
    pytest.param(   # a headline and its lead: one statement, one word
        "Bernie Sanders endorses Joe Biden.\nVermont Senator Bernie Sanders endorsed Joe Biden for president on "
        "Monday, urging his supporters to back the former vice president.", "2020-04-14", "051", "2020-04-13",
        id="headline-then-lead"),
    pytest.param(   # a meeting, then what was discussed at it (generic 040 both times)
        "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Moscow on Thursday. The "
        "two discussed the situation on the Korean Peninsula, a statement said.", "2019-06-20", "040", "2019-06-20",
        id="meeting-then-discussion"),
    pytest.param(   # passive, then active
        "Dozens of protesters were detained by Turkish police in Istanbul on Saturday. Police said the "
        "demonstration had not been authorised. Turkish police detained protesters in Istanbul, rights groups said.",
        "2023-05-20", "173", "2023-05-20", id="passive-then-active-arrest"),
    pytest.param(   # an attack told again with another verb of the same root
        "Russian forces attacked Ukrainian troops near Bakhmut on Tuesday. Kyiv said the assault was repelled. "
        "Russian troops fought Ukrainian soldiers near Bakhmut, the Ukrainian military said.",
        "2023-02-15", "190", "2023-02-14", id="attack-then-fight"),
]


@pytest.mark.parametrize("text,published,code,date", MERGES)
def test_an_act_told_twice_is_kept_once(pipeline, unmerged, text, published, code, date):
    before = _told(_code(unmerged, text, published), code)
    after = _told(_code(pipeline, text, published), code)
    assert len({e.sentence for e in before}) == 2          # the coder does see it twice
    assert len(after) == len(set(_dyads(before))) == len(_dyads(after))   # once per direction
    assert set(_dyads(after)) == set(_dyads(before))
    for ev in after:
        assert ev.date == date                               # the most precise date told for the act
        rule, trail = ev.rule.split(" | ")
        assert rule.startswith("verbs/") and "#" in rule      # the dictionary entry that fired stays first
        assert trail.startswith(("merged restatements", "restatements: date from")) and "sentence " in trail
    assert any("merged restatements" in ev.rule for ev in after)


KEEPS = [
    pytest.param("Donald Trump met Vladimir Putin on Monday. The two leaders met again on Thursday.",
                 "2017-01-29", "040", id="met-monday-and-again-thursday"),
    pytest.param("Trump and Putin spoke by phone on Saturday. Trump and Putin held a second phone call, the Kremlin "
                 "said.", "2017-01-29", "041", id="a-second-call"),
    pytest.param("Donald Trump met Vladimir Putin in Helsinki on Monday. Trump met Putin for the second time, officials "
                 "said.", "2018-07-20", "040", id="for-the-second-time"),
    pytest.param("U.S. and Chinese negotiators held talks with each other in Washington on Thursday. U.S. and Chinese "
                 "negotiators held another round of talks with each other, officials said.", "2019-05-12", "046",
                 id="another-round-of-talks"),
    pytest.param("Trump met Putin on Monday, officials said. Trump had met Putin before.", "2019-05-12", "040",
                 id="had-met-before"),
    pytest.param("Hamas accused Israel on Monday of blocking aid convoys. Israel denied the accusation. Hamas has "
                 "repeatedly accused Israel of blocking aid, a spokesman said.", "2024-03-05", "112",
                 id="a-habit-beside-the-act"),
    pytest.param("U.S. President Joe Biden will meet Chinese President Xi Jinping in Bali on Monday. Biden is meeting "
                 "Xi on the sidelines of the G20 summit, the White House said.", "2022-11-15", "0",
                 id="will-meet-and-is-meeting"),
    pytest.param("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on March 5. "
                 "Putin met Erdogan in Moscow on April 8.", "2019-05-12", "040", id="different-dates-and-places"),
    pytest.param("Trump and Putin held talks on Saturday, the Kremlin said. Putin and Trump did not discuss "
                 "sanctions, Peskov said.", "2017-01-29", "04", id="negated-beside-asserted"),
    pytest.param("Turkish President Recep Tayyip Erdogan will visit Russia next week, his office said. Erdogan is "
                 "visiting Russia, officials said.", "2019-05-12", "0", id="planned-visit-and-the-visit"),
    pytest.param("Trump spoke by phone with Putin on Saturday. Secretary of State Rex Tillerson spoke by phone with "
                 "Foreign Minister Sergei Lavrov.", "2017-01-29", "041", id="other-people-same-codes"),
    pytest.param("Senator Bernie Sanders endorsed Joe Biden for president on Monday. Biden welcomed the news. "
                 "Sanders thanked Biden for his work on health care.", "2020-04-14", "051",
                 id="two-statements-in-other-words"),
    pytest.param("Germany condemned North Korea over the missile launch. Germany condemned North Korea over the "
                 "nuclear test, the foreign ministry said.", "2016-09-10", "11", id="condemned-over-two-things"),
    pytest.param("Japanese Prime Minister Fumio Kishida spoke by telephone with South Korean President Yoon "
                 "Suk Yeol on Friday. Kishida and Yoon discussed the supply of semiconductors, officials said.", "2023-03-04",
                 "04",
                 id="a-call-and-the-subject-discussed"),
    pytest.param("Israeli warplanes struck Hamas targets in Gaza on Monday. The Israeli air force also struck Hamas "
                 "positions in the south.", "2020-03-03", "19", id="also-struck"),
    pytest.param("Turkish police detained an opposition politician in Ankara on Sunday and charged him with "
                 "terrorism. Rights groups protested.", "2017-01-29", "17", id="two-acts-of-one-sentence"),
]


def _keep(case_id):
    return next(p.values[0] for p in KEEPS if p.id == case_id)


@pytest.mark.parametrize("text,published,code", KEEPS)
def test_two_acts_stay_two(pipeline, unmerged, text, published, code):
    before = _told(_code(unmerged, text, published), code)
    after = _told(_code(pipeline, text, published), code)
    assert len(before) >= 2
    assert [(e.sentence, e.cameo, e.modality, e.date, e.rule) for e in after] == \
           [(e.sentence, e.cameo, e.modality, e.date, e.rule) for e in before]


def test_negated_and_planned_acts_keep_their_modality(pipeline):
    talks = _code(pipeline, _keep("negated-beside-asserted"), "2017-01-29")
    assert {e.modality for e in talks if e.root == "04"} == {"asserted", "negated"}
    visit = _code(pipeline, _keep("planned-visit-and-the-visit"), "2019-05-12")
    assert {e.modality for e in visit if e.source.code == "TURGOV"} >= {"future", "asserted"}


def test_seed_call_is_one_event_per_direction(pipeline, seed_text):
    calls = [e for e in pipeline.code_text(seed_text, published="2017-01-29").events
             if e.cameo == "041" and e.modality == "asserted"]
    assert _dyads(calls) == [("RUSGOV", "USAGOV"), ("USAGOV", "RUSGOV")]
    assert {e.date for e in calls} == {"2017-01-28"}
    assert all("merged restatements" in e.rule for e in calls)


# --- the parts, on records made by hand ------------------------------------------------------------

@pytest.fixture(scope="module")
def rules(pipeline):
    return RestatementRules.load(cameo=pipeline.resources.cameo)


def _ev(sentence, cameo, *, date=None, basis="publication", src=("USAGOV", "Donald Trump"),
        tgt=("RUSGOV", "Vladimir Putin"), modality="asserted", trigger="met", place=None):
    def ref(code_name):
        code, name = code_name
        return ActorRef(text=name or code, start=0, end=1, name=name, code=code, country=code[:3])
    return Event(article_id="a", sentence=sentence, source=ref(src), target=ref(tgt) if tgt else None,
                 cameo=cameo, root=cameo[:2], plover=None, quad_class=1, goldstein=1.0,
                 evidence=Evidence(text="x", trigger=trigger, start=0, end=1), rule=f"verbs/{cameo[:2]}.yaml#p",
                 modality=modality, date=date, date_basis=basis, location=place)


def test_codes_of_one_act(rules):
    assert rules.one_act("041", "041") and rules.one_act("040", "041") and rules.one_act("04", "046")
    assert rules.one_act("031", "0311") and rules.one_act("190", "195") and rules.one_act("110", "1121")
    assert not rules.one_act("041", "042")       # a call is no visit
    assert not rules.one_act("040", "042") and not rules.one_act("04", "043")   # 'apart' in the data file
    assert not rules.one_act("193", "195") and not rules.one_act("111", "115")
    assert not rules.one_act("040", "140")


def test_dates_agree_when_one_contains_the_other_or_is_untold():
    day, month = _ev(0, "041", date="2017-01-28", basis="relative"), _ev(1, "041", date="2017-01", basis="relative")
    other_day = _ev(2, "041", date="2017-01-25", basis="explicit")
    published = _ev(3, "041", date="2017-01-29", basis="publication")
    assert dates_agree(day, month) and dates_agree(month, other_day) and dates_agree(day, published)
    assert not dates_agree(day, other_day)
    assert not dates_agree(_ev(0, "041", date="2017-11", basis="relative"), _ev(1, "041", date="2017-01-28",
                                                                                   basis="relative"))


def test_one_word_family():
    assert one_word_family("endorse", "endorse") and one_word_family("condemn", "condemnation")
    assert one_word_family("demand", "demanding") and one_word_family("criticize", "criticism")
    assert not one_word_family("endorse", "thank") and not one_word_family("call", "claim")


def test_merge_keeps_the_most_specific_record_and_its_trail(rules):
    lead = _ev(0, "040", date="2017-01", basis="relative", trigger="talks")
    dated = _ev(3, "041", date="2017-01-28", basis="relative", trigger="spoke")
    later = _ev(5, "041", trigger="call")
    kept, notes = merge_restatements([lead, dated, later], None, rules)
    assert kept == [dated] and len(notes) == 1
    assert dated.date == "2017-01-28" and "sentence 0 'talks' 040" in dated.rule and "sentence 5" in dated.rule


def test_merge_takes_the_precise_date_and_a_place_from_the_others(rules):
    moscow = Location(text="Moscow", name="Moscow", country="RUS", lat=55.7, lon=37.6, geonameid=524901)
    specific = _ev(0, "041", trigger="call")
    generic = _ev(2, "040", date="2017-01-28", basis="relative", trigger="talked", place=moscow)
    kept, _ = merge_restatements([specific, generic], None, rules)
    assert kept == [specific]
    assert (specific.date, specific.date_basis, specific.location) == ("2017-01-28", "relative", moscow)
    assert "date from sentence 2" in specific.rule and "place from sentence 2" in specific.rule


@pytest.mark.parametrize("other", [
    _ev(1, "040", modality="negated"),                                           # negated
    _ev(1, "040", modality="future"),                                            # planned
    _ev(1, "040", date="2017-01-25", basis="relative"),                          # another day
    _ev(1, "040", src=("USAGOV", "Rex Tillerson")),                              # another person
    _ev(1, "040", tgt=("RUSGOV", "Sergey Lavrov")),
    _ev(1, "040", tgt=None),                                                     # no target
    _ev(1, "040", place=Location(text="Geneva", name="Geneva", country="CHE", lat=46.2, lon=6.1, geonameid=2660646)),
    # the same sentence, another code of the root (one code and dyad told twice in a sentence is one act:
    # restatements.yaml apart_in_sentence, test_s15_precision)
    _ev(0, "041", trigger="called"),
])
def test_records_that_differ_are_not_merged(rules, other):
    first = _ev(0, "040", date="2017-01-28", basis="relative",
                place=Location(text="Hamburg", name="Hamburg", country="DEU", lat=53.5, lon=10.0, geonameid=2911298))
    kept, notes = merge_restatements([first, other], None, rules)
    assert kept == [first, other] and notes == []


def test_the_other_direction_of_a_retelling_takes_the_acts_date(rules):
    mil = {"src": ("RUSMIL", None), "tgt": ("UKRMIL", None)}
    attacked = _ev(0, "190", date="2023-02-14", basis="relative", trigger="attacked", **mil)
    fought = _ev(2, "190", trigger="fought", **mil)
    fought_back = _ev(2, "190", trigger="fought", src=("UKRMIL", None), tgt=("RUSMIL", None))
    kept, notes = merge_restatements([attacked, fought, fought_back], None, rules)
    assert kept == [attacked, fought_back] and len(notes) == 1
    assert (fought_back.date, fought_back.date_basis) == ("2023-02-14", "relative")
    assert fought_back.rule.endswith("restatements: date from sentence 0, where this mention's act is told")


def test_a_generic_act_with_a_subject_of_its_own_is_kept(pipeline, unmerged):
    text = _keep("a-call-and-the-subject-discussed")
    after = _code(pipeline, text, "2023-03-04")
    assert {(e.sentence, e.cameo) for e in after} == {(0, "041"), (1, "040")}
    assert _dyads([e for e in after if e.sentence == 1]) == _dyads([e for e in after if e.sentence == 0])


@pytest.mark.parametrize("headline, lead, one", [
    ("Axelrod", "David Axelrod", True),           # a headline names a person by surname, the lead in full
    ("Donald Trump", "Trump", True),
    ("Jeb Bush", "George W. Bush", False),        # one surname, two people
    ("Tillerson", "Mike Pompeo", False),
])
def test_a_person_named_by_surname_is_the_one_named_in_full(rules, headline, lead, one):
    first = _ev(0, "020", src=("USACVL", headline), trigger="calls")
    second = _ev(1, "020", src=("USACVL", lead), trigger="called")
    kept, _ = merge_restatements([first, second], None, rules)
    assert len(kept) == (1 if one else 2)


def test_a_bare_country_is_one_actor_whatever_its_name(rules):
    moscow = _ev(0, "042", tgt=("RUS", "Moscow"), trigger="arrived", date="2024-07-08", basis="relative")
    russia = _ev(2, "042", tgt=("RUS", "Russia"), trigger="travelled")
    kept, _ = merge_restatements([moscow, russia], None, rules)
    assert kept == [moscow]


# --- the data file ---------------------------------------------------------------------------------

def test_shipped_rules_load(rules):
    assert "again" in rules.adverbs and "second" in rules.modifiers and "11" in rules.statement_roots
    assert frozenset(("040", "042")) in rules.apart


def test_the_words_of_another_act_come_from_the_data_file(pipeline, rules, tmp_path: Path):
    """A definite noun with a further-act mark or a word of a new act ("the new sanctions") is no
    restatement for the coder; the merge reads the marks only (the lead's "imposed new sanctions" and
    a later "the sanctions" are one act). Both lists are the data file's."""
    assert {"second", "subsequent", "new", "latest", "planned"} <= rules.new_act_words
    assert "new" not in rules.modifiers and rules.modifiers <= rules.new_act_words
    doc = pipeline.resources.nlp("The fresh protest began.")
    noun = next(t for t in doc if t.lower_ == "protest")
    assert not is_definite_event_noun(noun, rules)
    path = tmp_path / "restatements.yaml"
    path.write_text("further_act:\n  modifiers: [second]\n  new_act: [new]\n", encoding="utf-8")
    assert is_definite_event_noun(noun, RestatementRules.load(path, cameo=pipeline.resources.cameo))


@pytest.mark.parametrize("second", [
    "The subsequent protest by students against the government of Serbia began in Belgrade on Sunday.",
    "The new protest by students against the government of Serbia began in Belgrade on Sunday.",
])
def test_a_definite_noun_of_another_act_is_coded(pipeline, second):
    events = pipeline.code_text(FIRST + second, published="2020-03-03").events
    assert {e.sentence for e in events if e.root == "14"} == {0, 1}


@pytest.mark.parametrize("body,fault", [
    ("apart:\n  - {codes: ['040'], why: x}\n", "two different code strings"),
    ("apart:\n  - {codes: ['040', '140'], why: x}\n", "not codes of one root"),
    ("apart:\n  - {codes: ['040', '049'], why: x}\n", "unknown CAMEO code"),
    ("apart:\n  - {codes: ['040', '042']}\n", "'why'"),
    ("statements: [1]\n", "2-digit CAMEO roots"),
    ("further_act:\n  modifiers: second\n", "list of words"),
    ("further_act:\n  new_act: [new, 3]\n", "list of words"),
])
def test_a_bad_data_file_names_file_and_line(pipeline, tmp_path: Path, body, fault):
    path = tmp_path / "restatements.yaml"
    path.write_text("# test\n" + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        RestatementRules.load(path, cameo=pipeline.resources.cameo)
    assert str(path) in str(err.value) and fault in str(err.value)
    if body.startswith("apart"):
        assert err.value.line == 3


def test_explain_tells_the_merge():
    from click.testing import CliRunner

    from eventwire.cli import main
    result = CliRunner().invoke(main, ["explain", MERGES[0].values[0], "--pubdate", "2017-01-29", "--no-parse"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note: restatements:")]
    assert len(notes) == 2 and all("'phone conversation'" in n for n in notes)
