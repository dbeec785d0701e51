"""Colon cues: a reporting noun in a short clause that a colon (or a spaced dash) closes introduces what
follows it
("His reply was short: he would not resign", "The ministry issued a blunt warning: “Leave now.”", "The
general had one answer for reporters: ...", "The statement ended with a pledge: ...", "The ministry was
blunt in its response: ..."). The nouns are ``colon_nouns`` of ``data/quotes/reporting_verbs.yaml``,
and in an "in" phrase also the ``statement_phrases`` nouns ("The warning came in a letter: ...")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from .boundaries import count_words, trim
from .channels import outlet_in
from .cue import Cue, not_speaker
from .lexicon import QuoteLexicon
from .speakers import speaker_span
from .subjects import subject_of

_MAX_GAP = 8                               # tokens between the noun and the colon
_STOPS = frozenset({".", "!", "?", ";"})
_DASHES = frozenset({"—", "–", "--", "―"})     # a spaced dash may stand for the colon
_HOLDER_PREPS = frozenset({"of", "from"})  # "the verdict of the inspectors", "the message from Kyiv"


def colon_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """The cue of a reporting noun ``tok`` whose clause a colon closes: the noun as the subject of
    "be" ("Her verdict was harsh:"), the object of a verb ("gave a simple answer:"), the object of
    "with" ("answered with a warning:") or a fragment of its own ("His answer: ..."). The speaker is
    the noun's possessor or its "of"/"from" object, else the verb's subject; the content runs from
    the colon to the end of the sentence."""
    doc = tok.doc
    colon = _colon_after(tok)
    if colon is None:
        return None
    forbidden = not_speaker(tok, blocked)
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" or tok.dep_ == "ROOT":
        if holder is None:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS and c.i < colon), None)
            holder = next((c for c in prep.children if c.dep_ == "pobj" and _named(c)), None) if prep is not None else None
        if tok.dep_ == "ROOT" and holder is None:
            return None                    # "Comment: ..." is a label, not a reply
    elif tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        holder = holder or subject_of(tok.head, lexicon, forbidden)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.head.i < tok.i:
        holder = holder or subject_of(tok.head.head, lexicon, forbidden)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
        verb = _phrase_verb(tok)
        if verb is None:
            return None                    # the "in" phrase hangs from no clause
        holder = _holder_of_phrase(verb, holder, lexicon, forbidden)
    else:
        return None
    end = _sentence_end(tok, colon + 1)
    content = trim(doc, colon + 1, end, min_words=3) if end > colon + 1 else None
    if content is None:
        return None
    if holder is not None and (holder.lower_ in lexicon.no_holder_words or forbidden(holder.i)):
        holder = None
    speaker = speaker_span(holder, forbidden) if holder is not None else None
    if speaker is not None and speaker.end - 1 > speaker.start and doc[speaker.end - 1].dep_ == "case":
        speaker.end -= 1                   # "Merkel's reply": Merkel
    clause = set(range(tok.left_edge.i, colon + 1))
    cue = Cue(token=tok.i, text=tok.text, entry=None, speaker=speaker, clause=clause, content=content, noun=True)
    if speaker is not None:
        cue.media_speaker = outlet_in(doc[speaker.start:speaker.end], lexicon)
    return cue


def _phrase_verb(tok: Token) -> Token | None:
    """The verb of the clause a reporting noun's "in" phrase belongs to ("was blunt in its response",
    "came in a letter"), when the clause comes before the noun; else None."""
    verb = tok.head.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "amod") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head                   # "was blunt in its response"
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i else None


def _holder_of_phrase(verb: Token, holder: Token | None, lexicon: QuoteLexicon,
                      forbidden: Callable[[int], bool]) -> Token | None:
    """The speaker of a reporting noun in an "in" phrase of the clause of ``verb`` that a colon closes
    ("The ministry was blunt in its response: ...", "The warning came in a letter to the council: ..."):
    the subject of the clause, unless that is itself a reporting noun (then its possessor, or no one),
    else a named possessor of the noun (``holder``)."""
    subject = subject_of(verb, lexicon, forbidden)
    if subject is not None and subject.lemma_.lower() in lexicon.nouns | lexicon.colon_nouns:
        return next((c for c in subject.children if c.dep_ == "poss"), None)   # "His warning came in ..."
    if subject is not None:
        return subject
    return holder if holder is not None and holder.pos_ != "PRON" else None


def _colon_after(tok: Token) -> int | None:
    """The colon closing the noun's clause: within a few tokens, no sentence stop and no full verb
    before it ("His reply to those who doubted him was ..." has one: no cue)."""
    doc = tok.doc
    for j in range(tok.i + 1, min(tok.i + _MAX_GAP + 1, len(doc))):
        word = doc[j]
        if word.text == ":" or word.text in _DASHES and word.whitespace_ and doc[j - 1].whitespace_ \
                and not _dash_after(doc, j):
            return j if j + 1 < len(doc) else None
        if word.text in _STOPS or "\n" in word.text or word.pos_ == "VERB":
            return None
    return None


def _dash_after(doc: Doc, j: int) -> bool:
    """Another dash in the sentence: the dash opens or closes an aside ("His reply — a long one — came
    late", "apples from Washington -- to sway the views of Senator X -- and ..."), not the words said."""
    sent = doc[j].sent
    return any(doc[k].text in _DASHES for k in range(sent.start, sent.end) if k != j)


def _sentence_end(tok: Token, start: int) -> int:
    """End of the sentence the content opens: the parser's sentence end, but never past a line break."""
    doc = tok.doc
    end = doc[start].sent.end
    for j in range(start, end):
        if "\n" in doc[j].text or "\n" in doc[j].whitespace_ and j + 1 < end:
            return j + 1
    return end


def _named(tok: Token) -> bool:
    """ "the verdict of Human Rights Watch" names who speaks; "the message from the capital" does not."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
