"""A quotation named afterwards by a reporting noun and its holder: '"We will not back down." That was the
message from the interior minister', '"The deal is dead," was the verdict of one senior diplomat', '"..." —
this is the warning of the central bank'. The speaker is the noun's "of"/"from" phrase. Without quotation
marks, "That was the verdict of X." names the sentence before it in its paragraph when that sentence is
a claim: a past act the writer tells ("The minister resigned on Friday. That was the message from the
party.") is the writer's fact, not the party's words."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .speakers import SpeakerMention, speaker_span

_POINTERS = frozenset({"that", "this", "such"})
_HOLDER_PREPS = frozenset({"of", "from"})
_MIN_WORDS = 4
_MAX_NOUN_DISTANCE = 3                  # "was the blunt message", "is the clear verdict"
_SPEAKING_PERSONS = frozenset({"i", "we", "you", "me", "us"})    # a voice in the text, never the writer's
_PAST_TAGS = frozenset({"VBD", "VBN"})


def message_holder(doc: Doc, after: int, nouns: frozenset[str],
                   pointer: bool = False) -> tuple[SpeakerMention, str] | None:
    """(speaker, the noun as written) when the words from token ``after`` (the first after the quotation)
    are "[that|this] was|is the <reporting noun> of|from X"; else None. ``nouns``: reporting nouns;
    ``pointer``: "that"/"this" must open the words (no quotation marks show what is named)."""
    i = after
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i < len(doc) and doc[i].lower_ in _POINTERS and doc[i].dep_ == "nsubj":
        i += 1
    elif pointer:
        return None
    if i >= len(doc) or doc[i].lemma_ != "be" or doc[i].pos_ not in ("AUX", "VERB"):
        return None
    be = doc[i]
    noun = next((c for c in be.children if c.dep_ == "attr" and c.i - be.i <= _MAX_NOUN_DISTANCE
                 and c.lemma_.lower() in nouns), None)
    if noun is None:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS and c.i == noun.i + 1), None)
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if holder is None or holder.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return speaker_span(holder, lambda j: j <= prep.i), noun.text


def named_sentence(doc: Doc, sent: Span, nouns: frozenset[str]) -> tuple[int, int, SpeakerMention, str] | None:
    """(first token, end token, speaker, noun) of the sentence before ``sent`` in its paragraph when ``sent``
    opens "That was the assessment of X" ("Sanctions are not working. That was the blunt verdict of
    the envoy."); the sentence needs four words or more and must be a claim (not ``narrated_past``)."""
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
        return None
    named = message_holder(doc, sent.start, nouns, pointer=True)
    if named is None:
        return None
    before = doc[sent.start - 1].sent
    end = before.end
    while end > before.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if sum(1 for t in doc[before.start:end] if t.is_alpha) < _MIN_WORDS or "\n" in doc[before.start:end].text \
            or narrated_past(before):
        return None
    return before.start, end, named[0], named[1]


def narrated_past(sent: Span) -> bool:
    """Whether the sentence tells a past act in the writer's voice: its main verb is finite in the past
    tense ("The minister resigned on Friday", "The talks had collapsed", "He was forced out"), with no modal,
    a subject other than "I", "we" or "you", and no adjective after "was"/"were" (an evaluation: "The
    vote was unfair"). Claims stay: present or future tense ("Sanctions are not working", "The war has
    failed"), a modal ("would never end"), a past told by "we"."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    finite = auxiliaries[0] if auxiliaries else root
    if finite.tag_ not in _PAST_TAGS:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is not None and subject.lower_ in _SPEAKING_PERSONS:
        return False
    return not (root.lemma_ == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in root.children))
