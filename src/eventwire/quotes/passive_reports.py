"""Passive reports: a passive verb of saying with a raised subject ("is said to have resigned") and
one of judging ("was criticized for ...", "was called a charlatan by ..."), whose closing "by"
phrase is the speaker, not the content."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon, VerbEntry
from .speakers import misplaced_charge
from .subjects import agent_phrase


def reports_raised_subject(verb: Token, child: Token, lexicon: QuoteLexicon) -> bool:
    """ "The minister is said to have resigned", "are believed to be hiding": a passive verb of saying
    or thinking with a to-infinitive reports its subject with that infinitive."""
    return verb.lemma_.lower() in lexicon.raising_verbs and child.dep_ == "xcomp" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
        and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in verb.children)


def judged_in_passive(verb: Token, entry: VerbEntry, lexicon: QuoteLexicon) -> bool:
    """A passive verb of judging ("has been harshly criticized for ...", "was called a charlatan by
    ..."); a naming verb only with its predicate ("was called to testify" names nothing)."""
    if entry.lemma not in lexicon.passive_judgements or entry.particle is not None \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return "predicate" not in entry.complements or "object" in entry.complements or any(
        c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ in ("NOUN", "PROPN", "ADJ") or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children if c.i > verb.i)   # the parser takes "were branded terrorists" for an object


def without_closing_agent(verb: Token, end: int) -> int:
    """ "was called a charlatan by fellow physicians": the "by" phrase closing the content is its speaker."""
    doc = verb.doc
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    agent = agent_phrase(verb)
    if agent is None or agent.right_edge.i + 1 != end:
        return end
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return end if obj is not None and misplaced_charge(obj) is not None else agent.i   # "by X of doing Y"
