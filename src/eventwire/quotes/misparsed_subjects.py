"""Subjects the parser lost: a name it read as the root verb ("Trump admires Putin"), a participle it
took for the main verb, a finite verb it read as a reduced relative, a name left before a verb
without a subject, a subject it joined to the object before it ("shelled the villages and officials
denied it")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token


def name_read_as_root(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "Trump openly admires Putin": the parser may take a name that is also a word ("Trump" as the
    verb "to trump") for the root and the finite verb after it for its object, which no finite verb
    can be; the name right before it (adverbs aside) is the subject."""
    if verb.tag_ not in ("VBZ", "VBD", "NNS"):
        return None
    if verb.dep_ == "ROOT" and verb.tag_ != "NNS" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "compound" \
            and verb.doc[verb.i - 1].head.i == verb.i and verb.doc[verb.i - 1].is_title \
            and not forbidden(verb.i - 1):
        return verb.doc[verb.i - 1]        # "Trump admires Putin" parsed with "Trump" as a modifier
    head = verb.head
    if verb.dep_ not in ("dobj", "npadvmod", "appos") or head.i >= verb.i \
            or head.dep_ != "ROOT" or not (head.pos_ in ("PROPN", "PRON") or head.is_title) or forbidden(head.i) \
            or not all(t.pos_ == "ADV" for t in verb.doc[head.i + 1:verb.i]):
        return None
    return head


_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def conjunct_read_as_object(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "Rebels said the army shelled the villages and officials denied the claim": the parser joined the
    noun after "and" to the object before it and left the finite verb that follows without a subject; a
    noun conjunct right before a finite verb (adverbs aside), joined by "and"/"but" to a noun of the clause
    before, is that verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("conj", "ccomp", "parataxis") \
            or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV" and doc[i].head.i == verb.i:
        i -= 1
    noun = doc[i]
    first = doc[i].head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != noun.i \
            or first.i >= noun.i or first.pos_ not in ("NOUN", "PROPN") or forbidden(noun.i) \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and first.i < c.i < noun.left_edge.i
                       for c in first.children):
        return None
    return noun


def participle_read_as_root(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "Protesters marching through the streets chanted ...": the parser took the participle of the
    subject's phrase for the main verb and hung the finite verb from it; the participle's subject is
    the finite verb's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VBG" \
            or head.dep_ != "ROOT" or not head.i < verb.i:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return subj if subj is not None and not forbidden(subj.i) else None


def finite_read_as_relative(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "The envoy called again for a ceasefire": the parser hung a past-tense verb right after the
    sentence's only noun phrase as a reduced relative of it, leaving the sentence without a verb; that
    noun is the subject (a true reduced relative is a participle, "the statement released Friday").
    So too after the noun's apposition closed by a comma ("The attorney general, the governor's rival,
    called Friday for ..."), where the parser may also read the verb as a participle."""
    head = verb.head
    if verb.dep_ != "acl" or forbidden(head.i):
        return None
    if head.i + 1 == verb.i:
        return head if verb.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") else None
    doc = verb.doc
    root = verb.sent.root
    if verb.tag_ in ("VBD", "VBZ", "VBN") and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i \
            and doc[verb.i - 1].text == "," and doc[root.i + 1].text in (",", "(") and not forbidden(root.i) \
            and root.right_edge.i >= verb.i and any(c.dep_ == "appos" for c in root.children) \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[root.i + 1:verb.i]):
        return root                        # the verb hangs from the apposition's last noun
    return None


def noun_phrase_before(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """A finite verb the parser left without a subject ("..., Flynn, a top surrogate, said",
    "a meeting with the board of the Post Trump said that"): the name written right before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and verb.i - i <= 2:
        i -= 1
    names = []
    while i >= 0 and verb.i - i <= 12 and not forbidden(i) and not doc[i].is_sent_start:
        tok = doc[i]
        if tok.pos_ == "PROPN" and doc[i + 1].pos_ not in ("PROPN", "NOUN"):
            names.append(tok)               # the end of a name, not a modifier ("a top Trump surrogate")
        elif tok.pos_ not in _PHRASE_POS and tok.text != "," and tok.pos_ != "PROPN":
            break
        i -= 1
    if not names or doc[verb.i - 1].pos_ not in ("PROPN", "NOUN", "PUNCT", "ADV"):
        return None
    return names[0]
