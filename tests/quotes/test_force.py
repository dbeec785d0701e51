"""A stance word with an armed reading ("attack") reports no stance when its object is a place, a
building, a vessel or a force, or when a participle tells a toll; an attack on a person, a plan or
the press stays a stance."""

import pytest

from eventwire.errors import DictionaryError
from eventwire.quotes.lexicon import QuoteLexicon


@pytest.mark.parametrize("text", [
    "They attacked the destroyer in the port of Aden, killing 17 American sailors.",
    "Attacks on the American homeland have been rare since 2001.",
    "The report warned of a possible Russian attack on the Danish island of Bornholm.",
    "Militants attacked an army checkpoint near the border on Sunday.",
    "Gunmen attacked the Intercontinental Hotel in Kabul, leaving 22 dead.",
    "Rebels have attacked government positions around the city for weeks.",
])
def test_an_armed_attack_is_no_stance(find_quotes, text):
    assert not [q for q in find_quotes(text) if q.cue and q.cue.lower().startswith("attack")]


@pytest.mark.parametrize("text, content", [
    ("Trump attacked Clinton over her emails.", "Clinton"),
    ("The senator's attack on the administration drew applause from the crowd.", "the administration"),
    ("Erdogan has repeatedly attacked the press.", "the press"),
    ("Clinton attacked Trump's position on trade.", "Trump's position on trade"),
    ("The opposition leader attacked the budget as a betrayal of pensioners.", "the budget as a betrayal of pensioners"),
])
def test_a_verbal_attack_stays_a_stance(find_quotes, text, content):
    quotes = [q for q in find_quotes(text) if q.cue and q.cue.lower().startswith("attack")]
    assert [q.text for q in quotes] == [content]


def test_a_plural_position_with_a_topic_stays_a_stance(find_quotes):
    # the parser hangs "on immigration" on the verb, so the content ends at the noun; the stance is found
    text = "The governor attacked their positions on immigration during the debate."
    assert [q.cue for q in find_quotes(text) if q.cue and q.cue.lower().startswith("attack")] == ["attacked"]


def test_force_readings_need_all_three_lists(tmp_path):
    path = tmp_path / "verbs.yaml"
    path.write_text("groups:\n  - name: a\n    direct: true\n    complements: [clause]\n    lemmas: [say]\n"
                    "force_readings:\n  words: [attack]\n  targets: [island]\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="'force_readings' must give 'words', 'targets' and 'tolls'") as err:
        QuoteLexicon.load(verbs_file=path)
    assert str(path) in str(err.value)
    path.write_text(path.read_text(encoding="utf-8") + "  tolls: [kill]\n", encoding="utf-8")
    assert "island" in QuoteLexicon.load(verbs_file=path).force_targets
