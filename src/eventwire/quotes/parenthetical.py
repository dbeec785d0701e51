"""Parenthetical attributions read from the surface of the sentence, where the parser often hangs
the rest of the sentence from the reporting verb:

* "Hawaii, as one of his advisers pointed out, rarely gets two hurricanes" -> the whole sentence;
* "These employees, Stumpf explained, were well paid" -> the whole sentence;
* "As Trump put it, the system is rigged" -> what follows the comma;
* "The system is rigged, as Trump has said many times" -> what precedes the comma.

The attribution is the words between two commas (or a comma and the sentence edge): an optional
"as", the speaker, the verb and its adjuncts, with no other verb among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .boundaries import RELATIVE_PRONOUNS
from .speakers import SpeakerMention

_MAX_SPEAKER = 12        # tokens between the opening comma (or "as") and the verb
_MAX_TAIL = 10           # adjunct tokens after the verb ("earlier in the committee hearing")
_COMMAS = frozenset({",", "—", "–", "--"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON"})
_NO_TAIL_POS = frozenset({"VERB", "AUX", "SCONJ"})
_TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent"})   # the verb's adjuncts, however long


@dataclass
class Parenthetical:
    content: tuple[int, int]             # tokens [start, end) of what is attributed
    speaker: SpeakerMention | None       # the speaker inside the parenthesis
    clause: set[int]                     # the parenthesis itself (speaker, verb, adjuncts)
    as_clause: bool                      # opened by "as" ("as X pointed out")


def is_as_put_it(verb: Token) -> bool:
    """ "as X put it": the verb "put" with "it" and a leading "as"."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and _opening(verb.doc, verb.i, verb.sent.start)[1]


def _opening(doc: Doc, verb: int, sent_start: int) -> tuple[int | None, bool]:
    """Where the parenthesis opens before the verb: the token after the comma (or the sentence
    start, and whether "as" leads it. None when no comma or sentence start is near. The commas of an
    apposition to the speaker are the speaker's ("As Ana Ruiz, a tax lawyer, put it, ...")."""
    i = verb - 1
    subj = next((c for c in doc[verb].children if c.dep_ == "nsubj" and c.i < verb), None)
    appos = {t.i for c in subj.children if c.dep_ == "appos" for t in c.subtree} if subj is not None else set()
    if appos:
        appos |= {c.i for c in subj.children if c.dep_ == "punct" and c.text in _COMMAS}
    outside = 0                            # tokens looked at outside the apposition
    while i >= sent_start and outside < _MAX_SPEAKER:
        tok = doc[i]
        if i in appos and tok.pos_ not in _NO_TAIL_POS:
            i -= 1
            continue
        outside += 1
        if tok.text in _COMMAS or tok.is_punct and tok.text in ("(", ";"):
            start = i + 1
            while start < verb and doc[start].tag_ == "''":
                start += 1                 # '"... of funds," as one memo put it': the mark closes the quotation
            return start, start < verb and doc[start].lower_ == "as"
        if tok.pos_ in _NO_TAIL_POS and not (tok.lower_ == "as" and i == verb - 1) and tok.dep_ != "aux" \
                and tok.lower_ != "as":
            return None, False
        i -= 1
    if i < sent_start:
        return sent_start, doc[sent_start].lower_ == "as"
    return None, False


def _closing(doc: Doc, verb: int, sent_end: int) -> int | None:
    """The comma that closes the parenthesis after the verb, or the sentence end (its last
    token is then the full stop): the index of that token."""
    i = verb + 1
    own = {t.i for c in doc[verb].children if c.dep_ in _TAIL_DEPS and c.i > verb for t in c.subtree}
    while i < sent_end:
        tok = doc[i]
        if tok.text in _COMMAS:
            return i
        if tok.is_punct and tok.text in (".", "!", "?", ";") or tok.is_space and "\n" in tok.text:
            return i
        if i - verb > _MAX_TAIL and i not in own:   # "put it in a statement to ... in July" goes on
            return None
        if tok.pos_ in _NO_TAIL_POS or tok.dep_ in ("ccomp", "dobj") and tok.lower_ != "it" or tok.is_punct \
                and tok.text not in ("'s", "’s"):
            return None
        i += 1
    return sent_end


def parenthetical(verb: Token, quoted: Sequence[bool]) -> Parenthetical | None:
    """The parenthetical reading of a reporting verb with no complement, if the sentence has one."""
    doc = verb.doc
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None                       # "Guaido, the leader recognised by 50 countries as ..., called ..."
    sent = verb.sent
    opening, with_as = _opening(doc, verb.i, sent.start)
    closing = _closing(doc, verb.i, sent.end)
    if opening is None or opening == sent.start and not with_as:
        return None                       # the sentence's own main clause ("He said, ...")
    if closing is None or any(quoted[i] for i in range(opening, min(closing, len(doc)))):
        return None
    words_from = opening + 1 if with_as else opening
    region = [i for i in range(words_from, verb.i) if doc[i].dep_ not in ("aux", "neg", "advmod")]
    heads = [i for i in region if not words_from <= doc[i].head.i < verb.i]   # "one" of "one of his aides"
    if not heads or not any(doc[i].pos_ in _SPEAKER_POS for i in region):
        return None
    if doc[heads[-1]].lower_ == "you":
        return None                       # "Well, look, you know, ...": a discourse marker
    speaker = SpeakerMention(words_from, max(i for i in region if not doc[i].is_punct) + 1, heads[-1])
    before = opening - 1 if opening > sent.start else None      # the opening comma
    has_before = before is not None and _has_words(doc, sent.start, before, 1)
    after_start = closing + 1
    has_after = closing < sent.end and doc[closing].text in _COMMAS and _has_words(doc, after_start, sent.end)
    if has_before and has_after:
        if not with_as and doc[before].text not in _COMMAS:
            return None
        content = (relative_start(doc, before, sent.start), sent.end)   # "X, he said, is weak": the sentence around it
    elif has_after and with_as and not has_before:
        content = (after_start, sent.end)           # "As X put it, ..."
    elif has_before and with_as and not has_after and _has_words(doc, sent.start, before):
        content = (_clause_start(verb, sent.start, before), before)   # "..., as X said."
    else:
        return None
    return Parenthetical(content, speaker, set(range(opening, closing)), with_as)




def relative_start(doc: Doc, comma: int, start: int) -> int:
    """Where the words around a parenthesis opened at ``comma`` begin: at a relative pronoun right
    before it, itself after a comma ("the stadium, which, Tompkins said, is usually full"), whose
    clause is what is said; else at ``start``."""
    if comma - 2 >= start and doc[comma - 1].lower_ in RELATIVE_PRONOUNS and doc[comma - 2].text in _COMMAS:
        return comma - 1                   # not "All of which, he said, ..."
    return start


def _clause_start(verb: Token, start: int, end: int) -> int:
    """Where the clause that "as X put it" hangs from begins: at its subject, after the clauses
    that lead up to it ("... echo her concerns because, while most visas need a job, the key test is
    a 'clean source of funds,' as one memo put it": the memo put the test)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i:
        return start
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < head.i), None)
    if subj is None or not start < subj.left_edge.i < end or not head.i < end:
        return start
    return subj.left_edge.i


def _has_words(doc: Doc, start: int, end: int, least: int = 2) -> bool:
    return sum(1 for i in range(start, end) if not doc[i].is_punct and not doc[i].is_space) >= least
