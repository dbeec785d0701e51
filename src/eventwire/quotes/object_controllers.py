"""Speakers in the object of another verb: the one quoted ("quoted Peskov as saying"), the object
that does an infinitive or gerund ("pressed Stumpf to admit"), the one called on, the one a
recording shows speaking."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import QuoteLexicon


_PEOPLE = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def quoting_frame(verb: Token, lexicon: QuoteLexicon) -> tuple[Token, Token] | None:
    """ "Interfax quoted Peskov as saying ...", "state media quoted him as saying": the gerund after
    "as" under a verb of ``object_participle_verbs`` with an object; returns (that verb, its object)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    frame = prep.head
    if frame.lemma_.lower() not in lexicon.object_participle_verbs:
        return None
    obj = next((c for c in frame.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return (frame, obj) if obj is not None else None


def object_controller(verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The object that does the infinitive or gerund of a verb it governs ("pressed Stumpf to
    admit", "led the journalist Dainis Ivans to fear", "left many E.U. nations feeling that"),
    when that object names someone; not "used the occasion to say" or "promised them to ..."."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None and verb.dep_ == "xcomp":
        addressee = _called_on(verb, lexicon)
        if addressee is not None:
            return addressee               # "called on the premier to explain": whoever is called on
    shown = shown_speaker(obj, verb, lexicon) if obj is not None and verb.tag_ == "VBG" else None
    if shown is not None or verb.head.lemma_.lower() in lexicon.subject_control_verbs:
        return shown                       # "uses footage of Hillary Clinton asking, ..."
    if not (verb.tag_ == "VBG" or verb.dep_ == "xcomp" and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    if obj is None or verb.dep_ == "advcl" and (obj.right_edge.i != verb.i - 1
                                                or verb.head.lemma_.lower() not in lexicon.object_participle_verbs):
        return None                        # "attacked Clinton saying ...": the subject says it
    names = [obj] + [c for c in obj.children if c.dep_ in ("appos", "compound")]
    if obj.lower_ in _OBJECT_PRONOUNS or any(t.pos_ == "PROPN" or t.ent_type_ in _PEOPLE for t in names):
        return obj
    return None


_ON = frozenset({"on", "upon"})


def _called_on(verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The object of the "on" of a phrasal reporting verb ("call on"), right before the infinitive
    it governs ("calls on Dean to apologize for ..."): the addressee, who is to do it (not "went on
    CNN to say", where the subject says it)."""
    head = verb.head
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _ON and c.i == head.i + 1
                 and c.right_edge.i < verb.i), None)
    entry = lexicon.verb(lexicon.lemma(head.text, head.lemma_), {prep.lower_}) if prep is not None else None
    if entry is None or entry.particle != prep.lower_:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def shown_speaker(obj: Token, verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The one a recording shows speaking: "a video of Trump saying ...", "footage of Hillary
    Clinton asking ..." (the gerund right after the recording's 'of' phrase)."""
    if obj.lemma_.lower() not in lexicon.recording_nouns:
        return None
    for prep in obj.rights:
        if prep.lower_ == "of" and prep.right_edge.i == verb.i - 1:
            person = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if person is not None and (person.pos_ == "PROPN" or person.ent_type_ in _PEOPLE
                                       or person.lower_ in _OBJECT_PRONOUNS):
                return person
    return None
