"""Single quotation marks (‘…’ and '...', British and Asian wire style) are quotation marks;
apostrophes never open or close one, single marks inside double ones stay inner quotes, and a
single mark that never closes swallows nothing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.quotes.marks import find_segments


def texts(text):
    return [text[s.start:s.end] for s in find_segments(text)]


@pytest.mark.parametrize("text, segment", [
    ("‘We will not back down,’ the minister said.", "‘We will not back down,’"),
    ("'We will not back down,' the minister said.", "'We will not back down,'"),
    ("The premier told parliament: ‘There will be no early election.’", "‘There will be no early election.’"),
    ("Officials called the attack ‘cowardly’, and the army vowed to respond.", "‘cowardly’"),
    ("Beijing warns Taipei over ‘separatist’ moves\nBEIJING - China said on Monday ...", "‘separatist’"),
    ("'I'm not going anywhere,' Mr Khan told supporters in Lahore.", "'I'm not going anywhere,'"),
])
def test_single_marks_make_a_segment(text, segment):
    assert texts(text) == [segment]


@pytest.mark.parametrize("text", [
    "The players' union said it didn't agree with the owners' offer.",
    "Sean O’Brien and Mary O'Neill said the ’90s and the '60s were different.",
    "They played rock ’n’ roll and rock 'n' roll all night, singing 'em all.",
    "James' brother and the Jones' house were sold; ’tis the season.",
    "The company’s chief said it won’t cut jobs at the workers’ plant.",
])
def test_apostrophes_never_open_or_close_a_quotation(text):
    assert texts(text) == []


def test_a_plural_possessive_inside_a_single_quotation_does_not_close_it():
    text = "‘The players' union was never consulted,’ the club said."
    assert texts(text) == ["‘The players' union was never consulted,’"]
    text = "'The farmers' leaders have walked out,' a police officer said."
    assert texts(text) == ["'The farmers' leaders have walked out,'"]


def test_a_single_word_closing_after_an_s_still_closes_before_the_next_quotation():
    text = "He called the plan a ‘crisis’ on Monday and the response ‘shameful’."
    assert texts(text) == ["‘crisis’", "‘shameful’"]
    assert texts("The opposition called the talks ‘useless’ and walked out.") == ["‘useless’"]


def test_single_marks_inside_double_ones_stay_inner():
    text = "“The chairman told me ‘we are finished’ before he left,” the lawyer said."
    assert texts(text) == ["“The chairman told me ‘we are finished’ before he left,”"]
    text = "\"He said 'no deal' twice,\" the envoy recalled."
    assert texts(text) == ["\"He said 'no deal' twice,\""]


def test_a_single_quotation_around_double_marks_is_the_outer_one():
    text = "‘They kept repeating “not yet”, and we waited,’ she said."
    assert texts(text) == ["‘They kept repeating “not yet”, and we waited,’"]


@pytest.mark.parametrize("text, expected", [
    ("Lam said: 'The government will never give in.\nThe rest stays outside. Officials said 'no' later.",
     ["'no'"]),
    ("He said ‘this never closes.\nNext paragraph has a ‘real’ quote.\nMore text here.", ["‘real’"]),
    ("‘It never closes, and as the fans waited outside the ground the players' union\nmet again.", []),
])
def test_a_single_mark_that_never_closes_swallows_nothing(text, expected):
    assert texts(text) == expected


def test_a_headline_style_subheading_in_single_marks_is_no_quotation():
    text = "The study was published on Monday.\n\n'All Bets Are Off.'\n\nEight years ago, he ran for office."
    assert texts(text) == []
    text = "The study was published on Monday.\n\n‘We will keep fighting for these families.’\n\nHe left."
    assert texts(text) == ["‘We will keep fighting for these families.’"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list("ab s\n\"“”‘’'`.,90")), max_size=200))
def test_single_and_double_segments_never_overlap(text):
    last_end = 0
    for seg in find_segments(text):
        assert 0 <= last_end <= seg.start < seg.inner_start <= seg.inner_end < seg.end <= len(text)
        last_end = seg.end


def test_letters_around_every_mark_give_no_segment():
    text = " ".join(f"wor{m}ds" for m in "‘’'" * 50)
    assert texts(text) == []


def test_a_split_off_clitic_of_tokenised_text_opens_nothing():
    text = "Ryanair 's orders rose , we 're told , and chief Michael O' Leary said they 'll rise again ."
    assert texts(text) == []


def test_a_single_quotation_runs_over_paragraphs_as_double_ones_do():
    text = "He said:\n‘The first part ends here.\n‘And the second one closes it,’ he said.\nAfter."
    assert texts(text) == ["‘The first part ends here.\n‘And the second one closes it,’"]
    text = "Officials met.\n\n'We waited for weeks.\n\n'Nobody came,' the mayor said."
    assert texts(text) == ["'We waited for weeks.\n\n'Nobody came,'"]


def test_an_open_headline_is_not_carried_into_the_next_paragraph():
    assert texts("Minister: ‘We will fight\n‘The talks failed,’ he said.") == ["‘The talks failed,’"]
