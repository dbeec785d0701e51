"""Reporting verbs that report nothing: fixed phrases of the writer ("not to mention X", "to say nothing
of X", "which is to say ...") and commands to the reader ("Note that ...", "Don't blame the weather")."""

from __future__ import annotations

from spacy.tokens import Token

# words that may stand before a command at the start of its sentence ("Now tell us ...", "Please note ...")
_BEFORE_COMMAND = frozenset({"do", "n't", "not", "never", "please", "now", "just", "so", "then", "and", "but",
                             "also", "simply", "seriously", "perhaps", ",", "—", "-"})
_SAYING = frozenset({"say", "mention", "speak"})
_GLOSS_SUBJECTS = frozenset({"that", "which", "this"})


def reports_nothing(verb: Token, group: str) -> bool:
    """Is the verb (of the lexicon ``group``) a command to the reader or part of a fixed phrase of the
    writer? A command to think or expect ("Don't expect a new Trump", "Remember that ...") still states
    the writer's own view: only commands to say, judge or do are left out."""
    return group != "cognition" and _command(verb) or _writers_phrase(verb)


def _command(verb: Token) -> bool:
    """ "Note that the figures exclude the capital", "Don't blame the weather", "Now tell us ...", "Say what
    you will about X, ...": a bare verb heading its sentence with no subject is the writer's command to
    the reader."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT" and not (verb.dep_ == "advcl" and verb.i == verb.sent.start) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
            or any(c.dep_ == "aux" and c.lower_ not in ("do", "n't") for c in verb.children):
        return False
    doc = verb.doc
    return all(doc[i].lower_ in _BEFORE_COMMAND or doc[i].is_space or doc[i].is_quote
               for i in range(verb.sent.start, verb.i))


def _writers_phrase(verb: Token) -> bool:
    """ "not to mention the passes", "to say nothing of the costs", "which is to say that ...", "so to
    speak": an infinitive of saying in a fixed phrase glosses the writer's own sentence."""
    if verb.lemma_.lower() not in _SAYING or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    doc = verb.doc
    to = next(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to")
    if to.i > 0 and doc[to.i - 1].lower_ in ("not", "so"):
        return True                        # "not to mention", "not to say", "so to speak"
    if any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children):
        return True                        # "to say nothing of"
    head = verb.head
    return head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ in _GLOSS_SUBJECTS for c in head.children)
