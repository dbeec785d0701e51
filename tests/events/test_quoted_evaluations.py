"""Judgements voiced in quotations and reported clauses (eventwire.events.quoted, the quote path of
eventwire.events.evaluations): criticism and praise a sentence away from the speaker's name, judged
conduct ("said Y had mishandled the crisis"), pronoun targets, and the judgements that are no event."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.cameo_codes import CameoCodes
from eventwire.dictionaries.evaluation_lexicon import EvaluationLexicon
from eventwire.errors import DictionaryError
from eventwire.records import Article

RULE = "cameo/evaluations.yaml#"


@pytest.mark.parametrize("text, published, expected", [
    # the judgement in a quoted sentence after the one that names the speaker
    ('"We met for two hours," Obama said after the talks with Putin. "Russia\'s annexation of Crimea was a '
     'grave mistake."', "2015-06-01", ("111", "USAGOV", "RUS")),
    # ... and before it, the speaker a pronoun resolved by the actor stage
    ('Merkel spoke after the summit in Brussels. "Putin has betrayed the trust of Europe. His government cannot '
     'be trusted," she said.', "2015-06-01", ("111", "DEUGOV", "RUSGOV")),
    ('"It was a long day," Obama said in Berlin. "Angela Merkel has done a tremendous job for Europe."',
     "2015-06-01", ("051", "USAGOV", "DEUGOV")),
    # the quotation after a colon; the speaker framing his own judgement ("I think")
    ('The French foreign minister said on Tuesday: "The Russian government has broken its promises."',
     "2015-06-01", ("111", "FRAGOV", "RUSGOV")),
    ('The German foreign minister said: "I think the Russian government has made a grave mistake."',
     "2015-06-01", ("111", "DEUGOV", "RUSGOV")),
    ('The British minister said, "With respect to the judges, we consider the Russian court has reached the '
     'wrong conclusion."', "2015-06-01", ("111", "GBRGOV", "RUSJUD")),
    # a pronoun target resolved by the actor stage
    ('Obama campaigned for Clinton in Philadelphia on Tuesday. "She has done a tremendous job as secretary of '
     'state," he said.', "2016-09-20", ("051", "USAGOV", "USAPTY")),
    # conduct judged in a reported clause or a quotation
    ("Sanders said the Obama administration had mishandled the crisis.", "2016-09-20", ("111", "USALEG", "USAGOV")),
    ("The Iranian president said Washington had broken its promises under the nuclear deal.", "2018-06-01",
     ("111", "IRNGOV", "USAGOV")),
    ('"Russia has abandoned its commitments under the treaty," Stoltenberg said.', "2019-03-01",
     ("111", "IGONAT", "RUS")),
    ("The Chinese foreign ministry said Washington was bullying its smaller neighbours.", "2019-03-01",
     ("111", "CHNGOV", "USAGOV")),
    ('"Russia has been meddling in our elections," Clinton said.', "2016-09-20", ("112", "USAPTY", "RUS")),
    ('"Putin is a thug," McCain said.', "2015-06-01", ("111", "USALEG", "RUSGOV")),
    # a quotation split around its attribution; a quotation labelled with its speaker's name
    ('"The Russian government," Merkel said, "has betrayed the trust of Europe."', "2015-06-01",
     ("111", "DEUGOV", "RUSGOV")),
    ('Merkel: "Putin has betrayed Europe."', "2015-06-01", ("111", "DEUGOV", "RUSGOV")),
    # the second of two coordinated quoted clauses
    ('"We met for two hours and Russia\'s leaders have lied to the world," Merkel said.', "2015-06-01",
     ("112", "DEUGOV", "RUSGOV")),
    # the owner of a judged act, not the place it happened ("Russia's actions in Ukraine"); a what-clause
    ("German Chancellor Angela Merkel said Russia's actions in Ukraine were unacceptable.", "2015-06-01",
     ("111", "DEUGOV", "RUS")),
    ('"What Russia is doing in Ukraine is a crime," the German foreign minister said.', "2015-06-01",
     ("112", "DEUGOV", "RUS")),
    # a judged thing named by a country word ("the U.S. sanctions"); an adjective on a named predicate noun
    ("Iran's foreign minister on Sunday described the U.S. sanctions as economic terrorism.", "2019-06-01",
     ("112", "IRNGOV", "USA")),
    ("In a statement carried by the state news agency on Friday, North Korean leader Kim Jong Un called Trump "
     "a mentally deranged dotard.", "2017-09-22", ("111", "PRKGOV", "USAGOV")),
    # an adverb of manner on a verb of conduct
    ("Speaking to reporters in Rome on Monday, Italy's deputy prime minister Luigi Di Maio said that France "
     "has behaved irresponsibly in the crisis.", "2019-01-21", ("111", "ITAGOV", "FRA")),
    ('"He has done an outstanding job as prime minister," Trump said of Abe.', "2019-06-01",
     ("051", "USAGOV", "JPNGOV")),
    # the judged actor's own act coded by the lexicon at the judging word (128 by Israel) stays judged
    ("The Palestinian foreign ministry said the Israeli decision was a flagrant violation of international law.",
     "2019-06-01", ("111", "PSEGOV", "ISR")),
    # "we" and "I" holding a stance in a quotation are its speaker
    ('"We are deeply disappointed by Russia\'s decision," the German foreign minister said.', "2015-06-01",
     ("110", "DEUGOV", "RUS")),
    ('"I am outraged by the Chinese government\'s decision to arrest the activists," the British foreign '
     'secretary said.', "2015-06-01", ("111", "GBRGOV", "CHNGOV")),
    # the doer of an act an extraposed judgement names ("a mistake for X to", "a disgrace that X")
    ("The German foreign minister said it was a mistake for Russia to annex Crimea.", "2015-06-01",
     ("111", "DEUGOV", "RUS")),
    ('"It is a disgrace that Turkey has arrested so many journalists," the German foreign minister said.',
     "2016-06-01", ("111", "DEUGOV", "TUR")),
    ('"Trump should be ashamed of himself," Clinton said at a rally in Ohio.', "2016-09-20",
     ("111", "USAPTY", "USAPTY")),
    # a duty not done
    ("Amnesty International said the Egyptian government had failed to protect the protesters.", "2015-06-01",
     ("111", "NGOAMN", "EGYGOV")),
    # "you" with the one spoken to named at the verb of saying
    ('Merkel met Putin in Moscow on Tuesday. "You have broken your promises," she told him.', "2015-06-01",
     ("111", "DEUGOV", "RUSGOV")),
    # ... also in a quoted sentence away from the verb of saying; "she" is the one it is said of
    ('Merkel met Putin in Moscow on Tuesday. "You have broken every promise you made. We talked for an hour," '
     'she told him.', "2015-06-01", ("111", "DEUGOV", "RUSGOV")),
    ('"She has done a tremendous job. We talked for an hour," Obama said of Clinton.', "2016-09-20",
     ("051", "USAGOV", "USAPTY")),
    # a passive: the 'by' agent is judged, not the one wronged
    ("Erdogan said Turkey had been betrayed by the European Union.", "2017-03-01", ("111", "TURGOV", "IGOEUR")),
])
def test_judgements_voiced_in_quotes_and_reported_clauses(judgements, text, published, expected):
    assert expected in judgements(text, published)


@pytest.mark.parametrize("text, published, expected", [
    # a bare definite noun names again an act told just before: its doer is judged
    ("Russia expelled two British diplomats on Monday. The British foreign secretary said the move was "
     "unjustified and provocative.", "2018-03-20", ("111", "GBRGOV", "RUS")),
    ("Washington imposed new sanctions on Moscow on Friday. The Kremlin said the sanctions were illegal.",
     "2018-04-07", ("111", "RUSGOV", "USAGOV")),
    ("The FBI opened an investigation into Trump's campaign in July. Trump called the investigation a witch hunt.",
     "2016-10-01", ("112", "USAPTY", "USACOP")),
    # the trigger's word family ("shelled" ... "the shelling"); a word of the act's sentence ("test-fired")
    ("Russian troops shelled the city of Kharkiv overnight. The German government said the shelling was a war "
     "crime.", "2022-03-01", ("112", "DEUGOV", "RUSMIL")),
    ("Israeli artillery shelled Gaza on Tuesday. The Arab League said the shelling was a crime.", "2014-07-20",
     ("112", "IGOARL", "ISRMIL")),
    ("North Korea test-fired a ballistic missile on Sunday. Thousands of South Koreans protested in Seoul on "
     "Monday. Japan said the test was a provocation.", "2017-09-04", ("111", "JPN", "PRK")),
    # "this" as subject points back to the act told in the sentence before
    ('Russia annexed Crimea in March 2014. "This is a violation of international law," Merkel said.',
     "2015-06-01", ("111", "DEUGOV", "RUS")),
    # a thing that shows the speaker's judgement; an evaluative adjective on the predicate noun
    ("Clinton spoke in Iowa. She says it underscores that Trump is simply unfit to be president.",
     "2016-09-30", ("111", "USAPTY", "USAPTY")),
    ("The German minister said the Russian strikes were a reckless escalation.", "2015-06-01",
     ("111", "DEUGOV", "RUS")),
])
def test_judged_acts_named_again_and_judgements_shown(judgements, text, published, expected):
    assert expected in judgements(text, published)


@pytest.mark.parametrize("text, published", [
    ("Trump met Putin in Helsinki. Clinton said the statement was a disgrace.", "2018-07-20"),   # no act before
    ("Russia expelled two British diplomats. The British minister said the decision to leave was wrong.",
     "2018-03-20"),                                                       # the noun says what it is
    ("The German minister said the talks were a constructive meeting.", "2015-06-01"),
    ('Trump met Putin in Helsinki on Monday. "This is a disgrace," Clinton said.', "2018-07-17"),   # no material act
    ('Russia annexed Crimea in March 2014. "This is a dangerous time for Europe," Merkel said.', "2015-06-01"),
    ('The storm destroyed hundreds of homes. "That was a catastrophe," the governor said.', "2015-06-01"),
])
def test_no_judged_doer_without_an_act_the_noun_names(judgements, text, published):
    assert judgements(text, published) == set()


@pytest.mark.parametrize("text, published, wrong", [
    # "test" is inside "protested", not the word: the protesters did no test
    ("North Korea test-fired a ballistic missile on Sunday. Thousands of South Koreans protested in Seoul on "
     "Monday. Japan said the test was a provocation.", "2017-09-04", ("111", "JPN", "KOR")),
    ("Iran test-fired a new cruise missile on Saturday. Hundreds of Israelis protested in Tel Aviv on Sunday. "
     "The United States said the test was a provocation.", "2019-02-04", ("111", "USA", "ISR")),
])
def test_a_word_inside_another_names_no_act(judgements, text, published, wrong):
    assert wrong not in judgements(text, published)


def test_a_judgement_replaces_the_comment_it_was(code_article):
    coded = code_article("Iran's foreign minister on Sunday described the U.S. sanctions as economic terrorism.",
                         "2019-06-01")
    assert [(e.cameo, e.source.code, e.target.code) for e in coded.events] == [("112", "IRNGOV", "USA")]


def test_the_judged_doer_of_a_lexicon_coded_act_is_judged_by_the_speaker(code_article):
    coded = code_article("Clinton said Trump has been insulting women and minorities for decades.", "2016-09-20")
    found = [(e.cameo, e.source.name, e.target.name) for e in coded.events if e.rule.startswith(RULE)]
    assert found == [("111", "Hillary Clinton", "Donald Trump")]


@pytest.mark.parametrize("text, published", [
    ('"The plan is a disaster," critics say.', "2016-09-20"),                        # no named speaker
    ("Trump's plan is a disaster for the middle class.", "2016-09-20"),               # the column's own words
    ('"Trump could be a disaster for the country," Clinton said.', "2016-09-20"),     # hedged
    ('"Is Trump a liar?" Clinton asked.', "2016-09-20"),                             # a question
    ('"We have failed our veterans," Obama said.', "2016-09-20"),                    # his own side
    ('"I have made mistakes," Clinton said.', "2016-09-20"),                         # himself
    ('"Your government is a disgrace," Merkel told reporters.', "2015-06-01"),       # "you": nobody named
    ('"You are a disgrace. We talked for an hour," Merkel told reporters.', "2015-06-01"),
    ('"You have betrayed your voters," Merkel said.', "2015-06-01"),
    ('"The weather was a disaster," Trump said.', "2016-09-20"),                     # no actor behind it
    ('"We met for two hours," Obama said. "Russia\'s annexation of Crimea was not a mistake."', "2015-06-01"),
    ('"We met for two hours," Obama said. "Was Russia\'s annexation of Crimea a mistake?"', "2015-06-01"),
    ('"We met for two hours," Obama said. "Russia\'s annexation of Crimea will be a mistake."', "2015-06-01"),
    ("The German minister said Russia had abandoned the plan.", "2015-06-01"),       # no person, no commitment
    ('Clinton spoke in Iowa. "Trump is not a liar," she said.', "2016-09-20"),       # negated
    ('"I doubt that Russia has broken its promises," the German minister said.', "2015-06-01"),   # doubted
    ('"I don\'t think Putin is a liar," Merkel said.', "2015-06-01"),                # negated frame
    ('"It would be a mistake for Russia to invade Ukraine," Merkel said.', "2015-06-01"),   # an act not done
    ('"We are disappointed by the weather," the German foreign minister said.', "2015-06-01"),
])
def test_no_event_for_judgements_without_a_speaker_target_or_assertion(judgements, text, published):
    assert judgements(text, published) == set()


@pytest.mark.parametrize("text, published", [
    ('Clinton criticized Trump on Monday. "He is a disgrace," she said.', "2016-09-20"),
    ('"Putin is a thug. He is a liar and a bully," McCain said.', "2015-06-01"),
])
def test_one_criticism_told_twice_is_one_event(code_article, text, published):
    coded = code_article(text, published)
    assert len([e for e in coded.events if e.root == "11" and e.modality == "asserted"]) == 1


def test_a_quoted_judgement_names_its_rule_and_quoted_trigger(code_article, record_validator):
    text = ('"We met for two hours," Obama said after the talks with Putin. '
            '"Russia\'s annexation of Crimea was a grave mistake."')
    coded = code_article(text, "2015-06-01")
    ev = next(e for e in coded.events if e.rule.startswith(RULE))
    assert ev.rule == RULE + "blunder" and ev.evidence.trigger == "mistake"
    assert text[ev.evidence.trigger_start:ev.evidence.trigger_end] == "mistake"
    assert ev.sentence == 1 and ev.attribution is None   # the speaker's own act, not a report of it
    record_validator("event", ev.to_dict())


@pytest.mark.parametrize("entry", [
    '  - {id: b, code: "111", polarity: negative, nouns: [fiasco], objects: [ally]}\n',   # objects with nouns
    '  - {id: b, code: "111", polarity: negative, verbs: [desert], objects: ally}\n',     # not a list
])
def test_verb_objects_faults_name_file_and_line(tmp_path, entry):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n' + entry
                    + "speech: {groups: [speech]}\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert "objects" in str(err.value) and err.value.line == 3


def test_packaged_lexicon_gives_objects_to_verbs_that_need_them():
    lex = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert "ally" in lex.verbs["abandon"][0].objects and lex.verbs["mishandle"][0].objects == ()
    assert {"think", "consider"} <= lex.own_frames and "doubt" not in lex.own_frames


def test_packaged_lexicon_gives_the_predicate_and_judged_act_words():
    lex = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert "constitute" in lex.linking_verbs and "example" in lex.of_heads and "time" in lex.no_act_nouns
    assert lex.act_window >= 1 and {"17", "19"} <= lex.act_roots and "11" not in lex.act_roots
    assert "decision" in lex.any_act_nouns
    assert {"invasion", "arrest"} <= lex.patient_nouns and "decision" not in lex.patient_nouns


@pytest.mark.parametrize("section, fault", [
    ("predicates:\n  of_heads: example\n", "predicates.of_heads"),
    ("predicates:\n  linking: [constitute]\n", "unknown key"),
    ("judged_acts:\n  window: three\n", "judged_acts.window"),
    ("judged_acts:\n  roots: ['17', '1']\n", "no CAMEO roots"),
    ("judged_acts:\n  roots: ['17', '99']\n", "no CAMEO roots"),
])
def test_predicate_and_judged_act_faults_name_file_and_line(tmp_path, section, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
                    + "speech: {groups: [speech]}\n" + section, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and str(path) in str(err.value) and err.value.line == 5   # the faulty line


def test_notes_tell_how_a_judgement_found_its_actors_and_what_it_replaced(pipeline):
    cdoc = next(pipeline.code_documents([Article(id="n1", published="2019-06-01", text=(
        "The court issued arrest warrants for Netanyahu on Thursday. Biden said the warrants were outrageous. "
        "Iran's foreign minister on Sunday described the U.S. sanctions as economic terrorism."))]))
    notes = [n for n in cdoc.notes if n.startswith("evaluations:")]
    warrants = next(n for n in notes if "of sentence 1 'outrageous'" in n)
    assert RULE + "bad_act" in warrants and "doer of 'issued' (sentence 0)" in warrants
    assert any("010 IRNGOV->USA of sentence 2" in n and "left out" in n for n in notes)
    assert not any(e.cameo == "010" and e.sentence == 2 for e in cdoc.events)
    judged = [e for e in cdoc.events if e.rule.startswith(RULE)]
    assert len(judged) == len([n for n in notes if "left out" not in n]) == 2


# whom a quoted "he", "she" or "they" judges, named beside the verb of saying: its own 'of' or
# 'about' phrase, a participle ("referring to", "speaking of", "when asked about") or "in reference to";
# named there, it wins over the actor the pronoun was resolved to (often the speaker himself)
@pytest.mark.parametrize("text, published, expected", [
    ('"He is a liar," Erdogan said, referring to Assad.', "2017-03-01", ("112", "TURGOV", "SYRGOV")),
    ('"They have betrayed the revolution," Maduro said, referring to the opposition leaders.', "2017-03-01",
     ("111", "VENGOV", "VENOPP")),
    ('"He has failed his people," Obama told reporters in reference to Assad.', "2015-06-01",
     ("111", "USAGOV", "SYRGOV")),
    ('Asked about Assad, Erdogan said: "He is a murderer."', "2017-03-01", ("112", "TURGOV", "SYRGOV")),
    ('"They are criminals," the Iraqi prime minister said when asked about the Kurdish rebels.', "2017-03-01",
     ("112", "IRQGOV", "IRQREB")),
    ('Speaking of Assad, Erdogan said he was a murderer.', "2017-03-01", ("112", "TURGOV", "SYRGOV")),
    ('Erdogan spoke in Ankara on Tuesday. "He has lied to the world," he said, referring to Assad.', "2017-03-01",
     ("112", "TURGOV", "SYRGOV")),
    ('"It is a disgrace," the German foreign minister said, referring to Russia\'s decision.', "2015-06-01",
     ("111", "DEUGOV", "RUS")),
])
def test_a_pronoun_judged_in_a_quote_is_the_one_it_is_said_of(judgements, text, published, expected):
    assert expected in judgements(text, published)


@pytest.mark.parametrize("text, published", [
    ('"He is a liar," Erdogan said, referring to the report.', "2017-03-01"),        # no actor referred to
    ('"We have failed," Obama said, referring to Assad.', "2015-06-01"),             # his own side
    ('"He could be a liar," Erdogan said, referring to Assad.', "2017-03-01"),       # hedged
    ('"He is not a murderer," Erdogan said when asked about Assad.', "2017-03-01"),  # negated
    ('Asked about the weather, Erdogan said: "It is a disaster."', "2017-03-01"),    # no actor
])
def test_no_judgement_of_what_is_referred_to_without_an_actor_or_assertion(judgements, text, published):
    assert judgements(text, published) == set()


def test_packaged_lexicon_names_the_phrases_a_quote_is_said_of():
    lex = EvaluationLexicon.load(cameo=CameoCodes.load())
    assert {"of", "about"} <= lex.referent_preps
    assert "to" in lex.referent_verbs["refer"] and "about" in lex.referent_verbs["ask"]
    assert "to" in lex.referent_nouns["reference"]


@pytest.mark.parametrize("section, fault", [
    ("  referents: [of]\n", "speech.referents"),
    ("  referents: {verbs: {refer: to}}\n", "speech.referents.verbs"),
    ("  referents: {words: [of]}\n", "unknown key"),
])
def test_referent_faults_name_file_and_line(tmp_path, section, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
                    + "speech:\n  groups: [speech]\n" + section, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and str(path) in str(err.value) and err.value.line in (4, 5)   # the speech or the referents line


# the speaker framing his own judgement in the third person of a report ("X said he thinks Y is a
# liar", "they are convinced Y mishandled ..."), a pronoun the actor stage resolved to the speaker
@pytest.mark.parametrize("text, published, expected", [
    ("Trump said he thinks Comey is a liar.", "2017-03-01", ("112", "USAGOV", "USAGOV")),
    ("Erdogan said he believes Assad is a murderer.", "2017-03-01", ("112", "TURGOV", "SYRGOV")),
    ("Clinton said she believes Trump has been a disaster for the party.", "2016-09-20", ("111", "USAPTY", "USAPTY")),
    ("Republicans said they are convinced the Justice Department mishandled the investigation.", "2016-09-23",
     ("111", "USAPTY", "USAJUD")),
    ("The German chancellor said she was sure that Putin was lying.", "2015-06-01", ("112", "DEUGOV", "RUSGOV")),
    ('"I am convinced that Russia lied," Merkel said.', "2015-06-01", ("112", "DEUGOV", "RUS")),
])
def test_a_speaker_framing_his_judgement_in_a_report(judgements, text, published, expected):
    assert expected in judgements(text, published)


@pytest.mark.parametrize("text, published", [
    ("Merkel said Putin thinks Obama is a liar.", "2015-06-01"),          # another's opinion, reported
    ("Merkel said he thinks Obama is a liar.", "2015-06-01"),             # 'he' is not the speaker
    ("Trump said he doubts Comey is a liar.", "2017-06-01"),              # no frame of his own judgement
    ("Merkel said she was not sure that Putin was lying.", "2015-06-01"),  # negated
])
def test_no_own_judgement_of_another_or_a_doubt(judgements, text, published):
    assert judgements(text, published) == set()


# how well or badly an actor does its job: "has done a great job" praises, "is doing a lousy job" criticises
@pytest.mark.parametrize("text, published, expected", [
    ('"The White House is doing a lousy job of calming investors," said Senator John McCain.', "2009-02-24",
     ("111", "USALEG", "USAGOV")),
    ("McCain said the Obama administration had done a terrible job in Iraq.", "2009-02-24", ("111", "USALEG", "USAGOV")),
    ("Merkel said the Greek government had done a poor job of collecting taxes.", "2015-06-01",
     ("111", "DEUGOV", "GRCGOV")),
])
def test_a_bad_job_done_is_criticism(judgements, text, published, expected):
    assert expected in judgements(text, published)


# judgment shown badly: "said Y had shown poor judgment", "exercised questionable judgment"
@pytest.mark.parametrize("text, published, expected", [
    ("Trump said Clinton had shown poor judgment in her choice of friends.", "2016-09-30", ("111", "USAPTY", "USAPTY")),
    ("Trump posted a string of messages late Sunday saying that Hillary Clinton had shown bad judgment.",
     "2016-09-30", ("111", "USAPTY", "USAPTY")),
    ("Obama said Putin had exercised questionable judgment in Syria.", "2016-09-30", ("111", "USAGOV", "RUSGOV")),
])
def test_bad_judgment_shown_is_criticism(judgements, text, published, expected):
    assert expected in judgements(text, published)


# "a blow to ..." tells what an event does to someone, not what the speaker thinks of its doer
@pytest.mark.parametrize("text, published", [
    ("Analysts said the fall of Aleppo was a major blow to the rebels.", "2016-12-20"),
    ("The German chancellor said the defeat of the Islamic State was a blow to terrorism.", "2016-12-20"),
    ("U.S. President Donald Trump imposed sweeping tariffs on China on Wednesday. Analysts said the tariffs were a "
     "blow to Chinese exporters.", "2025-04-02"),
])
def test_a_blow_is_no_judgement(judgements, text, published):
    assert judgements(text, published) == set()


# "it" pointing back to an act told just before, as the object of a naming verb ("called it a
# violation") or the subject of the judged clause ("said it was illegal"): the act's doer is judged,
# and the judgement replaces an untargeted event the lexicon read at the judging word as the speaker's
# own act ("called it a violation" is no violation by the speaker)
@pytest.mark.parametrize("text, published, expected", [
    ("Russia annexed Crimea on Tuesday. Merkel called it a violation of international law.", "2017-03-01",
     ("111", "DEUGOV", "RUS")),
    ("Russian troops attacked Ukrainian positions near Donetsk on Monday. The German foreign minister described it "
     "as a flagrant violation of the ceasefire.", "2017-03-01", ("111", "DEUGOV", "RUSMIL")),
    ("Turkey shot down a Russian warplane on Tuesday, and Putin called it a betrayal.", "2015-11-24",
     ("111", "RUSGOV", "TUR")),
    ("Israel struck a convoy in Syria on Sunday. The Syrian government said it was an act of aggression.",
     "2017-03-01", ("112", "SYRGOV", "ISR")),
    ('Russia expelled 23 British diplomats on Saturday. "It is unacceptable," the British prime minister said.',
     "2018-03-17", ("111", "GBRGOV", "RUS")),
])
def test_it_pointing_back_to_an_act_judges_its_doer(code_article, text, published, expected):
    coded = code_article(text, published)
    assert expected in {(e.cameo, e.source.code, e.target.code) for e in coded.events if e.rule.startswith(RULE)}
    assert not [e for e in coded.events if e.root == "12" and e.target is None and e.source.code == expected[1]]


@pytest.mark.parametrize("text, published", [
    ("Merkel called it a violation of international law.", "2017-03-01"),                    # no act told
    ("Russia annexed Crimea on Tuesday. Lavrov said it was legal.", "2017-03-01"),           # no judgement
    ("Russia annexed Crimea in 2014. Merkel met Putin in Sochi on Tuesday. She said it was a mistake.",
     "2017-03-01"),                                                                          # no act just before
    ("Russia annexed Crimea on Tuesday. Merkel said it would be a mistake to respond with force.", "2017-03-01"),
])
def test_no_doer_judged_without_an_act_it_points_back_to(judgements, text, published):
    assert judgements(text, published) == set()


# the 'of' phrase of an act done to someone names the one it was done to, not its doer ("the invasion
# of Iraq", "the arrest of the pastor"): the doer is the one who did the act told before, or none
@pytest.mark.parametrize("text, published, victim", [
    ("Obama said the invasion of Iraq was a mistake.", "2017-03-01", "IRQ"),
    ("Erdogan said the killing of the journalist was a crime.", "2018-10-20", "TURMED"),
    ("Trump said the arrest of the pastor was a disgrace.", "2018-08-01", "USAREL"),
    ("Merkel said the annexation of Crimea was illegal.", "2017-03-01", "UKR"),
])
def test_the_victim_of_a_judged_act_is_not_judged(judgements, text, published, victim):
    assert not [j for j in judgements(text, published) if j[2] == victim]


@pytest.mark.parametrize("text, published, expected", [
    ("Russia annexed Crimea in March. Merkel said the annexation of Crimea was illegal.", "2017-03-01",
     ("111", "DEUGOV", "RUS")),
    ("Turkish police arrested an American pastor in Izmir on Monday. Trump said the arrest of the pastor was a "
     "disgrace.", "2018-08-01", ("111", "USAGOV", "TURCOP")),
    ("Merkel said Russia's annexation of Crimea was illegal.", "2017-03-01", ("111", "DEUGOV", "RUS")),
    ("Merkel said the decision of the Russian court was a mistake.", "2017-03-01", ("111", "DEUGOV", "RUSJUD")),
])
def test_the_doer_of_an_act_done_to_someone_is_judged(judgements, text, published, expected):
    assert expected in judgements(text, published)


# acts committed ("is committing war crimes"), acts judged excessive or discriminatory, a massacre,
# and "their behavior" said of someone named beside the verb of saying
@pytest.mark.parametrize("text, published, expected", [
    ('"The Israeli government is committing war crimes," the Turkish president said.', "2023-11-01",
     ("112", "TURGOV", "ISRGOV")),
    ("The Ukrainian foreign minister said Russian troops had committed atrocities in Bucha.", "2022-04-04",
     ("111", "UKRGOV", "RUSMIL")),
    ("The European Union said Hungary's new law was discriminatory.", "2021-06-20", ("111", "IGOEUR", "HUN")),
    ("The Turkish foreign ministry said Israel's response was disproportionate.", "2023-11-01",
     ("111", "TURGOV", "ISR")),
    ("The Palestinian Authority said the Israeli raid was a massacre.", "2023-07-04", ("112", "PSEGOV", "ISR")),
    ('"Their behavior is unacceptable," the Chinese foreign ministry said of the Philippine coast guard.',
     "2023-08-07", ("111", "CHNGOV", "PHL")),
])
def test_more_judgements_of_acts(judgements, text, published, expected):
    assert any(j[0] == expected[0] and j[1] == expected[1] and j[2].startswith(expected[2])
               for j in judgements(text, published))


@pytest.mark.parametrize("text, published", [
    ("Police said the man had committed suicide.", "2023-07-04"),                   # no judgement
    ("The court said the sentence was excessive.", "2023-07-04"),                   # no actor behind it
    ('"Their behavior is unacceptable," the minister said.', "2023-07-04"),         # nobody named
])
def test_no_judgement_of_acts_without_an_actor(judgements, text, published):
    assert judgements(text, published) == set()


# spreading lies and stoking hatred: verbs that judge with such objects only
@pytest.mark.parametrize("text, published, expected", [
    ("The Chinese foreign ministry said the United States was spreading lies about Xinjiang.", "2021-03-01",
     ("112", "CHNGOV", "USA")),
    ('"Moscow has been peddling conspiracy theories for years," the British foreign secretary said.', "2021-03-01",
     ("112", "GBRGOV", "RUSGOV")),
    ("The German chancellor said the far-right party had stoked hatred against refugees.", "2021-03-01",
     ("111", "DEUGOV", "DEUPTY")),
    ('"Hillary Clinton has been spreading lies about me," Trump said.', "2016-09-16", ("112", "USAPTY", "USAPTY")),
])
def test_spreading_lies_and_stoking_hatred(judgements, text, published, expected):
    assert any(j[0] == expected[0] and j[1] == expected[1] and j[2].startswith(expected[2][:3])
               for j in judgements(text, published))


@pytest.mark.parametrize("text, published", [
    ("The minister said the virus was spreading fast.", "2021-03-01"),
    ("The minister said Germany had spread the costs over ten years.", "2021-03-01"),
    ("The minister said Amazon had spread its business to Africa.", "2021-03-01"),
    ("The German chancellor said China's devaluation had stoked fears of a currency war.", "2016-03-01"),
    ("The French president said the tariffs had fanned tensions between the two countries.", "2019-03-01"),
])
def test_spreading_without_lies_is_no_judgement(judgements, text, published):
    assert judgements(text, published) == set()


# blame: "said Pakistan was responsible for the attack" accuses the one held responsible of a hostile act
@pytest.mark.parametrize("text, published, expected", [
    ("The Indian government said Pakistan was responsible for the attack.", "2019-02-20", {("112", "INDGOV", "PAK")}),
    ('"Hamas is fully responsible for the killing of the three teenagers," the Israeli prime minister said.',
     "2014-07-01", {("112", "ISRGOV", "PSEREB")}),
    ("The Ukrainian president said Russia was responsible for the bombing of the theatre.", "2022-03-20",
     {("112", "UKRGOV", "RUS")}),
    ("The minister said the police were responsible for security at the stadium.", "2019-02-20", set()),
    ("The Indian government said Pakistan was not responsible for the attack.", "2019-02-20", set()),
])
def test_blame_for_a_hostile_act_accuses(judgements, text, published, expected):
    assert judgements(text, published) == expected


@pytest.mark.parametrize("section, fault", [
    ('blame: {code: "051", adjectives: {responsible: [for]}, acts: [attack]}\n', "blame: code"),
    ('blame: {code: "112", adjectives: [responsible], acts: [attack]}\n', "blame.adjectives"),
    ('blame: {code: "112", adjectives: {responsible: [for]}, acts: []}\n', "blame.acts"),
])
def test_blame_faults_name_file_and_line(tmp_path, section, fault):
    path = tmp_path / "evaluations.yaml"
    path.write_text("entries:\n" + '  - {id: a, code: "111", polarity: negative, nouns: [mistake]}\n'
                    + "speech: {groups: [speech]}\n" + section, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        EvaluationLexicon.load(path, cameo=CameoCodes.load())
    assert fault in str(err.value) and str(path) in str(err.value) and err.value.line == 4
