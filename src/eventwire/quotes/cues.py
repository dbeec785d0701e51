"""Cues: reporting verbs, "according to" phrases, reporting nouns and stance words in the parse,
each with its speaker, the tokens of its attribution clause and (for indirect speech) its content;
this module walks the tokens and hands each to the finder of its kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from .boundaries import before_contrast, before_occasion, before_open_bracket
from .colon_cues import colon_cue
from .cue import Cue
from .force import is_armed_act
from .lexicon import QuoteLexicon
from .noun_cues import (according_cue, hearsay_cue, impersonal_cue, made_clear_cue, noun_cue, predicate_cue,
                        received_cue, source_cue, topic_cue)
from .verb_cues import verb_cue

_BAD_VERB_DEPS = frozenset({"amod", "compound", "nmod"})


def find_cues(doc: Doc, lexicon: QuoteLexicon, quoted: Sequence[bool],
              no_speaker: Sequence[bool] | None = None, text: str | None = None) -> list[Cue]:
    """Every cue outside quotation marks, in document order. ``no_speaker`` marks tokens that can
    never be part of a speaker (quoted text, datelines); default: the quoted tokens. ``text`` is
    ``doc.text`` when the caller has it already (spaCy builds it anew on each access)."""
    blocked = no_speaker if no_speaker is not None else quoted
    cues: list[Cue] = []
    text = doc.text if text is None else text
    phrase_nouns = lexicon.source_nouns | lexicon.statement_nouns
    for tok in doc:
        if quoted[tok.i] or blocked[tok.i]:
            continue                       # no cue in quoted words, a dateline or a section label
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cue = according_cue(tok, lexicon, quoted, blocked)
        elif tok.dep_ in ("dobj", "conj", "pobj") and lexicon.judgement_nouns & {tok.lower_, tok.lemma_.lower()} \
                and (cue := received_cue(tok, lexicon, blocked)) is not None:
            pass                           # "faced criticism from X" ("scorn" may be tagged a verb)
        elif tok.dep_ == "pobj" and tok.lemma_.lower() in phrase_nouns \
                and (cue := source_cue(tok, lexicon, blocked)) is not None:
            pass                           # "In the latest poll, Clinton leads ..."
        elif tok.tag_.startswith("VB") and (tok.dep_ not in _BAD_VERB_DEPS or _said_name(tok)) \
                or _verb_read_as_noun(tok, lexicon):
            cue = verb_cue(tok, lexicon, quoted, blocked, text)
            if cue is None and tok.lemma_ == "make":
                cue = made_clear_cue(tok, lexicon, blocked)
            if cue is None and (tok.lemma_ == "be" or tok.lemma_.lower() in lexicon.impersonal_verbs):
                cue = impersonal_cue(tok, lexicon, blocked)   # "it appeared that ...", "it is clear that ..."
            if cue is None and tok.lemma_.lower() in lexicon.stance_predicates:
                cue = predicate_cue(tok, lexicon, blocked)   # "were coy about" parsed as a passive
        elif tok.lower_ in lexicon.hearsay_adverbs:
            cue = hearsay_cue(tok, lexicon)   # "he allegedly brandished a pistol"
        elif tok.dep_ in ("acomp", "attr", "oprd") and tok.lemma_.lower() in lexicon.stance_predicates:
            cue = predicate_cue(tok, lexicon, blocked)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.nouns:
            cue = noun_cue(tok, lexicon, blocked) or topic_cue(tok, lexicon, blocked)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.topic_nouns:
            cue = topic_cue(tok, lexicon, blocked)
        else:
            cue = None
        if cue is None and tok.pos_ == "NOUN" and (tok.lemma_.lower() in lexicon.colon_nouns or tok.dep_ == "pobj"
                                                   and tok.lemma_.lower() in lexicon.statement_nouns):
            cue = colon_cue(tok, lexicon, blocked)   # "His reply was short: he would not resign."
        if cue is not None and is_armed_act(doc[cue.token], lexicon):
            cue = None                     # "attacked the embassy", "attacks on the homeland": no stance
        if cue is not None:
            if cue.content is not None and (cue.noun or cue.entry is None):
                cue.content = before_contrast(doc, cue.content)   # verb cues cut theirs in verb_cue
            if cue.content is not None and cue.content[0] > cue.token and not quoted[cue.content[0]] \
                    and not cue.noun and cue.entry is not None:   # "declined to name them during a speech"
                cue.content = before_occasion(doc, cue.content, infinitive=cue.entry.lemma in lexicon.refusal_verbs)
            if cue.content is not None:
                cue.content = before_open_bracket(doc, text, cue.content)
            cues.append(cue)
    by_token = {cue.token: cue for cue in cues}
    cues = [c for c in cues if not c.in_statement or c.content is None   # "In a speech, Clinton laid out ..."
            or not any(other.token in by_token and c.content[0] <= other.token < c.content[1] for other in cues)]
    cues = [c for c in cues if not _citing_for_source(doc[c.token], cues, lexicon)]
    for cue in cues:
        nxt = by_token.get(cue.hands_on) if cue.hands_on is not None else None
        if nxt is not None and cue.speaker is not None:
            nxt.speaker = replace(cue.speaker)      # the same words: a relative "who" stays "who"
            nxt.media_speaker = cue.media_speaker
    return cues


def _verb_read_as_noun(tok: Token, lexicon: QuoteLexicon) -> bool:
    """ "Trump admits he paid no taxes" tagged as a plural noun with a subject and a clause of its
    own: the parse says a verb in "-s" the tagger took for a noun."""
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "ccomp", "conj") and tok.lemma_.lower() in lexicon.verbs \
        and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)


def _citing_for_source(tok: Token, cues: list[Cue], lexicon: QuoteLexicon) -> bool:
    """ "According to Reuters, citing two sources, ...": the citing participle the "according to" phrase
    took in is the source's, no report of its own (whose subject the parser gives the sentence's)."""
    return tok.lemma_.lower() in lexicon.citing_verbs and any(
        tok.i in c.clause and tok.doc[c.token].lower_ == "according" for c in cues)


def _said_name(tok: Token) -> bool:
    """ "Said Ellis: ..." -- a sentence-initial verb the parser took for part of the name."""
    return tok.dep_ == "compound" and tok.is_sent_start and tok.head.pos_ == "PROPN" and tok.head.i > tok.i
