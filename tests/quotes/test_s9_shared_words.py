"""The quote finder's word lists live in ``data/quotes/reporting_verbs.yaml`` (``writers_phrases``,
``no_holder_words``, ``pact_determiners``, ``verb_particles``, ``supposing_words``, ``quantity_words``), validated on load with errors naming file
and line; one set of relative pronouns (``quotes/boundaries.RELATIVE_PRONOUNS``, with "whom") serves
every finder that steps over a relative clause."""

import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.boundaries import RELATIVE_PRONOUNS
from eventwire.quotes.lexicon import QuoteLexicon

_GROUPS = "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n    lemmas: [say, praise]\n"


def _write(tmp_path, text):
    path = tmp_path / "verbs.yaml"
    path.write_text(_GROUPS + text, encoding="utf-8")
    return path


def test_shipped_word_lists_load():
    lex = QuoteLexicon.load()
    assert {"please", "never", "n't", ","} <= lex.command_openers
    assert lex.writers_saying_verbs == frozenset({"say", "mention", "speak"})
    assert {"it", "there", "which"} <= lex.no_holder_words
    assert lex.pact_determiners == frozenset({"the", "this", "that"})
    assert lex.away_particles == frozenset({"down", "off", "away"})   # "off" stays a word, not YAML's false
    assert "about" in lex.far_preps
    assert lex.supposing_words == frozenset({"assuming", "supposing", "presuming"})
    assert {"little", "much", "nothing"} <= lex.quantity_words
    assert RELATIVE_PRONOUNS == frozenset({"which", "who", "whom", "whose"})


def test_writers_phrases_must_give_all_three_lists(tmp_path):
    path = _write(tmp_path, "writers_phrases:\n  command_openers: [please]\n  saying_verbs: [say]\n")
    with pytest.raises(DictionaryError) as err:
        QuoteLexicon.load(verbs_file=path)
    assert str(path) in str(err.value) and ":7:" in str(err.value) and "gloss_subjects" in str(err.value)


@pytest.mark.parametrize("text, message", [
    ("no_holder_words: [it, two words]\n", "no_holder_words"),
    ("verb_particles:\n  far_preps: [about]\n  away: [down, 3]\n", "away"),
    ("pact_determiners: the\n", "pact_determiners"),
])
def test_a_bad_word_list_names_its_key(tmp_path, text, message):
    with pytest.raises(DictionaryError, match=message):
        QuoteLexicon.load(verbs_file=_write(tmp_path, text))


@pytest.mark.parametrize("text, words", [
    ("nouns: [claim]\npact_nouns: [claim, treaty, accord]\n", "'pact_nouns' must be reporting nouns listed under 'nouns': accord, treaty"),
    ("passive_judgements: [praise, lambast]\n", "'passive_judgements' must be reporting verbs listed above: lambast"),
])
def test_a_list_outside_its_parent_list_names_the_strays(tmp_path, text, words):
    with pytest.raises(DictionaryError) as err:
        QuoteLexicon.load(verbs_file=_write(tmp_path, text))
    assert str(err.value).endswith(words)


@pytest.mark.parametrize("text", [
    "According to the harbour master, whom reporters reached by phone, the ferry sank shortly after midnight.",
    "According to Ecuador's navy, whose divers searched the wreck, the trawler went down in calm seas.",
    "According to the two pilots, who landed the plane safely, a bird strike shattered the windscreen.",
])
def test_a_relative_clause_about_a_leading_source_is_not_the_content(find_quotes, text):
    quote = next(q for q in find_quotes(text) if q.cue.lower() == "according to")
    assert quote.text == text[text.index(",", text.index(",") + 1) + 2:-1]


@pytest.mark.parametrize("text, has_quote", [
    ("An agreement to share the river's water was signed in 1996.", True),
    ("The agreement to share the river's water was signed in 1996.", False),
    ("That agreement to share the river's water was signed in 1996.", False),
    ("A pledge to rebuild the bombed schools came from the donors' conference.", True),
    ("This pledge to rebuild the bombed schools came from the donors' conference.", False),
])
def test_a_known_pact_without_holder_reports_nothing(find_quotes, text, has_quote):
    assert any(q.speaker is None and q.text.startswith("to ") for q in find_quotes(text)) is has_quote


@pytest.mark.parametrize("text, speaker", [
    ("It sent a blunt message: foreign troops must leave by the summer.", None),
    ("The cabinet sent a blunt message: foreign troops must leave by the summer.", "The cabinet"),
])
def test_a_pronoun_holds_no_colon_message(find_quotes, text, speaker):
    quotes = [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text) if q.cue == "message"]
    assert quotes == [(speaker, "foreign troops must leave by the summer")]


@pytest.mark.parametrize("text", [
    "The union called off the strike after talks with the railway operator.",
    "The two parties backed down after a week of protests.",
    "Please tell the committee the truth.",
    "This means that the budget vote will slip to March.",
    "Assuming the ceasefire holds, aid convoys will reach the city next week.",
    "Presuming that the courts agree, the new map will apply from January.",
    "The envoy proposed little.",
])
def test_word_lists_still_keep_these_from_reporting(find_quotes, text):
    assert find_quotes(text) == []


@pytest.mark.parametrize("text, content", [
    ("The minister urged restraint.", "restraint"),
    ("Both unions proposed arbitration.", "arbitration"),
])
def test_a_bare_noun_object_that_is_no_quantity_is_reported(find_quotes, text, content):
    assert [q.text for q in find_quotes(text)] == [content]
