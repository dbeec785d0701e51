"""Property tests of the whole pipeline on untrusted text: quotation marks in any arrangement,
odd Unicode, markup, empty and huge inputs.

Invariants: every input article yields exactly one Article record, in order; a failure is
recorded on the article (never raised); every offset of every record indexes into the cleaned
text and slices out the record's own text; every record validates against the shipped schema.
"""

from __future__ import annotations

from fuzz_budget import fuzz
from hypothesis import given
from hypothesis import strategies as st

from eventwire.pipeline import Pipeline
from eventwire.records import Article

_BATCHED: dict[int, Pipeline] = {}

SENTENCES = [
    "Trump spoke by phone with Putin on Saturday.", "Russia accused Ukraine of shelling civilians near Donetsk.",
    "The Kremlin said the two leaders agreed to meet soon.", "Merkel sharply criticised Erdogan last week.",
    "Protesters marched in Paris on Monday, police said.", "The United Nations sent aid to Syria in 2016.",
    "Washington imposed new sanctions on Moscow two days ago.", "He added that the talks would continue.",
    "according to Reuters", "he said", "Peskov told TASS", "she added", "officials said on Tuesday",
]
MARKS = ['"', "“", "”", "„", "«", "»", "''", "``", "'", "’", "‘", "—", ":", ","]
ODD = ["\x00", "\u200b", "\ufeff", "\u202e", "\U0001f600", "e\u0301", "\r", "\t", "<script>alert(1)</script>",
       "<img src=x onerror=alert(1)>", "javascript:alert(1)", "'; DROP TABLE events; --", "\\", "%", "\ud7ff"]


def article_texts() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(MARKS), st.sampled_from(ODD),
                      st.sampled_from([" ", "\n", "\n\n"]), st.text(max_size=12))
    return st.lists(piece, max_size=30).map(" ".join)


def _check_offsets(coded, validate) -> None:
    art = coded.article
    text = art.text
    validate("article", art.to_dict())
    for q in coded.quotes:
        validate("quote", q.to_dict())
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    for t in coded.times:
        validate("time", t.to_dict())
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
    for ev in coded.events:
        validate("event", ev.to_dict())
        e = ev.evidence
        assert 0 <= e.start <= e.end <= len(text) and text[e.start:e.end] == e.text
        if e.trigger_start is not None:
            assert e.start <= e.trigger_start <= e.trigger_end <= e.end
        for ref in (ev.source, ev.target):
            if ref is not None:
                assert 0 <= ref.start <= ref.end <= len(text) and text[ref.start:ref.end] == ref.text


@fuzz(30, scale=0.2)
@given(article_texts(), st.sampled_from([None, "2017-01-29", "1999-12-31", "not a date", "0001-01-01"]))
def test_quote_marks_in_any_arrangement_code_without_a_crash(pipeline, record_validator, text, published):
    coded = pipeline.code_text(text, published=published)
    assert coded.article.status in ("ok", "skipped")   # odd text is skipped with a reason, never failed
    assert coded.article.status == "ok" or coded.article.reason
    _check_offsets(coded, record_validator)


inputs = st.builds(
    lambda text, ident, status, published: Article(id=ident, text=text, status=status, published=published,
                                                   reason=None if status == "ok" else "given"),
    st.one_of(article_texts(), st.text(max_size=40), st.just(""), st.just(" \n\t "),
              st.integers(1, 40).map(lambda n: "Putin met Trump. " * n)),
    st.sampled_from(["", "x1", "x2", "dup", "dup"]) | st.text(max_size=6),
    st.sampled_from(["ok", "ok", "ok", "skipped", "failed"]),
    st.sampled_from([None, "2017-01-29", "junk", "2017-02-30"]),
)


@fuzz(12, scale=0.1)
@given(st.lists(inputs, max_size=8), st.integers(1, 4))
def test_every_input_article_yields_exactly_one_article_record(pipeline, record_validator, articles, batch):
    given_ids = [a.id for a in articles]
    given_status = [a.status for a in articles]
    batched = _BATCHED.get(batch)
    if batched is None:   # same model and dictionaries (shared Resources), another spaCy batch size
        batched = _BATCHED[batch] = Pipeline(pipeline.options.with_(batch_size=batch), resources=pipeline.resources)
    out = list(batched.code_articles(articles))
    assert len(out) == len(articles)
    for coded, ident, status in zip(out, given_ids, given_status):
        if ident:
            assert coded.article.id == ident       # order kept, ids kept
        else:
            assert coded.article.id                # an id is always assigned
        if status != "ok":
            assert coded.article.status == status and not coded.events   # not-ok input passes through untouched
        assert coded.article.status in ("ok", "skipped", "failed")
        _check_offsets(coded, record_validator)


def test_members_of_a_plural_mention_index_their_own_span(pipeline, record_validator):
    """Found by the long fuzz run: 'the two leaders' coded its members with the canonical name as
    text but the plural mention's offsets."""
    text = "Trump spoke by phone with Putin on Saturday. The Kremlin said the two leaders agreed to meet soon."
    coded = pipeline.code_text(text, published="2017-01-29")
    assert coded.events
    _check_offsets(coded, record_validator)
