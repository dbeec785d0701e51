"""Verdicts on an act told in the same sentence (eventwire.events.evaluations, judged_acts): the act a
definite noun names again earlier in its own sentence ("North Korea carried out a nuclear test, and
Japan called the test reckless"), the subject of an act the lexicon did not code ("China's parliament
passed a law, and Britain said the move was a grave mistake"; ", a verdict X called disproportionate"),
a relative clause whose speech verb has no subject of its own ("a decision Beijing said was null and
void"), the verb of a relative clause on the predicate ("a step that breached its obligations"), and
the forms that are no verdict: negated, hypothetical, of one's own act, of a thing no one did."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.evaluation_lexicon import EvaluationLexicon
from eventwire.errors import DictionaryError

PUBLISHED = "2020-03-01"
_CLAIMS = 'claims: {nouns: [report], code: "120", denial_code: "016", denials: [baseless]'


def _lexicon_file(tmp_path, section: str):
    """An evaluations.yaml of one entry, the speech groups and ``section``."""
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
                    + "speech: {groups: [speech]}\n" + section, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, expected", [
    ('North Korea carried out a nuclear test on Monday, and Japan\'s prime minister called the test "reckless".',
     ("111", "JPN", "PRK")),
    ('Pyongyang announced that it had conducted an underground nuclear test overnight, and the South Korean '
     'president called the test "unforgivable".', ("111", "KOR", "PRK")),
    ("Pakistan tested a nuclear-capable missile on Friday, and India called the test a threat to regional peace.",
     ("111", "IND", "PAK")),
    ("Kenya deported the opposition leader on Monday, and the United Nations called the deportation unlawful.",
     ("111", "IGO", "KEN")),
    ("Israel carried out air strikes on Gaza, and Egypt condemned the strikes as illegal.", ("111", "EGY", "ISR")),
    ("Israel struck a residential compound in Doha on Tuesday, and Qatar condemned the attack as \"cowardly\".",
     ("111", "QAT", "ISR")),
    ("Russian forces shelled Kharkiv overnight, and Kyiv said the strike was a war crime.", ("112", "UKR", "RUS")),
    ("Russia expelled three Estonian diplomats on Friday, and Estonia called the move unjustified.",
     ("111", "EST", "RUS")),
])
def test_a_definite_noun_judges_the_act_told_before_it_in_its_sentence(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text, expected", [
    # no event coded for the act: its subject in the clause the judging clause is joined to
    ("China's parliament passed a security law for Hong Kong, and Britain said the move was a grave mistake.",
     ("111", "GBR", "CHN")),
    ("China's top legislative body passed a national security law for Hong Kong on Tuesday, and Britain said the "
     'move was a "grave step".', ("111", "GBR", "CHN")),
    # set beside the clause: what the act produced names it
    ("A Moscow court jailed three activists for two years, a verdict the United States called disproportionate.",
     ("111", "USA", "RUS")),
    ("A court in Ankara sentenced the opposition mayor to prison on Thursday, a verdict the European Union called "
     "unjustified.", ("111", "IGO", "TUR")),
])
def test_the_subject_of_an_uncoded_act_is_judged(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


def test_a_verdict_on_a_foreign_court_is_not_put_on_the_speakers_own_courts(judgements):
    text = "A Moscow court jailed three activists for two years, a verdict the United States called disproportionate."
    assert ("111", "USA", "USA") not in judgements(text, PUBLISHED, 3)


def test_a_relative_speech_verb_with_no_subject_of_its_own_judges_the_noun(judgements):
    text = ('A UN tribunal ruled on Monday that Nigeria had no claim to the peninsula, a decision Abuja said was '
            '"null and void".')
    assert ("120", "NGA", "IGO") in judgements(text, PUBLISHED, 3)


def test_the_evaluative_verb_of_a_relative_clause_on_the_predicate_judges(judgements):
    text = ("China's parliament passed a security law for Hong Kong, and Britain said the move was a step that "
            "breached Beijing's international obligations.")
    assert ("111", "GBR", "CHN") in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    # negated
    "North Korea carried out a nuclear test on Monday, and Japan did not call the test reckless.",
    "China's parliament passed a security law, and Britain said the move was not a mistake.",
    "China's parliament passed a security law, and Britain said the move was a step that did not breach any rule.",
    # hypothetical act and judgement
    "If North Korea carries out a nuclear test, Japan would call the test reckless.",
    # one's own act
    "Russia annexed Crimea in 2014, calling the move historic.",
    # a thing no one did
    "A powerful earthquake struck the city on Monday, and the governor called the quake devastating.",
    "A powerful earthquake struck eastern Turkey on Monday, and the president called the disaster a catastrophe.",
    # the clause joined to is a saying: the move is something said, not done
    "Dmitry Peskov said on Wednesday that Moscow would respond, calling the move unfriendly.",
])
def test_no_verdict_on_an_act_not_done_or_done_by_no_one(judgements, text):
    judged = judgements(text, PUBLISHED, 3)
    assert not {j for j in judged if j[1] != j[2]}, judged


@pytest.mark.parametrize("section, fault", [
    ('judged_acts: {window: 3, roots: ["15"], codes: ["11"]}\n', "judged_acts.codes"),
    ('judged_acts: {window: 3, roots: ["15"], kinds: {"173": [arrest]}}\n', "judged_acts.kinds"),
    ('judged_acts: {window: 3, roots: ["15"], families: {expulsion: expel}}\n', "judged_acts.families.expulsion"),
    ('judged_acts: {window: 3, roots: ["15"], kinds: [test]}\n', "judged_acts.kinds must map"),
    (_CLAIMS + ', author_roots: ["01", "1"]}\n', "claims.author_roots"),
    (_CLAIMS + ', accusation_root: "12"}\n', "claims.accusation_root"),
    (_CLAIMS + ', reply_roots: ["125"]}\n', "claims.reply_roots"),
    (_CLAIMS + ', replies: ["12"]}\n', "unknown key(s): replies"),
])
def test_a_faulty_judged_acts_or_claims_table_names_file_and_line(tmp_path, section, fault):
    path = _lexicon_file(tmp_path, section)
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and str(path) in str(err.value) and err.value.line is not None


def test_the_codes_of_claims_are_read_from_the_data_file(tmp_path):
    path = _lexicon_file(tmp_path, _CLAIMS + ', author_roots: ["01", "11", "12"], accusation_root: "12", '
                                             'reply_roots: ["13", "12"]}\n')
    lexicon = EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert lexicon.claim_author_roots == {"01", "11", "12"} and lexicon.accusation_root == "12"
    assert lexicon.reply_codes == ("016", "12", "13")


def test_the_unions_of_act_nouns_are_made_when_the_lexicon_loads():
    lexicon = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert lexicon.joined_act_nouns == lexicon.any_act_nouns | lexicon.outcome_nouns
    assert lexicon.apposed_act_nouns == (lexicon.joined_act_nouns | lexicon.force_act_nouns | lexicon.patient_nouns
                                         | set(lexicon.act_kinds))
    assert {"move", "verdict", "execution", "strike", "launch"} <= lexicon.apposed_act_nouns


def test_the_nouns_of_acts_are_read_from_the_data_file():
    lexicon = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert lexicon.is_act("116") and lexicon.is_act("1712") and not lexicon.is_act("111")
    assert "expel" in lexicon.act_families["expulsion"]
    assert all(lexicon.is_act(code) for codes in lexicon.act_kinds.values() for code in codes)


@pytest.mark.parametrize("text, expected", [
    # a noun of the act's kind names it, whatever word told it
    ("Iran test-fired a ballistic missile on Sunday, and France called the launch a provocation.", ("111", "FRA", "IRN")),
    ("Iran detained a French researcher on Monday. Paris described the arrest as unjustified.", ("111", "FRA", "IRN")),
    # a noun of the family of an irregular verb
    ('Germany expelled two Russian diplomats on Wednesday. "The expulsion of our diplomats is a grave mistake," '
     "Dmitry Peskov told reporters.", ("111", "RUS", "DEU")),
    # the 'as' phrase parsed as a clause or hung on the object
    ("Turkey arrested dozens of journalists on Tuesday, and the European Union described the arrests as "
     "politically motivated.", ("111", "IGO", "TUR")),
    ("Turkey detained dozens of journalists on Tuesday, and Brussels described the detentions as politically "
     "motivated.", ("111", "IGO", "TUR")),
])
def test_the_act_named_again_by_its_kind_or_family(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


def test_a_denial_coded_at_its_own_verb_is_not_told_again(judgements):
    text = 'Russia denied any part in the poisoning of the defector, calling the British allegations "groundless".'
    assert not judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text, expected", [
    # a negative judgement of a claim rejects its author
    ('Alexei Navalny died in an Arctic penal colony. President Biden accused Vladimir Putin of killing him. The '
     'Kremlin said the accusations were "absolutely unacceptable".', ("120", "RUS", "USA")),
    ('Human Rights Watch accused the Sudanese army of ethnic cleansing in a report on Friday. Sudan\'s foreign '
     'minister dismissed the report as "lies".', ("120", "SDN", "NGO")),
])
def test_a_judgement_of_a_claim_answers_its_author(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    # a denial word denies the charge in general: no event (session 12: 016 only for a specific act)
    "Washington accused Beijing of hacking federal computers. China called the allegations groundless.",
    "Kyiv accused Russian forces of shelling a hospital, a charge Moscow dismissed as baseless.",
])
def test_a_charge_called_baseless_is_no_event(judgements, text):
    assert not [j for j in judgements(text, PUBLISHED, 3) if j[1] in ("CHN", "RUS")]


def test_the_lexicons_untargeted_denial_at_the_judging_verb_gives_way(code_article):
    text = ('Human Rights Watch accused the Sudanese army of ethnic cleansing in a report on Friday. Sudan\'s foreign '
            'minister dismissed the report as "lies".')
    coded = code_article(text, PUBLISHED)
    assert not [e for e in coded.events if e.sentence == 1 and e.target is None]


def test_praise_of_a_claim_is_no_event(judgements):
    text = ("Amnesty International accused Egyptian police of torturing detainees in a report. The Egyptian "
            "government said the report was accurate and correct.")
    assert not [j for j in judgements(text, PUBLISHED, 3) if j[1] == "EGY"]


@pytest.mark.parametrize("text, expected", [
    # an act announced is judged too: the decision is
    ("Germany said it would expel two Russian diplomats, and Moscow said the move was unfriendly.",
     ("111", "RUS", "DEU")),
    ('Britain will expel 23 Russian diplomats, the prime minister told parliament on Wednesday. The Russian embassy '
     'called the measures "hostile and unjustified".', ("111", "RUS", "GBR")),
    ("Israel will expand settlements next year, a move the Palestinians called illegal.", ("111", "PSE", "ISR")),
])
def test_an_act_decided_is_judged(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text, expected", [
    # an agreement signed is an act its signers are judged for
    ("The United States and Mexico signed a trade deal on Monday, and Canada hailed the deal as historic.",
     {("051", "CAN", "USA"), ("051", "CAN", "MEX")}),
    ("Israel and the United Arab Emirates signed a normalisation accord at the White House. The Palestinian "
     "Authority called the accord a betrayal.", {("111", "PSE", "ISR"), ("111", "PSE", "ARE")}),
    # a noun of force names the latest act of force, in a quotation too
    ('Turkish troops crossed into northern Syria on Wednesday. "This aggression is a violation of international '
     'law," the Syrian foreign ministry said.', {("111", "SYR", "TUR")}),
])
def test_signed_agreements_and_acts_of_force_named_again(judgements, text, expected):
    assert expected <= judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text", [
    "The two leaders toured the historic old town of Dubrovnik on Friday.",
    "Heavy rains flooded the capital on Monday, and the mayor called the flooding historic.",
    "Turnout in Sunday's election was historic, the electoral commission said.",
    "Israel and Jordan signed a water deal on Monday, and Egypt said the deal was not historic.",
    "Israel and Jordan signed a water deal on Monday. Critics said the deal would be a historic mistake if it fails.",
])
def test_historic_in_a_description_or_of_no_deed_is_no_praise(judgements, text):
    assert not judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text, expected", [
    # a participle on the act noun with its 'by' agent: the agent judges the act of the clause
    ("Russia annexed Crimea in 2014, a move condemned as illegal by the United Nations.", ("111", "IGO", "RUS")),
    ("Turkey bought Russian air defence missiles, a purchase criticised as reckless by NATO.", ("111", "IGO", "TUR")),
])
def test_a_reduced_passive_judges_the_act_of_its_clause(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)


@pytest.mark.parametrize("text, expected", [
    # a noun of an act done to someone set beside the clause names the clause's act, coded or not
    ("Iran hanged a protester on Thursday, an execution Germany described as barbaric.", ("111", "DEU", "IRN")),
    ("The Taliban banned women from universities on Tuesday, a decision the United Nations called appalling.",
     ("111", "IGO", "AFG")),
    # an outcome named again after 'and': the subject of the clause joined to
    ("Belarus held a presidential election on Sunday, and the European Union branded the vote a sham.",
     ("111", "IGO", "BLR")),
])
def test_apposed_and_joined_nouns_of_acts(judgements, text, expected):
    assert expected in judgements(text, PUBLISHED, 3)
