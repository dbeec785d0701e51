"""Participle clauses of a reporting verb. A bare passive participle ("Asked about X, Lavrov said
...") is the question put to the main clause's subject: its content has no speaker named, and the
subject is not its speaker. A subjectless ", VB-ing <object>" after a clause ("met Putin, summing
up the talks") is no inverted attribution ("..., the minister said"): the clause before it is not
its content."""

import pytest


@pytest.mark.parametrize("text, cue, content, subject", [
    ("Asked about the sanctions, Lavrov said Russia would respond in kind.", "Asked about", "the sanctions",
     "Lavrov"),
    ("When asked about the election, Putin told reporters he had not interfered.", "asked about", "the election",
     "Putin"),
    ("Asked whether he would resign, the prime minister said no.", "Asked", "whether he would resign",
     "the prime minister"),
    ("Questioned about the deal on Tuesday, the company's chief executive declined to comment.", "Questioned about",
     "the deal", "the company's chief executive"),
])
def test_a_passive_participle_is_no_quote_of_the_main_subject(find_quotes, text, cue, content, subject):
    quotes = find_quotes(text)
    asked = [q for q in quotes if q.cue == cue]
    assert [q.text for q in asked] == [content], [(q.cue, q.text) for q in quotes]
    assert asked[0].speaker is None or asked[0].speaker.text != subject
    assert all(q.text != text.split(",")[0] for q in quotes)   # nor the participle clause as content


def test_the_main_report_keeps_its_speaker(find_quotes):
    quotes = find_quotes("Asked about the sanctions, Lavrov said Russia would respond in kind.")
    said = [q for q in quotes if q.cue == "said"]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in said] == \
        [("Russia would respond in kind", "Lavrov")]


def test_a_participle_under_a_passive_participle_keeps_the_controller(find_quotes):
    # "When forced to defend X, Trump said": Trump defends it (the participle is not the cue itself)
    quotes = find_quotes("When forced to defend his tax returns, Trump said he had been smart.")
    defend = [q for q in quotes if q.cue == "defend"]
    assert defend and defend[0].speaker is not None and defend[0].speaker.text == "Trump"


def test_a_verb_under_an_unattributed_cue_is_part_of_it(find_quotes):
    quotes = find_quotes("Both governments are expected to publish a joint statement later this week.")
    assert [q.cue for q in quotes] == ["expected"]


@pytest.mark.parametrize("text, cue, clause", [
    ("Trump met Putin for two hours on Friday, summing up the conversations as productive.", "summing up",
     "Trump met Putin for two hours on Friday"),
    ("The ministers met in Brussels on Monday, discussing the migration crisis at length.", "discussing",
     "The ministers met in Brussels on Monday"),
    ("Hamas rejected an Israeli proposal for a pause in fighting, insisting on a full withdrawal.", "insisting",
     "Hamas rejected an Israeli proposal for a pause in fighting"),
])
def test_a_trailing_participle_does_not_report_the_clause_before_it(find_quotes, text, cue, clause):
    quotes = find_quotes(text)
    assert not [q for q in quotes if q.cue == cue and q.text == clause], [(q.cue, q.text) for q in quotes]


def test_an_inverted_attribution_still_reports_the_clause_before_it(find_quotes):
    quotes = find_quotes("The talks would go on for another week, the minister added.")
    assert [(q.cue, q.text) for q in quotes] == [("added", "The talks would go on for another week")]


@pytest.mark.parametrize("text, cue", [
    ('The minister gave an interview for the series "Leaders at Work," answering questions about her career.',
     "answering"),
    ('The senator spoke at a panel on "The Future of Trade," stressing the need for new markets.', "stressing"),
])
def test_a_quotation_inside_the_speakers_own_sentence_is_no_quote_before_the_cue(find_quotes, text, cue):
    # the speaker is named before the quotation: it is a title in her sentence, not her words before "..., she said"
    quotes = find_quotes(text)
    assert not [q for q in quotes if q.cue == cue and q.kind == "direct"], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, quote, speaker", [
    ('"We will win this seat!" his niece, Maria "Mia" Lopez, shouted to the crowd.', '"We will win this seat!"',
     "his niece"),
    ('"The fight is not over," the former governor, Robert "Bobby" Hale, told supporters.', '"The fight is not over,"',
     "the former governor"),
])
def test_a_nickname_in_the_attribution_is_skipped_for_the_quotation_before_it(find_quotes, text, quote, speaker):
    quotes = [q for q in find_quotes(text) if q.kind == "direct"]
    assert [q.text for q in quotes] == [quote], [(q.cue, q.text) for q in quotes]
    assert quotes[0].speaker is not None and quotes[0].speaker.text.startswith(speaker)


@pytest.mark.parametrize("text, asked, said, speaker", [
    ("Lavrov, asked whether Moscow would retaliate, said the response would be measured.", "asked", "said", "Lavrov"),
    ("The Kremlin spokesman, asked about the sanctions, told reporters that Russia would respond.", "asked about",
     "told", "The Kremlin spokesman"),
    ("Peskov, asked about the new U.S. sanctions, said Russia would retaliate.", "asked about", "said", "Peskov"),
    ("The ministry, asked about the report, said it had no comment.", "asked about", "said", "The ministry"),
])
def test_a_participle_set_off_by_commas_after_the_subject(find_quotes, text, asked, said, speaker):
    # the parser may read "X, asked about Y, said Z" as "X asked about Y" with "said" hanging from it
    by_cue = {q.cue: q for q in find_quotes(text)}
    assert asked in by_cue and said in by_cue, list(by_cue)
    assert by_cue[asked].speaker is None
    assert by_cue[said].speaker is not None and by_cue[said].speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Lavrov, Russia's top diplomat, said the response would be measured.", "Lavrov, Russia's top diplomat"),
    ("Peskov asked about the sanctions, and said Russia would respond.", "Peskov"),
])
def test_an_apposition_or_a_finite_verb_keeps_its_subject(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert quotes and all(q.speaker is not None and q.speaker.text == speaker for q in quotes), \
        [(q.cue, q.speaker and q.speaker.text) for q in quotes]
