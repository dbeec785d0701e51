import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon


def test_shipped_lexicon_loads_with_phrasal_verbs_and_outlets():
    lex = QuoteLexicon.load()
    assert lex.verb("say", set()).direct
    assert lex.verb("point", {"out"}).particle == "out"
    assert lex.verb("point", set()) is None
    assert lex.outlet_at(["told", "TASS"], 1) == ("TASS", 1)
    assert lex.outlet_at(["the", "Associated", "Press"], 1) == ("Associated Press", 2)
    assert ("according", "to") in lex.according


def _write(tmp_path, verbs):
    path = tmp_path / "verbs.yaml"
    path.write_text(verbs, encoding="utf-8")
    return path


def test_repeated_lemma_names_file_and_line(tmp_path):
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\n  - name: b\n    direct: false\n    complements: [clause]\n"
                            "    lemmas: [say]\n")
    with pytest.raises(DictionaryError) as err:
        QuoteLexicon.load(verbs_file=path)
    assert str(path) in str(err.value) and ":6:" in str(err.value) and "already in group a" in str(err.value)


def test_unknown_complement_is_an_error(tmp_path):
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [adverb]\n    lemmas: [say]\n")
    with pytest.raises(DictionaryError, match="complements"):
        QuoteLexicon.load(verbs_file=path)


def test_unknown_key_is_an_error(tmp_path):
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\n    colour: red\n")
    with pytest.raises(DictionaryError, match="colour"):
        QuoteLexicon.load(verbs_file=path)


def test_evidence_nouns_must_be_strings(tmp_path):
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\nevidence_nouns: [poll, 3]\n")
    with pytest.raises(DictionaryError, match="evidence_nouns"):
        QuoteLexicon.load(verbs_file=path)


def test_topic_nouns_need_prepositions(tmp_path):
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\ntopic_nouns: {question: []}\n")
    with pytest.raises(DictionaryError, match="question"):
        QuoteLexicon.load(verbs_file=path)


def test_a_form_mends_the_lemma_and_must_name_a_listed_verb(tmp_path):
    lex = QuoteLexicon.load()
    assert lex.lemma("Hopes", "hop") == "hope" and lex.lemma("said", "say") == "say"
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\nforms: {hopes: hope}\n")
    with pytest.raises(DictionaryError, match="hopes"):
        QuoteLexicon.load(verbs_file=path)


def test_a_stance_predicate_needs_what_may_follow_it(tmp_path):
    assert QuoteLexicon.load().stance_predicates["critical"] == frozenset({"of"})
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n"
                            "    lemmas: [say]\nstance_predicates: {critical: []}\n")
    with pytest.raises(DictionaryError, match="critical"):
        QuoteLexicon.load(verbs_file=path)


def test_with_object_adds_the_object_to_listed_lemmas_only(tmp_path):
    lex = QuoteLexicon.load()
    assert "object" in lex.verb("fear", set()).complements and "object" not in lex.verb("know", set()).complements
    path = _write(tmp_path, "groups:\n  - name: a\n    direct: false\n    complements: [clause]\n"
                            "    lemmas: [believe]\n    with_object: [know]\n")
    with pytest.raises(DictionaryError, match="with_object"):
        QuoteLexicon.load(verbs_file=path)


@pytest.mark.parametrize("key", ["said_objects", "light_verbs", "made_adjectives", "subject_control_verbs",
                                 "recording_nouns", "object_participle_verbs", "refusal_verbs"])
def test_word_lists_are_single_words_from_the_file(tmp_path, key):
    groups = "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n    lemmas: [say]\n"
    lex = QuoteLexicon.load(_write(tmp_path, groups + f"{key}: [Leave, video]\n"))
    assert getattr(lex, key) == frozenset({"leave", "video"})
    with pytest.raises(DictionaryError, match=key) as err:
        QuoteLexicon.load(_write(tmp_path, groups + f"{key}: [take over]\n"))
    assert "verbs.yaml" in str(err.value)


def test_shipped_word_lists_are_loaded():
    lex = QuoteLexicon.load()
    assert "same" in lex.said_objects and "voice" in lex.light_verbs and "clear" in lex.made_adjectives
    assert "promise" in lex.subject_control_verbs and "footage" in lex.recording_nouns
    assert "leave" in lex.object_participle_verbs
    assert "decline" in lex.refusal_verbs and "criticize" in lex.passive_judgements
    assert "criticism" in lex.judgement_nouns and "face" in lex.receiving_verbs
    assert "seem" in lex.impersonal_verbs and "apparent" in lex.impersonal_adjectives


def test_passive_judgements_must_be_listed_verbs(tmp_path):
    head = "groups:\n  - name: a\n    direct: false\n    complements: [object]\n    lemmas: [criticize]\n"
    assert QuoteLexicon.load(verbs_file=_write(tmp_path, head + "passive_judgements: [criticize]\n")) \
        .passive_judgements == frozenset({"criticize"})
    with pytest.raises(DictionaryError, match="passive_judgements") as err:
        QuoteLexicon.load(verbs_file=_write(tmp_path, head + "passive_judgements: [criticize, arrest]\n"))
    assert "arrest" in str(err.value) and str(tmp_path) in str(err.value)


@pytest.mark.parametrize("key, names, words, attrs", [
    ("received_judgements", ("nouns", "verbs"), ("criticism", "face"), ("judgement_nouns", "receiving_verbs")),
    ("impersonal_stances", ("verbs", "adjectives"), ("seem", "clear"), ("impersonal_verbs", "impersonal_adjectives")),
])
def test_paired_word_lists_give_both_lists(tmp_path, key, names, words, attrs):
    head = "groups:\n  - name: a\n    direct: true\n    complements: [clause]\n    lemmas: [say]\n"
    both = f"{key}: {{{names[0]}: [{words[0]}], {names[1]}: [{words[1]}]}}\n"
    lex = QuoteLexicon.load(verbs_file=_write(tmp_path, head + both))
    assert [getattr(lex, a) for a in attrs] == [frozenset({w}) for w in words]
    with pytest.raises(DictionaryError, match=key):   # one list missing
        QuoteLexicon.load(verbs_file=_write(tmp_path, head + f"{key}: {{{names[0]}: [{words[0]}]}}\n"))
