"""Judgements of real news (eventwire.events.evaluations, judged_acts): the act a relative clause's
judgement judges (", a move Berlin called unacceptable"), the doers of an act told again ("the
strikes" of three countries), people ranked among their kind ("one of the greatest leaders"), the
lexicon's acts misread at what a naming verb says of its object, and the forms that are no event."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.evaluation_lexicon import EvaluationLexicon
from eventwire.errors import DictionaryError
from eventwire.records import Article

RULE = "cameo/evaluations.yaml#"
PUBLISHED = "2019-03-01"


@pytest.mark.parametrize("text, expected", [
    # an act noun set beside the clause after a comma names the clause's act; its doer is judged
    ("Turkey expelled two German diplomats on Tuesday, a move Berlin described as unacceptable.",
     ("111", "DEU", "TUR")),
    ("China imposed new tariffs on Australian barley on Monday, a step the Australian government described "
     "as unjustified.", ("111", "AUS", "CHN")),
    ("Argentina became the latest country to recognise a Palestinian state, a decision Israel called regrettable.",
     ("111", "ISR", "ARG")),
    # the parser hangs the clause on the last noun, or makes the predicate the verb's object
    ("Pakistan has expelled two Indian diplomats, a move that India's foreign ministry branded a disgrace.",
     ("111", "IND", "PAK")),
    ("Israel closed the Rafah crossing, a decision Egypt's foreign minister called a violation of the peace treaty.",
     ("111", "EGY", "ISR")),
    ("Iran seized a British tanker in the Gulf, an action London described as illegal.", ("111", "GBR", "IRN")),
])
def test_a_relative_clause_judges_the_act_it_is_set_beside(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


def test_every_doer_of_an_act_of_several_is_judged(judgements):
    text = ("Russia, Belarus and Iran fired drones at Ukrainian power plants, a step the Ukrainian government "
            "described as a blatant violation of international law.")
    assert {("111", "UKR", "RUS"), ("111", "UKR", "BLR"), ("111", "UKR", "IRN")} <= judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    # no act coded in the clause: nobody is judged
    "The minister resigned on Friday, a decision the opposition called a mistake.",
    # what was welcomed is no act of a named doer
    "Japan welcomed the agreement, which China called a mistake.",
    # negated
    "Turkey expelled two German diplomats on Tuesday, a move Berlin did not call illegal.",
])
def test_no_judgement_of_a_relative_clause_without_an_asserted_act(judgements, text):
    assert judgements(text, PUBLISHED, 3) == set()


@pytest.mark.parametrize("text, expected", [
    # an act of three doers told before: each of them is judged
    ("Britain, France and Germany bombed militant camps in Libya on Thursday. The Libyan government said the "
     "raids were a gross violation of international law.",
     {("111", "LBY", "GBR"), ("111", "LBY", "FRA"), ("111", "LBY", "DEU")}),
    ("Israeli and Egyptian forces bombed Hamas positions on Monday. Qatar said the strikes were a clear violation "
     "of international law.", {("111", "QAT", "ISR"), ("111", "QAT", "EGY")}),
    # a noun of force names the act of force told before, whatever word told it
    ("Russian troops shelled Kharkiv on Monday. Ukraine's foreign minister called the attack a war crime.",
     {("112", "UKR", "RUS")}),
])
def test_the_doers_of_an_act_named_again(judgements, text, expected):
    assert expected <= judgements(text, PUBLISHED, 3)


def test_a_noun_of_force_names_no_act_other_than_force(judgements):
    text = "Germany imposed sanctions on Iran on Monday. Iran called the attack a provocation."
    assert judgements(text, PUBLISHED, 3) == set()


@pytest.mark.parametrize("text, expected", [
    ('"Merkel is one of the greatest leaders of our time," Obama said.', ("051", "USA", "DEU")),
    ("Obama said Merkel was one of the most courageous leaders he had ever known.", ("051", "USA", "DEU")),
    ('"Putin is one of the worst leaders in history," the Ukrainian president said.', ("111", "UKR", "RUS")),
    ("The Indian prime minister called Abe one of the finest statesmen of his generation.", ("051", "IND", "JPN")),
    ("Merkel said Abe was among the finest statesmen of his generation.", ("051", "DEU", "JPN")),
    ("Trump said Kim Jong Un was one of the best leaders in Asia.", ("051", "USA", "PRK")),
    # the ranked noun's own judgement
    ("The French president said Russia was one of the greatest threats to peace in Europe.", ("111", "FRA", "RUS")),
])
def test_a_person_ranked_among_his_kind_is_praised_or_criticised(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    "Putin said China was one of the best places to invest.",       # a place, not a person
    "Merkel said Putin was one of the toughest negotiators she had met.",   # no listed superlative
    "Obama said Merkel was not one of the greatest leaders.",      # negated
    "Merkel asked whether Abe was among the finest statesmen of his generation.",   # asked
])
def test_no_judgement_of_a_rank_that_is_no_praise(judgements, text):
    assert judgements(text, PUBLISHED, 3) == set()


@pytest.mark.parametrize("text", [
    "The French president condemned what he called a flagrant breach of Security Council resolutions.",
    "Erdogan denounced what he called a clear violation of international law.",
    "The Chinese foreign ministry condemned what it called a serious violation of the agreements.",
    "Baghdad called the strikes a serious breach of its sovereignty.",
    "The Egyptian foreign minister called the decision a violation of the peace treaty.",
    "Russia described the American sanctions as a breach of international law.",
])
def test_what_a_naming_verb_says_of_its_object_is_no_act_of_the_speaker(code_article, text):
    coded = code_article(text, PUBLISHED)
    own = [(e.cameo, e.evidence.trigger) for e in coded.events if not e.rule.startswith(RULE)
           and e.cameo[:2] in ("12", "14")]
    assert own == []


@pytest.mark.parametrize("text, pair", [
    # the naming clause is the object of an act that is no saying: the act is the speaker's own
    ("Trump signed what he called a historic peace agreement with the Taliban.", {"USA", "AFG"}),
    ("The Japanese prime minister signed what he called a historic trade agreement with Vietnam.", {"JPN", "VNM"}),
    ("Macron sealed what he called a historic accord with Algeria.", {"FRA", "DZA"}),
    ("Germany signed what it called a groundbreaking energy agreement with Qatar last week.", {"DEU", "QAT"}),
    ("The Sudanese army chief has signed what he called a lasting peace agreement with the rebels.", {"SDN"}),
])
def test_an_act_on_what_the_speaker_named_stays_both_ways(code_article, text, pair):
    coded = code_article(text, PUBLISHED)
    dyads = {(e.source.code[:3], e.target.code[:3]) for e in coded.events if e.cameo == "057"
             and e.source is not None and e.target is not None}
    one, other = sorted(pair) * 2 if len(pair) == 1 else sorted(pair)
    assert {(one, other), (other, one)} <= dyads


@pytest.mark.parametrize("text", [
    # said of the named thing: no agreement of the speaker, and none of the other side with him either
    "Moscow denounced what it called an illegal treaty with Kosovo.",
    "Iran criticised what it called a shameful agreement with Israel.",
])
def test_both_halves_of_a_misread_symmetric_pair_go(pipeline, text):
    cdoc = next(iter(pipeline.code_documents([Article(id="s6", text=text, published="2019-03-01")])))
    assert [e for e in cdoc.events if e.cameo == "057"] == []
    assert sum("057" in note and "naming verb" in note for note in cdoc.notes) == 2   # explained, both halves


def test_a_violation_told_as_an_act_stays(code_article):
    coded = code_article("Syria violated the ceasefire agreement with Turkey on Monday, the United Nations said.",
                         PUBLISHED)
    assert any(e.source is not None and e.source.code.startswith("SYR") for e in coded.events)


def test_packaged_lexicon_gives_superlatives_and_force_nouns():
    lex = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert lex.superlatives["greatest"].code == "051" and lex.superlatives["worst"].code[:2] == "11"
    assert {"leader", "statesman"} <= lex.superlative_people and "place" not in lex.superlative_people
    assert {"strike", "attack"} <= lex.force_act_nouns and lex.force_roots <= lex.act_roots


_FAULTS = [
    ("superlatives:\n  praise: {code: '111', words: [greatest]}\n  blame: {code: '111', words: [worst]}\n"
     "  people: [leader]\n", "superlatives.praise"),
    ("superlatives:\n  praise: {code: '051', words: [greatest]}\n  people: [leader]\n", "praise and blame"),
    ("superlatives:\n  praise: {code: '051', words: [greatest]}\n  blame: {code: '111', words: [worst]}\n",
     "superlatives.people"),
    ("judged_acts:\n  roots: ['17']\n  force_roots: ['19']\n", "not among judged_acts.roots"),
    ("judged_acts:\n  roots: ['17']\n  force_act: strike\n", "judged_acts.force_act"),
]


@pytest.mark.parametrize("section, fault", _FAULTS)
def test_superlative_and_force_faults_name_the_file(tmp_path, section, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
                    + "speech: {groups: [speech]}\n" + section, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and str(path) in str(err.value) and err.value.line is not None


@pytest.mark.parametrize("text, expected", [
    ("European governments blamed Lukashenko for the killing of the opposition activist, and Macron said Minsk "
     "was responsible.", ("112", "FRA", "BLR")),
    ("Several Western governments accused Tehran of the murder of a dissident, and Macron said Iran was "
     "responsible.", ("112", "FRA", "IRN")),
    ("A car bomb killed 20 people in Kabul on Monday. The Afghan government said the Taliban were responsible.",
     ("112", "AFG", "AFG")),
    ("The Afghan government said the Taliban were involved in the attack.", ("112", "AFG", "AFG")),
    ("Israel's prime minister said Iran was complicit in the massacre.", ("112", "ISR", "IRN")),
])
def test_blame_for_a_hostile_act_named_in_the_phrase_or_just_before(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    "The Afghan government said the Taliban were responsible.",      # no hostile act told
    "The German minister said the Russian government was responsible for security at the plant.",
    "The French president said the Russian army was involved in the negotiations.",
])
def test_no_blame_without_a_hostile_act(judgements, text):
    assert judgements(text, PUBLISHED, 3) == set()


@pytest.mark.parametrize("text, expected", [
    ("The Ukrainian president said Russia was trying to destabilize the country.", ("111", "UKR", "RUS")),
    ("Beijing said Washington was seeking to undermine the talks.", ("111", "CHN", "USA")),
    ("The French president said Russia had tried to interfere in the election.", ("112", "FRA", "RUS")),
    ('"Iran is trying to sabotage the talks," the Israeli prime minister said.', ("111", "ISR", "IRN")),
    ("The Iranian foreign minister said the sanctions were an attempt by the United States to sabotage the "
     "nuclear deal.", ("111", "IRN", "USA")),
    ("China called the visit an attempt by the United States to interfere in its internal affairs.",
     ("112", "CHN", "USA")),
    ("Moscow said the American sanctions were a bid to destabilize Russia.", ("111", "RUS", "USA")),
])
def test_an_aim_to_harm_judges_its_doer(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    "The German minister said Russia was trying to find a solution.",          # an aim that harms nothing
    "The German minister said Russia was not trying to destabilize Ukraine.",  # negated
    "The German minister said the talks were an attempt to end the war.",
    '"We are trying to undermine their propaganda," the Ukrainian president said.',   # his own side
])
def test_no_judgement_of_an_aim_that_is_no_harm(judgements, text):
    assert judgements(text, PUBLISHED, 3) == set()


@pytest.mark.parametrize("text, expected", [
    ("North Korea conducted a nuclear test on Friday. China said Friday's test was a provocation.",
     ("111", "CHN", "PRK")),
    ("Israel seized a Turkish aid ship on Sunday. The Turkish president said Sunday's seizure was illegal.",
     ("111", "TUR", "ISR")),
    ("Iran launched missiles at Israel on Tuesday. The French president said Tuesday's attack was a violation of "
     "international law.", ("111", "FRA", "IRN")),
])
def test_a_day_in_the_owner_place_names_the_act_told_on_it(judgements, text, expected):
    assert expected in judgements(text, "2018-09-10", 3)


def test_a_day_names_no_act_that_was_not_told(judgements):
    text = "The Egyptian government signed a trade deal with Italy. The French president called Monday's vote a mistake."
    assert judgements(text, "2018-09-10", 3) == set()


@pytest.mark.parametrize("text, expected", [
    ("Hungary blocked the EU funding, which EU diplomats described as blackmail.", ("112", "IGO", "HUN")),
    ("The Ukrainian president said Russia's gas cut-off was extortion.", ("112", "UKR", "RUS")),
    ("The German chancellor said the referendum held by Russia was a stunt.", ("111", "DEU", "RUS")),
])
def test_blackmail_and_stunts_judge_their_doer(judgements, text, expected):
    found = judgements(text, "2018-09-10", 3)
    assert any(e[0] == expected[0] and e[1].startswith(expected[1]) and e[2] == expected[2] for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Russian forces shelled Kharkiv on Monday in what Ukraine called a war crime.", ("112", "UKR", "RUS")),
    ("The Chinese navy seized a Philippine fishing boat in what Manila called an act of aggression.",
     ("112", "PHL", "CHN")),
    ("Russia expelled two Estonian diplomats in what Tallinn called a provocation.", ("111", "EST", "RUS")),
    ("Israel raided the Turkish aid ship, in what the Turkish foreign ministry described as a flagrant violation of "
     "international law.", ("111", "TUR", "ISR")),
])
def test_in_what_x_called_y_judges_the_act_of_the_clause(code_article, text, expected):
    coded = code_article(text, PUBLISHED)
    assert expected in {(e.cameo, e.source.code[:3], e.target.code[:3]) for e in coded.events
                        if e.rule.startswith(RULE)}
    assert any(not e.rule.startswith(RULE) and e.source.code[:3] == expected[2] for e in coded.events)   # the act stays


@pytest.mark.parametrize("text", [
    "Russia attacked Ukrainian positions on Monday in what Moscow called self-defence.",   # no judgement word
    "The two leaders met in Geneva in what officials called a constructive meeting.",
])
def test_in_what_without_a_judgement_is_no_event(judgements, text):
    assert judgements(text, PUBLISHED, 3) == set()
