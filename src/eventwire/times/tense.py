"""Which way a time expression points, from the tense and modality of the verb that governs it.

"said Tuesday" -> past; "will meet Tuesday", "could meet before July", "plans to visit in May",
"is meeting Tuesday" -> future; the simple present -> "present" (future for a weekday, "meets
Tuesday"; nearest for anything else); anything else -> None (the normaliser takes the nearest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .vocabulary import FUTURE_GOVERNORS, MODALS_FUTURE, REPORTING_VERBS, SCHEDULING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def governing_verb(token: "Token") -> "Token | None":
    """The nearest verb at or above ``token`` in the parse (None when the sentence has none)."""
    seen = 0
    while seen < 40:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        seen += 1
    return None


def verb_direction(verb: "Token", depth: int = 0) -> str | None:
    """'past', 'future', 'present' or None for one verb, from its tag and auxiliaries; a bare
    coordinated or adverbial verb ("would assume office in January, run in November") takes
    the direction of the verb it depends on."""
    if verb.lemma_ in SCHEDULING_VERBS:                    # "a hearing has been scheduled for June 3"
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if aux_words & MODALS_FUTURE:
        if "have" in aux_words and verb.tag_ == "VBN":     # "could have met", "will have finished"
            return "past"
        return "future"
    if "going" in aux_words or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.subtree)):
        return "future"
    tag = verb.tag_
    if tag == "VBD" or any(a.tag_ == "VBD" for a in auxes if a.lemma_ in ("be", "have", "do")):
        return "past"
    if not auxes and tag in ("VB", "VBN") and verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") \
            and verb.head.i != verb.i and depth < 3:
        return verb_direction(verb.head, depth + 1)
    if tag == "VBN" and (aux_words & {"has", "have", "'ve", "had", "was", "were"} or not auxes):
        return "past"                                       # "has met", "plans announced in January"
    if tag == "VB" and "to" in aux_words:                  # "plans to meet Tuesday", "agreed to meet"
        head = verb.head
        if head.i != verb.i and (head.lemma_ in FUTURE_GOVERNORS or head.lower_ in FUTURE_GOVERNORS):
            return "future"
        return "future" if head.i == verb.i or head.tag_ != "VBD" or head.lemma_ in FUTURE_GOVERNORS else None
    if tag in ("VBZ", "VBP"):
        if verb.lemma_ in REPORTING_VERBS:                  # headline present: "Putin says Tuesday ..."
            return "past"
        if verb.lemma_ == "be" and any(c.lower_ in FUTURE_GOVERNORS for c in verb.children):
            return "future"                                 # "is due", "are set"
        return "present"                                    # weekdays read it as future ("meets Tuesday")
    if tag == "VBG" and aux_words & {"is", "are", "am", "'s", "'re"}:
        return "future"
    return None


def span_direction(span: "Span") -> str | None:
    """The direction for a time expression covering ``span`` (its root's governing verb).

    Right after a reporting verb ("said on Saturday it would ...") the expression dates the
    saying, whatever the parser attached it to."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i >= 0 and doc[i].lemma_ in REPORTING_VERBS and doc[i].pos_ == "VERB":
        return verb_direction(doc[i])
    verb = governing_verb(span.root)
    return verb_direction(verb) if verb is not None else None
