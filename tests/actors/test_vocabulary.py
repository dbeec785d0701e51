"""The actor finder's word lists: data/actors/words.yaml, validated with file and line, every list used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.actors import family_names, name_matches, references, unlisted_actors
from eventwire.actors.vocabulary import load_vocabulary, shipped_vocabulary
from eventwire.dictionaries import actor_dictionary
from eventwire.errors import DictionaryError

ACTORS_SRC = Path(family_names.__file__).parent


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_list_is_read_by_the_actor_code_and_every_name_asked_for_is_shipped():
    vocabulary = shipped_vocabulary()
    # the actor dictionary reads its own list (spelling_pairs) from the same file
    readers = [*ACTORS_SRC.glob("*.py"), Path(actor_dictionary.__file__)]
    code = "\n".join(p.read_text(encoding="utf-8") for p in readers)
    asked = set(re.findall(r"(?:_WORDS|\))\.(?:words|sequence|groups|group_of)\(\"([a-z0-9_]+)\"\)", code))
    assert asked == set(vocabulary.names)


def test_the_code_sees_the_lists_of_the_file():
    vocabulary = shipped_vocabulary()
    assert family_names.HEAD_TITLES == vocabulary.sequence("head_titles")
    assert "prime minister" in family_names.HEAD_TITLES and "pope" in family_names.COMMON_WORD_SURNAMES
    assert "staffer" in unlisted_actors.PERSON_WORDS and "nato" in name_matches.IGO_WORDS
    assert references.HONORIFICS["mrs"] == "f" and references.HONORIFICS["sir"] == "m"
    # the media context adds its own words to the reporting lemmas
    assert name_matches.REPORTING_LEMMAS < name_matches.MEDIA_CONTEXT and "editorial" in name_matches.MEDIA_CONTEXT


def test_a_list_keeps_the_file_order_and_a_table_turns_round(tmp_path):
    vocabulary = load_vocabulary(_write(tmp_path, "- {name: titles, words: [zeta, alpha]}\n"
                                                  "- name: sides\n  groups: {m: [mr, sir], f: [mrs]}\n"))
    assert vocabulary.sequence("titles") == ("zeta", "alpha")
    assert vocabulary.words("titles") == frozenset({"alpha", "zeta"})
    assert vocabulary.groups("sides") == {"m": frozenset({"mr", "sir"}), "f": frozenset({"mrs"})}
    assert vocabulary.group_of("sides") == {"mr": "m", "sir": "m", "mrs": "f"}


@pytest.mark.parametrize(("text", "line", "fault"), [
    ("- {name: a, words: [x]}\n- {name: b, words: [y, y]}\n", 2, "listed twice"),
    ("- {name: a, words: [x]}\n- {name: a, words: [y]}\n", 2, "used twice"),
    ("- {name: a, words: [x], kind: set}\n", 1, "unknown keys"),
    ("- {name: a}\n", 1, "either words or groups"),
    ("- {name: a, words: []}\n", 1, "non-empty list"),
    ("- {name: a, words: [no, x]}\n", 1, "is no word"),          # YAML reads an unquoted no as false
    ("- {name: Bad-Name, words: [x]}\n", 1, "lower-case"),
    ("- {name: a, words: [x]}\n- name: t\n  groups: {m: [x]}\n", 2, "two or more keys"),
])
def test_faults_name_file_and_line(tmp_path, text, line, fault):
    path = _write(tmp_path, text)
    with pytest.raises(DictionaryError, match=fault) as caught:
        load_vocabulary(path)
    assert caught.value.line == line
    assert str(path) in str(caught.value)


def test_a_word_in_two_groups_cannot_be_turned_round_and_a_missing_name_is_named(tmp_path):
    path = _write(tmp_path, "- {name: a, words: [x]}\n- name: t\n  groups: {m: [mr, x], f: [x]}\n")
    vocabulary = load_vocabulary(path)
    assert vocabulary.groups("t")["f"] == frozenset({"x"})      # as groups it is fine
    with pytest.raises(DictionaryError, match="'x' is in groups") as caught:
        vocabulary.group_of("t")
    assert caught.value.line == 2
    with pytest.raises(DictionaryError, match="no word list named 'b'"):
        vocabulary.words("b")
    with pytest.raises(DictionaryError, match="no word-group table named 'a'"):
        vocabulary.groups("a")
