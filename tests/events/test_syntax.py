"""The parse helpers the pattern matcher reads: object phrases and event prepositions."""

from __future__ import annotations

import pytest

from eventwire.events import syntax


@pytest.fixture(scope="module")
def root(pipeline):
    def parse(text: str):
        return next(t for t in pipeline.resources.nlp(text) if t.dep_ == "ROOT")
    return parse


def test_object_phrases_of_an_object_and_what_it_is_told(root):
    phrases = syntax.object_phrases(root("Russia warned Finland of retaliation."), noun=False)
    assert {"finland", "retaliation"} <= phrases
    assert syntax.object_phrases(root("Russia warned Finland of retaliation."), noun=True) == set()


def test_object_phrases_of_an_open_complement(root):
    phrases = syntax.object_phrases(root("Iran agreed to hold talks with the European Union."), noun=False)
    assert {"hold", "hold talks", "hold talk"} <= phrases


def test_a_to_phrase_beside_the_object_is_a_destination(root):
    phrases = syntax.object_phrases(root("Troops were sent to the border."), noun=False)
    assert "troops" in phrases
    assert "border" not in phrases


def test_preps_of_leave_dates_out(root):
    verb = root("The president met with Putin in Moscow on Monday.")
    assert [p.lower_ for p in syntax.preps_of(verb, noun=False)] == ["with", "in"]
    # the same prepositions, in the same order, as a walk over the attachment sites
    walk = [c for s in syntax.attachment_sites(verb, noun=False) for c in s.children
            if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP" and not syntax.is_time_phrase(c)]
    assert list(syntax.preps_of(verb, noun=False)) == walk


def test_a_participle_with_an_object_on_a_root_noun_is_the_predicate(pipeline):
    from eventwire.events import syntax

    nlp = pipeline.resources.nlp
    doc = nlp("The UN human rights chief called on Myanmar to end the violence against the Rohingya.")
    called = next(t for t in doc if t.lower_ == "called")
    if called.dep_ != "acl":
        pytest.skip("the parser reads this sentence another way")
    assert syntax.predicate_of_root_noun(called) and not syntax.is_passive(called)
    headline = nlp("Three soldiers killed in an attack near the border.")
    killed = next(t for t in headline if t.lower_ == "killed")
    assert not syntax.predicate_of_root_noun(killed)
