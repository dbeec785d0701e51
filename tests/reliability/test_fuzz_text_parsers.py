"""Property tests of the pure text parsers: the cleaner, the quotation-mark pairer, the time finder
and normaliser. Invariants: no exception escapes, every offset indexes into the text, nothing the
cleaner drops is lost."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

from fuzz_budget import fuzz
from hypothesis import example, given
from hypothesis import strategies as st

from eventwire.quotes.marks import SegmentIndex, find_segments
from eventwire.stages.clean import clean_text, normalise_text
from eventwire.times.finder import find_candidates
from eventwire.times.normalise import period_bounds, resolve

# ---------------------------------------------------------------- strategies

BOILERPLATE = ["CONNECTTWEET 1 LINKEDINCOMMENTEMAILMORE", "CLOSE", "Read or Share this story: http://x.co/a",
               "Trump and Putin talk (Jan. 28) AP", "http://example.org/a?b=c", "Share this story",
               "Follow us on Twitter", "Copyright 2017 Example Wire. All rights reserved.", "Photo: AP",
               "Related: more stories", "Advertisement", "x", "1", "SIGN UP for our newsletter"]
SENTENCES = ["Russia accused Ukraine of shelling civilians near Donetsk.",
             "The talks were constructive, the minister said.",
             "\"We will not accept this,\" Merkel told reporters on Monday.",
             "Putin spoke by phone with Trump on Saturday.", "Protesters marched in Paris.",
             "He said: “The deal is done.”", "«Non», a-t-il dit."]
ODD = ["\x00", "\x1b[31m", "\r\n", "\r", "\u2028", "\u200b", "\ufeff", "\ud7ff", "\U0001f600", "e\u0301",
       "\u202e", "\t", "   ", "\x7f", "\x85", "<script>alert(1)</script>", "''", "``", "„", "»", "«", "“", "”", '"']


def lines_strategy() -> st.SearchStrategy[str]:
    line = st.one_of(st.sampled_from(BOILERPLATE), st.sampled_from(SENTENCES), st.sampled_from(ODD),
                     st.text(max_size=80))
    sep = st.sampled_from(["\n", "\r\n", "\r", "\n\n", " ", "\u2029"])
    return st.lists(st.tuples(line, sep), max_size=25).map(lambda parts: "".join(a + b for a, b in parts))


QUOTE_CHARS = ['"', "“", "”", "„", "«", "»", "''", "``", "'", "’", "‘"]
WORDS = ["he", "said", "Putin", "told", "reporters", "we", "will", "not", "yield", ",", ".", ":", "—", "(", ")"]


def quote_text() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(QUOTE_CHARS), st.sampled_from(WORDS), st.sampled_from([" ", "\n", "\n\n"]),
                      st.text(max_size=5))
    return st.lists(piece, max_size=60).map(" ".join) | st.lists(piece, max_size=60).map("".join)


MONTHS = ["January", "Feb.", "February", "Sept.", "sept", "Dec", "May", "march"]
TIME_BITS = ["last", "next", "this", "past", "coming", "Monday", "Saturday", "weekend", "week", "month", "year",
             "years", "ago", "days", "two", "twenty-one", "a few", "several", "1.5", "the", "of", "early", "late",
             "mid", "Q3", "quarter", "first half", "2017", "1999", "0000", "9999", "99999", "1066", "2117",
             "30th", "31st", "45th", "Feb 30", "2017-02-30", "2017-13-01", "2017-01-28", "28/01/2017", "13/13/2013",
             "1/2/3", "10:30 a.m.", "25:61", "noon", "midnight", "GMT", "UTC+3", "tonight", "yesterday", "today",
             "tomorrow", "Christmas", "Ramadan", "summer", "1990s", "the '90s", "century", "decade", "since",
             "until", "between", "and", "from", "to", "-", "–", ",", ".", "every", "each", "Tuesdays",
             "0th", "0", "00", "1e9", "٢٠١٧", "２０１７", "٢٨ January ٢٠١٧", "2017-٠١-28", "10000000000000000000000", "-5", "+3"]


def time_text() -> st.SearchStrategy[str]:
    bit = st.one_of(st.sampled_from(TIME_BITS), st.sampled_from(MONTHS), st.integers(-10, 10_000).map(str))
    return st.lists(bit, max_size=14).map(" ".join)


anchors = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
directions = st.sampled_from([None, "past", "future"])
TIMEX = re.compile(r"^(\d{4}(-(\d{2}(-\d{2}(T[\d:]+)?)?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{3}X?|\d{2}XX|"
                   r"P[\dX.]+[A-Z]+|PT[\dX.]+[A-Z]+|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX[-\w]*|T[\d:]+|"
                   r"\d{4}-\d{2}-\d{2}T\w+|R?P?.*)$")


# ---------------------------------------------------------------- the cleaner

@fuzz(300)
@given(lines_strategy())
def test_the_cleaner_never_raises_and_loses_no_line(raw):
    result = clean_text(raw)
    expected = [l.strip() for l in normalise_text(raw).split("\n") if l.strip()]
    kept = [l.strip() for l in result.text.split("\n") if l.strip()]
    # every non-empty line is kept or recorded as removed, exactly once, verbatim
    assert Counter(kept) + Counter(result.removed) == Counter(expected)
    assert all(ch in "\n\t" or unicodedata.category(ch)[0] != "C" for ch in result.text)
    assert result.title is None or result.title in kept


@fuzz(200)
@given(st.text())
def test_the_cleaner_accepts_any_unicode(raw):
    result = clean_text(raw)
    assert isinstance(result.text, str) and all(isinstance(r, str) for r in result.removed)
    assert "\r" not in result.text


# ---------------------------------------------------------------- quotation marks

@fuzz(400)
@given(quote_text())
def test_quote_segments_index_the_text_and_never_overlap(text):
    segments = find_segments(text)
    last_end = 0
    for seg in segments:
        assert 0 <= seg.start <= seg.inner_start <= seg.inner_end <= seg.end <= len(text)
        assert seg.start >= last_end
        last_end = seg.end
    index = SegmentIndex(segments)
    for pos in range(0, len(text) + 1, max(1, len(text) // 7)):
        found = index.at(pos)
        assert found is None or found.start <= pos < found.end or found.start <= pos <= found.end
        assert 0 <= index.quoted_chars(0, pos) <= pos


# ---------------------------------------------------------------- times

@fuzz(400)
@given(time_text(), anchors, directions)
def test_time_candidates_index_the_text_and_resolve_without_raising(text, anchor, direction):
    candidates = find_candidates(text)
    last_end = 0
    for cand in candidates:
        assert 0 <= cand.start < cand.end <= len(text)
        assert text[cand.start:cand.end] == cand.text
        assert cand.start >= last_end      # non-overlapping, in order
        last_end = cand.end
        res = resolve(cand, anchor, direction)   # documented: impossible dates come back as None, never raise
        assert res.value is None or isinstance(res.value, str)
        if res.value is not None:
            assert TIMEX.match(res.value), res.value
        if res.range:
            assert set(res.range) <= {"from", "to", "begin", "end", "start"}


@fuzz(300)
@given(st.text(max_size=40))
@example("²000")          # a digit that is not decimal: int() raised
def test_period_bounds_of_any_value_is_none_or_ordered(value):
    bounds = period_bounds(value)
    assert bounds is None or bounds[0] <= bounds[1]


@fuzz(200)
@given(st.text(max_size=200))
def test_time_finder_accepts_any_unicode(text):
    for cand in find_candidates(text):
        assert text[cand.start:cand.end] == cand.text
