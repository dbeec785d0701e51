"""Bad input never crashes and never loses the rest of the article."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

AFTER = "Later, the foreign minister said that the border would stay open."


def _offsets_ok(cdoc):
    text = cdoc.article.text
    for q in cdoc.quotes:
        assert 0 <= q.start < q.end <= len(text) and q.text == text[q.start:q.end]
        if q.speaker is not None:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_odd_number_of_marks_keeps_the_rest_of_the_article(quote_stage_runner):
    cdoc = quote_stage_runner('He said "this quote never closes.\n' + AFTER)
    _offsets_ok(cdoc)
    assert any(q.text == "that the border would stay open" for q in cdoc.quotes)


def test_five_thousand_word_quote(quote_stage_runner):
    long = " ".join(["word"] * 5000)
    cdoc = quote_stage_runner(f"“{long}.” the spokesman said.\n{AFTER}")
    _offsets_ok(cdoc)
    assert any(q.kind == "direct" and len(q.text) > 20000 for q in cdoc.quotes)
    assert any(q.text == "that the border would stay open" for q in cdoc.quotes)


def test_quotes_in_other_scripts(quote_stage_runner):
    text = "«Мы готовы к диалогу», — сказал Песков. 「我们准备好了」他说。\n“نحن مستعدون,” he said.\n" + AFTER
    cdoc = quote_stage_runner(text)
    _offsets_ok(cdoc)
    assert any(q.text == "that the border would stay open" for q in cdoc.quotes)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab said he \n\"“”„«».,:")), max_size=120))
def test_any_text_gives_quotes_that_index_into_it(quote_stage_runner, text):
    _offsets_ok(quote_stage_runner("The minister said: " + text + "\n" + AFTER))


WORDS = st.sampled_from(["said", "he", "She", "told", "TASS", "Reuters", "reported", '"', "“", "”", "''",
                         "according", "to", ":", ".", ",", "\n", "Peskov", "the", "Kremlin", "added",
                         "that", "―", "Pence:", "WALLACE:", "claim", "'s", 'x"y'])


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=40), st.booleans())
def test_any_mix_of_cues_and_marks_gives_quotes_that_index_into_it(quote_stage_runner, words, glued):
    cdoc = quote_stage_runner(("" if glued else " ").join(words) + "\n" + AFTER)
    _offsets_ok(cdoc)
    assert any(q.text == "that the border would stay open" for q in cdoc.quotes)
