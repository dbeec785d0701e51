"""Quotations in single marks are found, attributed and bounded as double-mark ones are."""

import pytest


def direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, content, speaker", [
    ("‘We will not back down,’ the minister said.", "‘We will not back down,’", "the minister"),
    ("'The talks have failed,' a senior official told reporters in Seoul on Tuesday.",
     "'The talks have failed,'", "a senior official"),
    ("The prime minister said: ‘This is a dark day for our country.’",
     "‘This is a dark day for our country.’", "The prime minister"),
    ("‘We don't accept the ruling and we will appeal,’ said Sean O’Brien, the union's leader.",
     "‘We don't accept the ruling and we will appeal,’", "Sean O’Brien, the union's leader"),
    ("‘Our troops were never there,’ the ministry added in a statement.",
     "‘Our troops were never there,’", "the ministry"),
])
def test_a_single_mark_quotation_is_a_direct_quote_with_its_speaker(find_quotes, text, content, speaker):
    found = direct(find_quotes(text))
    assert [(q.text, q.speaker.text if q.speaker else None) for q in found] == [(content, speaker)]


def test_a_single_quoted_phrase_after_a_verb_is_part_of_the_reported_words(find_quotes):
    quotes = find_quotes("Police said ‘a number of people’ had been arrested after the clashes.")
    assert [(q.kind, q.text, q.speaker.text) for q in quotes] == [
        ("mixed", "‘a number of people’ had been arrested after the clashes", "Police")]


def test_the_rest_of_the_article_survives_an_unclosed_single_mark(find_quotes):
    text = ("Lam said: 'The government will never give in to violence.\n"
            "Protesters marched again on Sunday. The police commissioner said officers had shown restraint.")
    quotes = find_quotes(text)
    assert all("Protesters" not in q.text for q in quotes)
    assert any(q.text == "officers had shown restraint" and q.speaker.text == "The police commissioner"
               for q in quotes)


def test_a_plural_possessive_does_not_cut_the_quotation(find_quotes):
    found = direct(find_quotes("‘The players' union was never consulted,’ a club spokesman said."))
    assert [q.text for q in found] == ["‘The players' union was never consulted,’"]


def test_a_single_mark_quotation_over_two_paragraphs_is_one_direct_quote(find_quotes):
    text = ("The minister spoke to reporters in Delhi on Friday.\n"
            "‘We have given the talks every chance. The other side has walked away.\n"
            "‘We will now take the matter to the courts,’ she said.\nThe opposition said nothing.")
    found = direct(find_quotes(text))
    assert [(q.text, q.speaker.text) for q in found] == [
        ("‘We have given the talks every chance. The other side has walked away.\n"
         "‘We will now take the matter to the courts,’", "she")]
