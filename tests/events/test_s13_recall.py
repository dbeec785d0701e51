"""Session 13 recall (owner "recall"): gold events the coder missed for a general reason.

* A finite verb with no subject of its own that the parser hung on the wrong verb shares the subject of the
  finite clause it follows (``sources.misjoined_clause``): joined to a to-infinitive ("signed a pact to build a
  road and pledged to ...") or to the reported clause ("said the bloc would go to court and warned that ...").
* A role written in lower case before a name is the object's title ("freed opposition leader X"), as a
  capitalised one already was ("freed President X"): ``syntax._title_phrases``.
* A winning pattern whose every pair the target policy would leave out for want of a target gives the next fitting
  pattern that finds a target its turn (``coder._targeted_alternative``): "A and B agreed to pull heavy weapons back"
  is no pledge of arms with no recipient but the de-escalation both agreed on; co-givers stay no partners ("A and B
  agreed to send troops").
* Round 2: an 'as' phrase the parser hung on the judged object is the judgement of a verb of describing ("described
  Y's incursions as reckless" is criticism 111, not a comment 010; ``EvaluationCoder._judgements``); a claim dismissed
  "as absurd" or "as ridiculous" is a denial of the charge (``cameo/evaluations.yaml`` claims.denials), no rejection.
* Round 2: discard rules whose context word also names a political actor or a military target are exact
  (``filters/discards.yaml``): a sports 'league' is a named sports league or a league match/title ("the Arab
  League", "the Awami League" are no sport), "struck oil" no longer vetoes "struck an oil refinery", a chess
  'bishop'/'opening', a 'tiger'/'wolf'/'bear' of hunting, an 'actor' of film, a 'party' held (not party members
  held), a 'storm'/'flood' of weather (not troops storming, crowds flooding streets), a 'friendly' match and
  released 'figures' (sales figures, not opposition figures) are read in their exact phrases.

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows, pairs

PUB = "2019-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


# ---------------------------------------------------------------- subjects of misjoined finite verbs
def test_a_finite_verb_joined_to_an_infinitive_shares_the_subject_of_the_clause_it_follows(pipeline):
    rows = coded(pipeline, "Ghanaian President Nana Akufo-Addo on Wednesday welcomed his Ivorian counterpart Alassane "
                           "Ouattara to Jubilee House in Accra, where the two presidents signed a protocol to jointly "
                           "dredge a port on the Gulf of Guinea and pledged to work together against piracy.")
    intents = pairs(rows, "03")
    assert any(src == "GHAGOV" and (tgt or "").startswith("CIV") for src, tgt in intents)
    assert any((src or "").startswith("CIV") and tgt == "GHAGOV" for src, tgt in intents)


def test_a_finite_verb_hung_on_the_reported_clause_shares_the_subject_of_the_saying(pipeline):
    # the parser reads 'warned' as a second clause of 'said', with no subject: the minister warns
    for text, speaker in [
        ("The Brazilian foreign minister said the country would lodge a complaint with the United Nations and "
         "warned that it could expel the Paraguayan ambassador.", "BRAGOV"),
        ("The Indonesian commerce minister said the government would file a grievance with the International Court "
         "of Justice and warned that it could impose retaliatory tariffs on French wine.", "IDNGOV"),
    ]:
        rows = coded(pipeline, text)
        assert any(r[4] == "warned" and r[1] == speaker for r in rows), rows


def test_a_non_finite_conjunct_still_shares_the_subject_of_its_own_clause(pipeline):
    # "to build ... and to open": both are the plan's; no finite verb is misjoined, nothing is lent
    rows = coded(pipeline, "Kenya and Tanzania announced a plan to build a highway and to open two border posts.")
    assert not pairs(rows, "03")


# ---------------------------------------------------------------- lower-case titles before a name
def test_a_lower_case_role_before_a_name_is_the_object_a_release_pattern_reads(pipeline):
    rows = coded(pipeline, "Belarus on Friday freed opposition leader Pavel Korzun from prison after two years.")
    assert ("BLR", "BLROPP") in pairs(rows, "084")


def test_a_freed_leader_is_a_release(pipeline):
    rows = coded(pipeline, "The Burmese military government released democracy leader Than Myint from house arrest.")
    assert any(r[0] == "0841" for r in rows)


def test_a_lower_case_word_that_is_no_role_adds_no_object(pipeline):
    # the released object is a name after lower-case nouns, so its title words are read: 'worker safety code' names
    # no person released, though 'worker' alone is a release object (a reading of each lower-case word would code 0841)
    rows = coded(pipeline, "Peru's labour ministry released worker safety code Trabajo Seguro on Tuesday.")
    assert not pairs(rows, "084"), rows


# ---------------------------------------------------------------- a winner with no codable pair gives way
def test_two_sides_agreeing_to_pull_weapons_back_agree_on_de_escalation(pipeline):
    rows = coded(pipeline, "Eritrea and Ethiopia agreed on Monday to pull heavy weapons back from the disputed "
                           "border town.")
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= pairs(rows, "03")


def test_a_pledge_of_weapons_to_a_named_recipient_stays_the_pledge(pipeline):
    rows = coded(pipeline, "Poland pledged more tanks to Ukraine on Monday.")
    assert any(r[0] == "0332" and r[1] == "POL" and r[2] == "UKR" for r in rows)


def test_co_givers_agreeing_to_send_troops_are_still_no_partners(pipeline):
    rows = coded(pipeline, "Fiji and Tonga agreed on Monday to send police officers to the Solomon Islands.")
    assert not {("FJI", "TON"), ("TON", "FJI")} & pairs(rows, "03")


# ---------------------------------------------------------------- round 2: judgements in an 'as' phrase on the object
def test_describing_an_act_as_reckless_criticises_its_doer(pipeline):
    rows = coded(pipeline, "The Philippine president described Beijing's incursions as reckless.")
    assert ("PHLGOV", "CHNGOV") in pairs(rows, "111")
    assert not pairs(rows, "010")


def test_characterising_an_act_as_a_provocation_criticises_its_doer(pipeline):
    rows = coded(pipeline, "The Philippine president characterised Beijing's incursions as a provocation.")
    assert ("PHLGOV", "CHNGOV") in pairs(rows, "111")


def test_a_neutral_description_stays_a_comment(pipeline):
    rows = coded(pipeline, "The Philippine president described the talks with China as a first round.")
    assert not pairs(rows, "11")


def test_accusations_dismissed_as_absurd_are_no_rejection(pipeline):
    rows = coded(pipeline, "Lithuania's foreign ministry dismissed Moscow's accusations as absurd.")
    assert not pairs(rows, "12")


# ---------------------------------------------------------------- round 2: discard rules made exact
# each row: a word a discard rule used to read out of its sense; the event stays (with its pair when one is given)
KEPT_EVENTS = [
    pytest.param("An Arab League envoy visited Damascus on Sunday.", "04", ("IGOARL", "SYR"), id="league-is-no-sport"),
    pytest.param("Awami League supporters clashed with police in Dhaka.", "14", None, id="party-league-is-no-sport"),
    pytest.param("Ukrainian drones struck a Russian oil refinery overnight.", "19", ("UKRMIL", "RUS"),
                 id="struck-an-oil-refinery"),
    pytest.param("Gunmen attacked a bishop in northern Nigeria.", "18", None, id="bishop-is-no-chess"),
    pytest.param("Tamil Tiger rebels attacked an army camp in Jaffna.", "19", ("LKAREB", "LKAMIL"),
                 id="tiger-is-no-hunt"),
    pytest.param("Thousands of protesters flooded the streets of Tehran.", "14", None, id="flooded-is-no-weather"),
    pytest.param("Israeli troops held two Palestinian party officials at a checkpoint.", "17", ("ISRMIL", "PSEPTY"),
                 id="held-party-officials-is-detention"),
    pytest.param("Myanmar's junta released several opposition figures.", "08", ("MMRMIL", "MMROPP"),
                 id="released-figures-is-no-product"),
]


@pytest.mark.parametrize("text, root, pair", KEPT_EVENTS)
def test_a_discard_word_in_a_political_sense_keeps_the_event(pipeline, text, root, pair):
    found = pairs(coded(pipeline, text), root)
    assert found if pair is None else pair in found, found


def test_a_league_match_still_discards_a_win(pipeline):
    rows = coded(pipeline, "The Spanish striker hit the crossbar as Real Madrid beat Barcelona in the league match.")
    assert not rows


def test_struck_oil_off_a_coast_is_still_no_attack(pipeline):
    assert not pairs(coded(pipeline, "Exxon struck oil off the coast of Guyana."), "19")
