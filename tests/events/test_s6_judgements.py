"""Judgements of real news (eventwire.events.evaluations, judged_acts): the act a relative clause's
judgement judges (", a move Berlin called unacceptable"), the doers of an act told again ("the
strikes" of three countries), and the forms that are no event."""

from __future__ import annotations

import pytest

from eventwire.records import Article

RULE = "cameo/evaluations.yaml#"


def _coded(pipeline, text: str, published: str = "2019-03-01"):
    return next(iter(pipeline.code_articles([Article(id="s6", text=text, published=published)])))


def _judgements(pipeline, text: str, published: str = "2019-03-01") -> set[tuple[str, str, str]]:
    coded = _coded(pipeline, text, published)
    return {(e.cameo, e.source.code[:3], e.target.code[:3]) for e in coded.events if e.rule.startswith(RULE)}


@pytest.mark.parametrize("text, expected", [
    # an act noun set beside the clause after a comma names the clause's act; its doer is judged
    ("Turkey expelled two German diplomats on Tuesday, a move Berlin described as unacceptable.",
     ("111", "DEU", "TUR")),
    ("China imposed new tariffs on Australian barley on Monday, a step the Australian government described "
     "as unjustified.", ("111", "AUS", "CHN")),
    ("Argentina became the latest country to recognise a Palestinian state, a decision Israel called regrettable.",
     ("111", "ISR", "ARG")),
    # the parser hangs the clause on the last noun, or makes the predicate the verb's object
    ("Pakistan has expelled two Indian diplomats, a move that India's foreign ministry branded a disgrace.",
     ("111", "IND", "PAK")),
    ("Israel closed the Rafah crossing, a decision Egypt's foreign minister called a violation of the peace treaty.",
     ("111", "EGY", "ISR")),
    ("Iran seized a British tanker in the Gulf, an action London described as illegal.", ("111", "GBR", "IRN")),
])
def test_a_relative_clause_judges_the_act_it_is_set_beside(pipeline, text, expected):
    assert expected in _judgements(pipeline, text)


def test_every_doer_of_an_act_of_several_is_judged(pipeline):
    text = ("The United States, Britain and France launched missiles at Syrian facilities, a move the Syrian "
            "government called a flagrant violation of international law.")
    assert {("111", "SYR", "USA"), ("111", "SYR", "GBR"), ("111", "SYR", "FRA")} <= _judgements(pipeline, text)


@pytest.mark.parametrize("text", [
    # no act coded in the clause: nobody is judged
    "The minister resigned on Friday, a decision the opposition called a mistake.",
    # what was welcomed is no act of a named doer
    "Japan welcomed the agreement, which China called a mistake.",
    # negated
    "Turkey expelled two German diplomats on Tuesday, a move Berlin did not call illegal.",
])
def test_no_judgement_of_a_relative_clause_without_an_asserted_act(pipeline, text):
    assert _judgements(pipeline, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an act of three doers told before: each of them is judged
    ("The United States, Britain and France launched missiles at Syrian facilities on Saturday. Syria called "
     "the strikes a flagrant violation of international law.",
     {("111", "SYR", "USA"), ("111", "SYR", "GBR"), ("111", "SYR", "FRA")}),
    ("Israeli and Egyptian forces bombed Hamas positions on Monday. Qatar said the strikes were a clear violation "
     "of international law.", {("111", "QAT", "ISR"), ("111", "QAT", "EGY")}),
    # a noun of force names the act of force told before, whatever word told it
    ("Russian troops shelled Kharkiv on Monday. Ukraine's foreign minister called the attack a war crime.",
     {("112", "UKR", "RUS")}),
])
def test_the_doers_of_an_act_named_again(pipeline, text, expected):
    assert expected <= _judgements(pipeline, text)


def test_a_noun_of_force_names_no_act_other_than_force(pipeline):
    text = "Germany imposed sanctions on Iran on Monday. Iran called the attack a provocation."
    assert _judgements(pipeline, text) == set()
