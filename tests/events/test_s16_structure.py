"""The clauses a verb takes (events/complements.py, split out of matcher.py) and the reason a pattern's constraint
fails."""

from __future__ import annotations

from eventwire.events.complements import complement_kinds, complement_miss


def _verb(pipeline, text: str, word: str):
    doc = pipeline.resources.nlp(text)
    return next(t for t in doc if t.text == word)


def test_the_kinds_of_clause_after_a_verb(pipeline):
    assert "gerund" in complement_kinds(_verb(pipeline, "The ministry denied sending troops across the border.", "denied"))
    assert "to" in complement_kinds(_verb(pipeline, "The mayor told the guards to open the gate.", "told"))
    kinds = complement_kinds(_verb(pipeline, "The coast guard denied that its boats had crossed the line.", "denied"))
    assert {"that", "own_that"} <= kinds
    assert complement_kinds(_verb(pipeline, "The two ports signed a fishing accord.", "signed")) == {"none"}


def test_the_reason_a_complement_constraint_fails():
    assert complement_miss(("gerund",), frozenset({"to"})) == "needs a gerund clause after the verb (has: to)"
    assert complement_miss(("none",), frozenset({"that"})) == "needs no clause after the verb (has: that)"
    assert complement_miss(("that", "none"), frozenset()) == "needs a that clause after the verb (has: no clause)"
