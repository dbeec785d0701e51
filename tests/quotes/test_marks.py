from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.quotes.marks import SegmentIndex, find_segments


def texts(text):
    return [text[s.start:s.end] for s in find_segments(text)]


def test_straight_curly_and_typewriter_marks():
    text = 'He said "one" and “two” and \'\'three\'\' then.'
    assert texts(text) == ['"one"', "“two”", "''three''"]


def test_split_quote_gives_two_segments():
    assert texts("“We have,” he said, “a plan.”") == ["“We have,”", "“a plan.”"]


def test_multi_paragraph_quote_follows_the_open_paragraph_convention():
    text = "He said: “First paragraph.\n“Second paragraph.”\nAfter."
    assert texts(text) == ["“First paragraph.\n“Second paragraph.”"]


def test_unbalanced_mark_does_not_swallow_the_article():
    # the quote left open at its paragraph's end after a full sentence ends there (session 12)
    text = 'He said "this never closes.\nNext paragraph has a "real" quote.\nMore text.'
    assert texts(text) == ['"this never closes.', '"real"']
    text = 'He said "this never\nNext paragraph has a "real" quote.\nMore text.'
    assert texts(text) == ['"real"']


def test_second_opener_drops_the_stray_first_one():
    assert texts("A “stray “inner” end") == ["“inner”"]


def test_stray_closer_alone_is_ignored():
    assert texts("x ” y z") == []


def test_index_answers_coverage_and_quoted_characters():
    text = 'a "bc" d'
    index = SegmentIndex(find_segments(text))
    assert index.at(3) is not None and index.at(0) is None
    assert index.quoted_chars(0, len(text)) == 2


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(list('ab \n"“”„«»\'`.,')), max_size=200))
def test_segments_always_index_into_the_text_and_never_overlap(text):
    last_end = 0
    for seg in find_segments(text):
        assert 0 <= last_end <= seg.start < seg.inner_start <= seg.inner_end < seg.end <= len(text)
        last_end = seg.end


def test_reversed_closing_mark_opening_a_paragraph_opens():
    text = "Intro.\n”Fear is all I feel,” she wrote."
    [seg] = find_segments(text)
    assert text[seg.start:seg.end] == "”Fear is all I feel,”"
