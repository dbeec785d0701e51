"""Reporting verbs that report nothing: fixed phrases of the writer ("not to mention X", "to say nothing
of X", "which is to say ...") and commands to the reader ("Note that ...", "Don't blame the weather")."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon


def reports_nothing(verb: Token, group: str, lexicon: QuoteLexicon) -> bool:
    """Is the verb (of the lexicon ``group``) a command to the reader or part of a fixed phrase of the
    writer? A command to think or expect ("Don't expect a new Trump", "Remember that ...") still states
    the writer's own view: only commands to say, judge or do are left out. The words are
    ``writers_phrases`` of ``data/quotes/reporting_verbs.yaml``."""
    return group != "cognition" and _command(verb, lexicon) or _writers_phrase(verb, lexicon)


def _command(verb: Token, lexicon: QuoteLexicon) -> bool:
    """ "Note that the figures exclude the capital", "Don't blame the weather", "Now tell us ...", "Say what
    you will about X, ...": a bare verb heading its sentence with no subject is the writer's command to
    the reader."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" and not (verb.dep_ == "advcl" and verb.i == verb.sent.start) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or any(c.dep_ == "aux" and c.lower_ not in ("do", "n't") for c in verb.children):
        return False
    doc = verb.doc
    return all(doc[i].lower_ in lexicon.command_openers or doc[i].is_space or doc[i].is_quote
               for i in range(verb.sent.start, verb.i))


def _writers_phrase(verb: Token, lexicon: QuoteLexicon) -> bool:
    """ "not to mention the passes", "to say nothing of the costs", "which is to say that ...", "so to
    speak": an infinitive of saying in a fixed phrase glosses the writer's own sentence."""
    if verb.lemma_.lower() not in lexicon.writers_saying_verbs or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    doc = verb.doc
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    if to.i > 0 and doc[to.i - 1].lower_ in ("not", "so"):
        return True                        # "not to mention", "not to say", "so to speak"
    if any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children):
        return True                        # "to say nothing of"
    head = verb.head
    return head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in lexicon.gloss_subjects for c in head.children)
