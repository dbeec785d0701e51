"""Role phrases with "of" ("chief of police", "Inspector-General of Police") are one role, found from the word
before "of", in short look-ups and in text."""

from __future__ import annotations

from datetime import date

from eventwire.actors.of_phrases import OfPhrases
from eventwire.dictionaries.actor_dictionary import Agent
from eventwire.records import Article


def test_table_finds_the_longest_phrase_from_the_word_before_of():
    chief = Agent("chief of police", "COP", False, True, True, "t", None)
    deputy = Agent("deputy chief of police", "COP", False, True, True, "t", None)
    staff = Agent("chief of staff", "GOV", False, True, True, "t", None)
    table = OfPhrases({"chief of police": chief, "deputy chief of police": deputy, "chief of staff": staff,
                       "police": Agent("police", "COP", False, False, True, "t", None)})
    lower = ["the", "deputy", "chief", "of", "police", "", "said"]
    assert table.at(lower, 3) == (1, 5, deputy)
    assert table.at(lower, 3, min_start=2) == (2, 5, chief)
    assert table.at(["chiefs", "of", "staff"], 1, lemma="chief") == (0, 3, staff)
    assert table.at(["chief", "of", "the", "army"], 1) is None
    assert table.at(["police", "chief"], 2) is None


def test_lookup_of_phrase_is_one_role_and_a_later_of_is_the_owner(resolver):
    when = date(2017, 3, 1)
    assert resolver.lookup("the chief of police", when).sectors == ("COP",)
    lagos = resolver.lookup("the chief of police of Lagos", when)
    assert (lagos.code, lagos.sectors) == ("NGACOP", ("COP",))
    assert resolver.lookup("Nigeria's Inspector General of Police", when).code == "NGACOP"
    assert resolver.lookup("the president of Russia", when).name == "Vladimir Putin"


def test_of_phrase_heads_a_mention_in_text(pipeline):
    text = "The Inspector-General of Police ordered the arrest of the protesters in Abuja."
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2017-03-01")]))
    heads = {m.ref.text: m.ref.code for m in cdoc.actors}
    assert heads.get("Inspector-General") == "NGACOP"
    assert heads.get("Police") == "NGACOP"
