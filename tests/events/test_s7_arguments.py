"""Actors across clauses: the act of a 'by' gerund, a 'by' agent shared by coordinated passives,
the subject of an absolute 'with' phrase (full pipeline actors)."""

from __future__ import annotations

import pytest


def _events(pipeline, text: str, published: str = "2019-06-01") -> set[tuple[str, str, str | None]]:
    coded = pipeline.code_text(text, published=published)
    return {(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in coded.events}


@pytest.mark.parametrize("text, want", [
    ("China retaliated by imposing tariffs on American soybeans.", ("16", "CHN", "USA")),
    ("Iran reacted on Sunday by expelling two British diplomats.", ("16", "IRN", "GBRGOV")),
    ("The Kremlin hit back by banning imports of Polish apples.", ("16", "RUSGOV", "POL")),
    ("Saudi Arabia escalated the dispute by recalling its ambassador from Canada.", ("16", "SAU", "CAN")),
    ("Nicolas Maduro responded by breaking diplomatic relations with the United States.", ("16", "VENGOV", "USA")),
])
def test_the_means_of_an_active_verb_is_the_act_of_its_subject(pipeline, text, want):
    # "retaliated by imposing": the 'by' gerund names what the subject did
    assert want in _events(pipeline, text)


def test_the_by_gerund_takes_every_coordinated_subject(pipeline):
    got = _events(pipeline, "The United States and the European Union answered by widening sanctions "
                            "against Russian officials.")
    assert ("16", "USA", "RUSGOV") in got and ("16", "IGOEUR", "RUSGOV") in got


def test_a_passive_by_agent_is_no_gerund_of_means(pipeline):
    # the 'by' of a passive names its agent; the gerund's own subject is no source of the verb
    got = _events(pipeline, "Sanctions on Iran were tightened by the European Union on Monday.")
    assert all(src == "IGOEUR" for _, src, _ in got)


@pytest.mark.parametrize("text, want", [
    ("The Iranian ambassador was summoned and reprimanded by the Turkish foreign ministry.",
     {("11", "TURGOV", "IRNGOV")}),
    ("Two Israeli soldiers were captured and killed by Hezbollah fighters.",
     # (the killing of soldiers by an armed group is fighting, 19, as kill_combatants codes it: session 11)
     {("17", "LBNREB", "ISRMIL"), ("19", "LBNREB", "ISRMIL")}),
    ("Kim Jong Un was welcomed and praised by Chinese President Xi Jinping in Beijing.",
     {("05", "CHNGOV", "PRKGOV")}),
])
def test_coordinated_passives_share_their_by_agent(pipeline, text, want):
    got = _events(pipeline, text)
    assert want <= got
    # each verb of the pair is coded with the agent, not only the one the 'by' hangs on
    triggers = {e.evidence.trigger for e in pipeline.code_text(text, published="2019-06-01").events}
    assert len(triggers) >= 2


def test_a_coordinated_clause_with_its_own_subject_does_not_share_the_agent(pipeline):
    got = _events(pipeline, "The Iranian ambassador was summoned on Monday and Turkish police detained "
                            "three journalists.")
    assert not any(src == "TURCOP" and tgt == "IRNGOV" for _, src, tgt in got)


@pytest.mark.parametrize("text, sides", [
    ("Fighting resumed in the region on Monday, with Armenia and Azerbaijan accusing each other of "
     "breaking the truce.", ("ARM", "AZE")),
    ("Talks collapsed in Geneva, with Israel and the Palestinians blaming one another.", ("ISR", "PSE")),
    ("Turkish warplanes struck Kurdish positions, officials said, with Ankara and the Kurdish rebels blaming "
     "each other for the collapse of the truce.", ("TURGOV", "TURREB")),
])
def test_an_absolute_with_phrase_gives_its_participle_every_conjunct(pipeline, text, sides):
    got = _events(pipeline, text)
    a, b = sides
    assert ("11", a, b) in got and ("11", b, a) in got


def test_an_absolute_with_phrase_of_two_subjects_acting_on_a_third(pipeline):
    got = _events(pipeline, "The vote passed 13-0, with Russia and China criticizing the United States.")
    assert ("11", "RUS", "USA") in got and ("11", "CHN", "USA") in got


@pytest.mark.parametrize("text, want", [
    ("Washington ordered Moscow to close its consulate in San Francisco, and Russia threatened "
     "countermeasures.", ("13", "RUS", "USAGOV")),
    ("The European Union imposed new sanctions on Minsk, and Belarus vowed a tough response.",
     ("13", "BLR", "IGOEUR")),
    ("Israeli jets bombed Iranian military bases on Saturday, and Iran's supreme leader vowed revenge.",
     ("13", "IRNGOV", "ISRMIL")),
    ("Russian forces shelled Ukrainian army positions overnight, and Kyiv vowed a tough response.",
     ("13", "UKRGOV", "RUSMIL")),
])
def test_a_coordinated_threat_answers_the_hostile_act_before_it(pipeline, text, want):
    got = _events(pipeline, text, "2020-01-10")
    assert want in got
    exp = {e.evidence.trigger: e.rule for e in pipeline.code_text(text, published="2020-01-10").events}
    assert any(rule.startswith("verbs/13.yaml") for rule in exp.values())


def test_a_threat_after_an_act_of_no_hostility_answers_nobody(pipeline):
    # joint drills are cooperation (06), not an act the threat can answer
    got = _events(pipeline, "Russia and China held joint naval drills, and Japan threatened a response.",
                  "2020-01-10")
    assert not any(c == "13" and src == "JPN" and tgt in ("RUS", "CHN") for c, src, tgt in got)


def test_a_threat_after_an_act_on_a_third_country_does_not_answer_it(pipeline):
    # the threatener was not the one acted on
    got = _events(pipeline, "The European Union imposed new sanctions on Minsk, and Moscow vowed a tough "
                            "response.", "2020-01-10")
    assert not any(c == "13" and src.startswith("RUS") and tgt == "IGOEUR" for c, src, tgt in got)



@pytest.mark.parametrize("text, want", [
    ("Turkey halted its offensive in northern Iraq on Friday.", ("08", "TUR", "IRQ")),
    ("Russia suspended its military operation in northern Syria.", ("08", "RUS", "SYR")),
])
def test_a_halt_of_ones_own_offensive_in_a_place_is_toward_that_place(pipeline, text, want):
    # "its" is the source's own, no other party: the place's country is the target (087 place: true)
    assert want in _events(pipeline, text, "2020-01-01")


def test_a_truce_of_two_parties_in_a_place_is_between_the_parties(pipeline):
    got = _events(pipeline, "Israel and Hezbollah agreed to a truce in southern Lebanon on Wednesday.", "2024-11-27")
    assert ("08", "ISR", "LBNREB") in got and ("08", "LBNREB", "ISR") in got
    assert not any(tgt == "LBN" for _, _, tgt in got)


def test_a_ceasefire_in_the_sources_own_country_has_no_place_target(pipeline):
    got = _events(pipeline, "Syria declared a ceasefire in Aleppo on Monday.", "2020-01-01")
    assert not any(src.startswith("SYR") and tgt == "SYR" for _, src, tgt in got)


def test_the_sources_own_possessive_gives_way_to_the_other_party(pipeline):
    # "their links": the closers' own; the 'with' phrase names the other party
    got = _events(pipeline, "Bahrain and the United Arab Emirates cut their air and sea links with Qatar on Monday.",
                  "2017-06-05")
    assert ("19", "BHR", "QAT") in got and ("19", "ARE", "QAT") in got
    assert not any(src != "QAT" and tgt in ("BHR", "ARE") for _, src, tgt in got)


@pytest.mark.parametrize("text, want", [
    ("The Security Council imposed new sanctions on North Korea on Friday, and Pyongyang's foreign ministry "
     "rejected the resolution.", ("12", "PRKGOV", "IGOUNO")),
    ("Russia annexed Crimea in March, and the European Union condemned the move.", ("11", "IGOEUR", "RUS")),
    ("Trump met Kim Jong Un in Singapore, and China welcomed the meeting.", ("05", "CHN", "USAGOV")),
])
def test_an_act_named_again_by_a_definite_noun_is_aimed_at_its_agent(pipeline, text, want):
    assert want in _events(pipeline, text, "2019-08-01")


def test_an_act_named_with_its_own_owner_is_not_pointed_back_to(pipeline):
    # "the Israeli move" names its owner itself; no earlier act is needed
    got = _events(pipeline, "Russia annexed Crimea in March, and Egypt condemned the Israeli move.", "2019-08-01")
    assert not any(c == "11" and src == "EGY" and tgt == "RUS" for c, src, tgt in got)


def test_a_verdict_with_a_predicate_is_left_to_the_judgements(pipeline):
    # "condemned the attack as cowardly": the evaluations stage codes the verdict on the act
    coded = pipeline.code_text("Israel bombed a building in Beirut on Monday, and Lebanon condemned the attack as "
                               "cowardly.", published="2020-01-10")
    verdicts = [e for e in coded.events if e.source.code.startswith("LBN") and e.target is not None
                and e.target.code.startswith("ISR")]
    assert verdicts and all(e.rule.startswith("cameo/evaluations.yaml#") for e in verdicts)


def test_no_earlier_act_of_another_country_no_antecedent(pipeline):
    # the only earlier act is the critic's own
    got = _events(pipeline, "The European Union imposed sanctions on Belarus, and the European Union defended "
                            "the move.", "2019-08-01")
    assert not any(src == "IGOEUR" and tgt == "IGOEUR" for _, src, tgt in got)


@pytest.mark.parametrize("text, sides", [
    ("Indian and Pakistani officials agreed on Monday that their countries should cooperate on water sharing.",
     ("INDGOV", "PAKGOV")),
    ("Chinese and Japanese diplomats agreed that their governments should work together on trade.",
     ("CHNGOV", "JPNGOV")),
])
def test_their_of_several_sources_is_each_ones_partner(pipeline, text, sides):
    got = _events(pipeline, text, "2019-01-01")
    a, b = sides
    assert ("03", a, b) in got and ("03", b, a) in got
