"""Quotations inside quotations: the words a speaker quotes (single marks inside double ones, or
double inside single in the British order) are part of that speaker's one quote, never a quote of
their own nor the place where the outer quote ends; the same holds when the outer quote runs over
paragraphs set apart by blank lines (each one opening again, the news convention), while the turns
of a quoted transcript ("NAME: ...) stay turns of their own."""

import pytest


def _one_quote(find_quotes, text, inner):
    quotes = find_quotes(text)
    holding = [q for q in quotes if inner in q.text]
    assert len(holding) == 1, [(q.cue, q.text) for q in quotes]
    assert not [q for q in quotes if q.text.strip("'‘’\"“”,.!? ") == inner], [(q.cue, q.text) for q in quotes]
    return holding[0]


@pytest.mark.parametrize("text, inner, speaker, last_words", [
    # single marks inside double ones, attribution before or after, straight or curly
    ('The farmer said: "The soldiers kept shouting \'get out\' before they burned the barn."',
     "get out", "The farmer", "burned the barn"),
    ('"My grandmother always told me, \'Never sign a paper you have not read,\'" the senator said.',
     "Never sign a paper you have not read", "the senator", "have not read"),
    ("“I begged him ‘don’t go,’ but he went anyway,” Ahmed said.", "don’t go", "Ahmed", "went anyway"),
    ('The pilot recalled: "The tower radioed \'abort the landing.\'"', "abort the landing", "The pilot",
     "abort the landing"),
    # the British order: double marks inside single ones
    ("‘The referee blew and said “that was a foul” and nobody argued,’ the captain said.",
     "that was a foul", "the captain", "nobody argued"),
    ("The keeper said: ‘The crowd chanted “one more goal” for the last ten minutes.’", "one more goal",
     "The keeper", "last ten minutes"),
    ("‘He kept repeating “I did nothing wrong”’, the lawyer told the court.", "I did nothing wrong",
     "the lawyer", "I did nothing wrong"),
])
def test_an_inner_quotation_stays_in_the_speakers_one_quote(find_quotes, text, inner, speaker, last_words):
    quote = _one_quote(find_quotes, text, inner)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.text.rstrip("'‘’\"“”,.!? ").endswith(last_words)


def test_a_quoted_saying_with_a_speaker_inside_is_still_the_outer_speakers(find_quotes):
    text = '"When the coach told us \'we lost together,\' the whole team cried," the striker told reporters.'
    quote = _one_quote(find_quotes, text, "we lost together")
    assert quote.speaker is not None and quote.speaker.text == "the striker"


@pytest.mark.parametrize("text, inner, speaker, last_words", [
    ('A teacher described the night of the flood: "The water rose to the windows within an hour. '
     'Next door a man was yelling \'the roof, get on the roof.\'\n\n"We sat up there until dawn, when '
     'the boats came."\n\nThe council said repairs would take months.',
     "the roof, get on the roof", "A teacher", "when the boats came"),
    ('The driver said: "At the checkpoint an officer asked me, \'Where are your papers?\' I had none.\n\n'
     '"Then he said \'turn back\' and we drove for two days."\n\nThe ministry said the crossing was open.',
     "Where are your papers?", "The driver", "drove for two days"),
    ('Ms Varga said: “We had waited since noon.\n\n“At six the manager came out and told us ‘the shop is '
     'closed.’”\n\nThe firm apologised on Monday.',
     "the shop is closed", "Ms Varga", "the shop is closed"),
])
def test_a_quote_over_blank_line_paragraphs_keeps_its_inner_quotation(find_quotes, text, inner, speaker,
                                                                      last_words):
    quote = _one_quote(find_quotes, text, inner)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.text.rstrip("'‘’\"“”,.!? ").endswith(last_words)
    assert "\n\n" in quote.text


def test_paragraphs_of_a_quote_set_apart_by_blank_lines_are_one_quote(find_quotes):
    text = ('The mayor said: "We will rebuild the bridge by spring.\n\n"The money is already in the budget."'
            '\n\nCritics said the plan was too slow.')
    quotes = find_quotes(text)
    mayor = [q for q in quotes if "rebuild the bridge" in q.text]
    assert len(mayor) == 1 and "already in the budget" in mayor[0].text
    assert mayor[0].speaker is not None and mayor[0].speaker.text == "The mayor"
    assert any(q.text == "the plan was too slow" for q in quotes)


def test_a_quote_closed_in_its_paragraph_does_not_run_on(find_quotes):
    text = 'The coach said: "Losing hurts. But you learn."\n\n"Next season," he added, "we go again."'
    quotes = find_quotes(text)
    first = [q for q in quotes if "Losing hurts" in q.text]
    assert len(first) == 1 and "Next season" not in first[0].text


def test_quoted_transcript_turns_stay_apart(find_quotes):
    text = ('The host pressed the candidate on taxes.\n\n"HARRIS: Will you raise them for families?\n\n'
            '"DUNN: No. Not a cent, and I have said so for a year.\n\n"HARRIS: And for companies?"\n\n'
            'The exchange lasted ten minutes.')
    quotes = find_quotes(text)
    turns = [(q.speaker.text, q.text) for q in quotes if q.speaker is not None and q.speaker.text in ("HARRIS", "DUNN")]
    assert [(who, words.split()[0]) for who, words in turns] == [("HARRIS", "Will"), ("DUNN", "No."), ("HARRIS", "And")]
    assert not [q for q in quotes if "Will you raise" in q.text and "Not a cent" in q.text]


@pytest.mark.parametrize("text, speaker, words", [
    ('The host pressed the candidate on taxes.\n\n"HARRIS: Will you raise them for families?\n\n'
     '"DUNN: No. Not a cent, and I have said so for a year.\n\n"HARRIS: And for companies?"\n\n'
     'The exchange lasted ten minutes.', "HARRIS", "And for companies?"),
    ('An excerpt of the interview follows.\n\n"OKAFOR: Did the board know about the losses?\n\n'
     '"MBEKI: It knew by March, and it said nothing.\n\n"Read the full interview on our website."',
     "MBEKI", "It knew by March, and it said nothing"),
])
def test_the_closing_turn_of_a_quoted_transcript_is_its_labels(find_quotes, text, speaker, words):
    quotes = find_quotes(text)
    last = [q for q in quotes if words in q.text]
    assert len(last) == 1, [(q.cue, q.text) for q in quotes]
    assert last[0].speaker is not None and last[0].speaker.text == speaker
    assert not last[0].text.lstrip("\"“").startswith(speaker)
