"""Reported evaluations as events (eventwire.events.evaluations, data/cameo/evaluations.yaml)."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.evaluation_lexicon import EvaluationLexicon
from eventwire.document import CodedDocument
from eventwire.errors import DictionaryError
from eventwire.events.evaluations import EvaluationCoder
from eventwire.events.modality import ModalityRules
from eventwire.events.refusals import RULE as REFUSAL_RULE
from eventwire.quotes import QuoteLexicon
from eventwire.records import Article
from eventwire.stages.evaluations import build_evaluation_coder

from .standin_actors import resolve


@pytest.fixture(scope="session")
def evaluate(pipeline, coder):
    """evaluate(text) -> (pattern events, evaluation events), actors from the stand-in resolver."""
    nlp = pipeline.resources.nlp
    evaluations = build_evaluation_coder(pipeline.resources)

    def run(text: str):
        cdoc = CodedDocument(article=Article(id="a_test", text=text))
        cdoc.doc = nlp(text)
        resolve(cdoc)
        cdoc.events = coder.code(cdoc)
        return cdoc.events, evaluations.code(cdoc)

    return run


def _dyads(events):
    return {(e.cameo, e.source.code, e.target.code) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("The Russian foreign minister called the American sanctions illegal.", ("111", "RUSGOV", "USA")),
    ("Japan branded North Korea an outlaw nation.", ("112", "JPN", "PRK")),
    ("The German minister said the decision of the Russian government was a grave mistake.",
     ("111", "DEUGOV", "RUSGOV")),
    ("Netanyahu said Trump had done a great job.", ("051", "ISRGOV", "USAGOV")),
    ("The Iranian foreign minister said the Israeli government was lying.", ("112", "IRNGOV", "ISRGOV")),
    ("Putin said the American strategy had been a disaster.", ("111", "RUSGOV", "USA")),
    ("\"Turkey's offensive is reckless,\" the French foreign minister said.", ("111", "FRAGOV", "TUR")),
    ("China viewed the American move as a provocation.", ("111", "CHN", "USA")),
    ("The German minister said it was unacceptable that Russia had annexed Crimea.", ("111", "DEUGOV", "RUS")),
    ("The German minister said the Russian strategy amounted to genocide.", ("112", "DEUGOV", "RUS")),
    ("The German minister said the decision of the Russian government was misguided.",
     ("111", "DEUGOV", "RUSGOV")),
    # a light verb showing a contemptuous stance, a bad choice, an act that harms an order
    ("The German minister said Russia had displayed complete disregard of the demands.", ("111", "DEUGOV", "RUS")),
    ("The German minister said the Russian government had made a bad decision.", ("111", "DEUGOV", "RUSGOV")),
    ("The German minister said Russia's move violated the peace agreement.", ("111", "DEUGOV", "RUS")),
    # 'as' with a clause: "viewed Y's move as contradicting ...", "as another measure undermining ..."
    ("Russia viewed the American move as contradicting the legal basis of the truce.", ("111", "RUS", "USA")),
    ("Russia viewed the American move as another measure undermining the peace process.", ("111", "RUS", "USA")),
    # a naming verb's predicate hung by the parser on a clause of the object, or the object compounded to it
    ("The Russian foreign minister called the British decision to expel its diplomats hostile.",
     ("111", "RUSGOV", "GBR")),
    # the word in the 'of' phrase of "an act of", "an example of"; interference in internal affairs
    ("The German minister said the Russian strikes were an act of aggression.", ("112", "DEUGOV", "RUS")),
    ("The German minister said Russia's veto was a clear example of hypocrisy.", ("111", "DEUGOV", "RUS")),
    ("The Chinese foreign minister said the remarks by the Japanese government were a gross interference "
     "in China's internal affairs.", ("112", "CHNGOV", "JPNGOV")),
    # stance predicates, said or reported
    ("The Chinese minister said China was resolutely opposed to the North Korean nuclear test.", ("110", "CHN", "PRK")),
    ("Germany remains critical of France's migration policy.", ("111", "DEU", "FRA")),
    ("Israel is opposed to French mediation in the talks with Syria.", ("126", "ISR", "FRA")),   # a rejection
    ("The Chinese government was angered by the Japanese prime minister's visit to the shrine.",
     ("111", "CHNGOV", "JPNGOV")),
    ("The Russian president was furious at the Ukrainian attack on the bridge.", ("111", "RUSGOV", "UKR")),
    # the author of a hostile act named: "said Iran was behind the attack"
    ("The Israeli army said Iran was behind the attack on the tanker.", ("112", "ISRMIL", "IRN")),
    ("The Israeli army said Iran had masterminded the attack.", ("112", "ISRMIL", "IRN")),
    # undoing a wrong is praise: "Y has corrected an historic injustice"
    ("The American administration has corrected an historic injustice, Netanyahu said.", ("051", "ISRGOV", "USAGOV")),
])
def test_judgements_in_reported_speech_code_speaker_to_judged(evaluate, text, expected):
    _, found = evaluate(text)
    assert expected in _dyads(found)


@pytest.mark.parametrize("text", [
    "The German minister said the Russian decision was not a mistake.",          # negated
    "The German minister said it would be a mistake to withdraw.",               # no judged actor
    "Did the German minister say that the Russian decision was a mistake?",      # a question
    "The German minister said the Russian decision could be a mistake.",         # hedged
    "The German minister asked whether the Russian decision was a mistake.",     # asked, not judged
    "The German minister denied that the Russian decision was a mistake.",       # denied
    "The German minister said that if Russia withdrew, the move would be a mistake.",  # conditional
    "The Russian president said the Russian government had made a mistake.",     # one actor
    "Qatar said the situation in Syria was extremely dangerous.",                # a place is no author
    "The German minister said the Russian troops had failed to find the border.",  # no judgement
    "The German minister said it was unclear whether Russia was guilty.",       # no judgement made
    "The German minister said the Patriot missiles of the Russian army were deployed.",  # a name
    "The German minister said the storm endangered thousands of lives.",          # no actor harms
    "The German minister said Germany had corrected its mistake.",               # one side
    "The German minister said Russia had corrected the figures.",                # no wrong undone
    "The German minister said Russia was behind in the race for chips.",         # no act behind
    "The German minister said the Russian plan was an example of good cooperation.",  # no judgement
    "China is not opposed to the American proposal.",                            # negated stance
    "France would be opposed to any such plan by Britain.",                      # hypothetical stance
    "Many voters are unhappy with the economy.",                                 # no actor judged
    "Germany has been critical of France's migration policy since 2015.",        # a lasting attitude
])
def test_no_event_without_a_real_judgement_of_another_actor(evaluate, text):
    _, found = evaluate(text)
    assert found == []


def test_no_duplicate_of_a_pattern_coded_criticism(evaluate):
    events, found = evaluate("The German minister criticized Russia, saying its decision was a mistake.")
    assert any(e.root == "11" and e.source.code == "DEUGOV" for e in events)
    assert found == []


def test_event_names_its_rule_and_trigger(evaluate):
    text = "Netanyahu said Trump had done a great job."
    _, found = evaluate(text)
    ev = found[0]
    assert ev.rule == "cameo/evaluations.yaml#good_job"
    assert ev.evidence.trigger == "great job"
    assert text[ev.evidence.trigger_start:ev.evidence.trigger_end] == "great job"
    entry = CameoCodes.load().get("051")
    assert (ev.root, ev.plover, ev.quad_class, ev.goldstein) == ("05", entry.plover, entry.quad_class, entry.goldstein)
    assert ev.modality == "asserted"
    assert ev.id.startswith("ev_")


def test_pipeline_emits_valid_unattributed_records(pipeline, record_validator):
    text = "The Russian foreign ministry called the American sanctions illegal."
    coded = next(iter(pipeline.code_articles([Article(id="a1", text=text, published="2019-11-20")])))
    found = [e for e in coded.events if e.rule.startswith("cameo/evaluations.yaml#")]
    assert [(e.cameo, e.source.code[:3], e.target.code[:3]) for e in found] == [("111", "RUS", "USA")]
    assert found[0].attribution is None          # the text asserts the judgement, nobody reports it
    for ev in found:
        record_validator("event", ev.to_dict())


def test_two_named_officials_of_one_code_are_two_actors(pipeline):
    text = "Pompeo said Trump's request was inappropriate."
    coded = next(iter(pipeline.code_articles([Article(id="a2", text=text, published="2019-11-20")])))
    found = [(e.cameo, e.source.name, e.target.name) for e in coded.events
             if e.rule.startswith("cameo/evaluations.yaml#")]
    assert found == [("111", "Mike Pompeo", "Donald Trump")]


@pytest.mark.parametrize("text, expected", [
    ("The White House called the impeachment hearings a sham.", [("111", "USAGOV", "USALEG")]),
    ("Trump said the verdict was a disgrace.", [("111", "USAGOV", "USAJUD")]),
    ("Trump said the weather was a disgrace.", []),          # no institution behind the weather
    # the parser compounded the object to the predicate: "called [the British decision hostile]"
    ("The Russian foreign minister on Monday called the British decision hostile and provocative.",
     [("111", "RUSGOV", "GBR")]),
    ("The United Nations said the verdict was a mistake.", []),   # an IGO has no home institutions
])
def test_judged_things_through_the_full_pipeline(pipeline, text, expected):
    coded = next(iter(pipeline.code_articles([Article(id="a3", text=text, published="2019-11-20")])))
    assert [(e.cameo, e.source.code, e.target.code) for e in coded.events
            if e.rule.startswith("cameo/evaluations.yaml#")] == expected


def test_packaged_lexicon_loads_and_names_rules():
    lex = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert lex.predicates["mistake"][0].rule == "cameo/evaluations.yaml#blunder"
    assert any(w.modifiers == ("great",) for w in lex.predicates["job"])
    assert "say" not in lex.speech_exclude and "deny" in lex.speech_exclude
    EvaluationCoder(lex, QuoteLexicon.load(), CameoCodes.load(), ModalityRules.load())   # groups exist


_OK = '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
_SPEECH = "speech: {groups: [speech]}\n"


@pytest.mark.parametrize("entry, fault, line", [
    ('  - {id: b, code: "051", polarity: negative, nouns: [fiasco]}\n', "cannot code 051", 3),
    ('  - {id: b, code: "999", polarity: negative, nouns: [fiasco]}\n', "not in codes.tsv", 3),
    ('  - {id: b, code: "111", polarity: bad, nouns: [fiasco]}\n', "polarity", 3),
    ('  - {id: b, code: "111", polarity: negative, nouns: [mistake]}\n', "already in entry a", 3),
    ('  - {id: a, code: "111", polarity: negative, nouns: [fiasco]}\n', "repeated", 3),
    ('  - {id: b, code: "111", polarity: negative, phrases: [fiasco]}\n', "two or more words", 3),
    ('  - {id: b, code: "111", polarity: negative, adverbs: [badly]}\n', "unknown key", 3),
    ('  - {id: b, code: 111, polarity: negative, nouns: [fiasco]}\n', "quoted CAMEO code", 3),
])
def test_lexicon_faults_name_file_and_line(tmp_path, entry, fault, line):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + _OK + entry + _SPEECH, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value)
    assert err.value.path == str(path) and err.value.line == line


@pytest.mark.parametrize("remedies, fault", [
    ('remedies: {code: "111", verbs: [correct]}\n', "praise code"),
    ('remedies: {code: "051", verbs: []}\n', "non-empty list"),
    ('remedies: {code: "051", verbs: [correct], nouns: [x]}\n', "unknown key"),
])
def test_remedy_faults_name_file_and_line(tmp_path, remedies, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + _OK + _SPEECH + remedies, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value)
    assert err.value.path == str(path) and err.value.line == 4


@pytest.mark.parametrize("stances, fault", [
    ('stances: [{words: [opposed], preps: [to], code: "036"}]\n', "root-05, 11 or 12 code"),
    ('stances: [{words: [pleased], preps: [with], code: "051", objects: {plan: "120"}}]\n', "objects"),
    ('stances: [{verbs: [marvel], words: [amazed], preps: [at], code: "051"}]\n', "words or verbs"),
    ('stances: [{words: [], preps: [to], code: "110"}]\n', "words must be a non-empty list"),
    ('stances: [{words: [opposed], preps: [to], code: "110", polarity: negative}]\n', "unknown key"),
    ('stances: [{words: [opposed], preps: [to], code: "110", objects: {mediation: "036"}}]\n', "objects must map"),
])
def test_stance_faults_name_file_and_line(tmp_path, stances, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + _OK + _SPEECH + stances, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value)
    assert err.value.path == str(path) and err.value.line == 4


def test_unknown_reporting_group_is_a_dictionary_error(tmp_path):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + _OK + "speech: {groups: [speech, gossip]}\n", encoding="utf-8")
    lex = EvaluationLexicon.load(path)
    with pytest.raises(DictionaryError, match="gossip"):
        EvaluationCoder(lex, QuoteLexicon.load(), CameoCodes.load(), ModalityRules.load())


def _refusals(pipeline, text):
    coded = next(iter(pipeline.code_articles([Article(id="r1", text=text, published="2024-06-01")])))
    return [(e.cameo, e.source.code, e.target.code, e.modality) for e in coded.events if e.rule == REFUSAL_RULE]


@pytest.mark.parametrize("text, expected", [
    ("Hamas did not accept the Israeli proposal.", [("120", "PSEREB", "ISR", "asserted")]),
    ("Russia did not agree to Ukraine's proposal.", [("120", "RUS", "UKR", "asserted")]),
    ("South Korea did not accept Japan's apology.", [("120", "KOR", "JPN", "asserted")]),
    ("Hamas has not yet accepted the Israeli proposal.", []),                 # no answer given yet
    ("Israel and Hamas have not agreed to a ceasefire deal yet, officials said.", []),   # two sides, pending
    ("Russia and Ukraine did not agree on a deal during the talks in Istanbul.", []),    # no deal reached
    ("The Israeli government did not agree to the American plan for Gaza.", [("120", "ISRGOV", "USA", "asserted")]),
    ("Hamas accepted the Israeli proposal.", []),                             # an acceptance
    ("Hamas did not accept the Israeli proposal and rejected the plan.", []),  # rejection coded already
])
def test_a_negated_acceptance_is_a_rejection(pipeline, text, expected):
    assert _refusals(pipeline, text) == expected


def test_refusal_rules_name_patterns_of_the_lexicon(pipeline):
    from eventwire.stages.events import build_coder
    rules = {p.rule for p in build_coder(pipeline.resources).lexicon.patterns}
    refusals = EvaluationLexicon.load(cameo=CameoCodes.load()).refusals
    assert refusals and set(refusals) <= rules
    assert all(code.startswith("12") for code in refusals.values())


@pytest.mark.parametrize("refusals, fault", [
    ('refusals: {"verbs/03.yaml#accept_proposal": "051"}\n', "root-12 code"),
    ('refusals: {"verbs/03.yaml#accept_proposal": "1299"}\n', "not in codes.tsv"),
    ('refusals: {"accept_proposal": "120"}\n', "no pattern rule"),
])
def test_refusal_faults_name_file_and_line(tmp_path, refusals, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + _OK + _SPEECH + refusals, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value)
    assert err.value.path == str(path) and err.value.line == 4


def _stance_judgements(pipeline, text, published):
    coded = next(iter(pipeline.code_articles([Article(id="s1", text=text, published=published)])))
    return {(e.cameo, e.source.code, e.target.code) for e in coded.events if e.rule.startswith("cameo/evaluations.yaml#")}


# stances of approval are praise (051) as stances of disapproval are criticism; a few verbs hold a
# stance actively ("marveled at Apple's ability", "fumed at the Dutch government")
@pytest.mark.parametrize("text, published, expected", [
    ("Salesforce's chief executive marveled at Apple's ability to sell phones.", "2017-03-01",
     ("051", "USABUS", "USABUS")),
    ("The German chancellor said she was impressed by Macron's courage.", "2017-09-01", ("051", "DEUGOV", "FRAGOV")),
    ('"We are deeply grateful to Japan for its support," the Philippine president said.', "2017-03-01",
     ("051", "PHLGOV", "JPN")),
    ("The White House said it was pleased with Turkey's decision to release the pastor.", "2018-10-13",
     ("051", "USAGOV", "TUR")),
    ("Obama raved about Merkel's leadership during the refugee crisis.", "2016-06-01", ("051", "USAGOV", "DEUGOV")),
    ("Erdogan fumed at the Dutch government over the ban on his ministers.", "2017-03-13", ("111", "TURGOV", "NLDGOV")),
])
def test_stances_of_approval_and_active_stances(pipeline, text, published, expected):
    assert expected in _stance_judgements(pipeline, text, published)


@pytest.mark.parametrize("text, published", [
    ("The German chancellor marveled at the weather in Rome.", "2017-03-01"),          # no actor
    ("Merkel would be pleased with Macron's decision.", "2017-09-01"),                 # hypothetical
    ("Merkel was not impressed by Macron's speech.", "2017-09-01"),                    # negated
    ('"We are grateful to our soldiers," the Philippine president said.', "2017-03-01"),   # his own side
    ("Russia's decision angered China.", "2017-03-01"),                                # no holder: the one angered
    ("Russia angered China with its decision.", "2017-03-01"),                         # 'angered' is no active stance
])
def test_no_stance_without_a_held_asserted_stance_of_another_actor(pipeline, text, published):
    assert _stance_judgements(pipeline, text, published) == set()
