"""Coordination the parser does not mark as ``conj`` between the arguments of one event.

Three forms of news English name several participants where the parse gives one:

- companions: "Russia, along with France, condemned ...", "Moscow, together with Beijing,
  vetoed ...": the 'with' phrase on the subject names a second subject;
- repeated objects: "criticised Washington, as well as Canberra, ...": the parser hangs both
  names on the verb as direct objects;
- gapping: "met Japan's minister on Monday and South Korea's on Tuesday", "struck Syria in
  March and Iraq in July": the second object is parsed as a conjunct of the first date, or the
  date as a modifier of the second object;
- a joined subject: "Israel struck targets in Gaza and Egypt called for restraint": the parser
  joins the second clause's subject to the phrase before it as a conjunct
  (``subject_joined_before``, ``joined_subject_of``);
- a split name: "Anwar Ibrahim and Srettha Thavisin held talks": the parser reads the surname as an object of the
  given name and hangs the second name on it, not on the head of the first name (``conjuncts_in_name``);
- a joined act: "Britain joined France in condemning the strike": the object of the joining verb does the
  act of its 'in' gerund with the subject (``joined_in_act``).

Each function returns tokens; ``ArgumentFinder`` resolves them to actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import syntax
from .argument_words import argument_words

# adverbs that make a subject's 'with' phrase a companion ("along with", "together with")
_COMPANION_ADVERBS = frozenset({"along", "together", "jointly"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def companions(subject: Token) -> list[Token]:
    """Heads of the 'along with' / 'together with' phrases on a subject: "Russia, along with
    France, condemned ..." -> [France] (not a bare 'with': "Russia with its allies" is rare as a
    subject and "the talks with Iran" is no subject's companion)."""
    out: list[Token] = []
    for prep in syntax.children(subject, "prep", "advmod"):
        word = prep.lower_
        if word in _COMPANION_ADVERBS:      # "along" -> "with" -> pobj
            withs = [w for w in syntax.children(prep, "prep") if w.lower_ == "with"]
        elif word == "with" and any(c.lower_ in _COMPANION_ADVERBS for c in prep.children):
            withs = [prep]                  # "together" hung on "with" as an adverb
        else:
            continue
        out.extend(p for w in withs for p in syntax.prep_objects(w))
    return out


def repeated_objects(verb: Token) -> list[Token]:
    """Direct objects after the first one joined to it by a conjunction: "criticised Washington, as
    well as Canberra", where the parser makes both names objects of the verb (and the "as" a
    ``cc`` of the verb). Without the conjunction the second "object" is an apposition to the
    clause ("met Xi on Monday, the highest-level visitor in years")."""
    objs = syntax.children(verb, "dobj")
    if len(objs) < 2:
        return []
    joins = [c.i for c in syntax.children(verb, "cc")]
    return [o for prev, o in zip(objs, objs[1:]) if any(prev.i < j < o.i for j in joins)]


# prepositions of the date an act is on ("met X on Monday and Y on Tuesday")
_DATE_PREPS = frozenset({"on", "in", "at"})


def gapped_objects(verb: Token) -> list[Token]:
    """Second objects of a gapped clause: "met X on Monday and Y on Tuesday" (Y a conjunct of
    "Monday"), or "Monday and Y" read as one phrase whose head is Y, with the date inside it."""
    out: list[Token] = []
    # (a date the act is on, not a span it lasts: "flew in for two days of talks and a deal for Lesotho")
    for prep in syntax.children(verb, "prep"):
        if prep.lower_ not in _DATE_PREPS:
            continue
        for pobj in syntax.children(prep, "pobj"):
            if pobj.ent_type_ in _TIME_ENTITIES:
                out.extend(c for c in syntax.conjuncts(pobj)[1:] if c.ent_type_ not in _TIME_ENTITIES
                           and c.pos_ in syntax.NOUN_POS)
            elif pobj.pos_ in syntax.NOUN_POS and any(
                    m.ent_type_ in _TIME_ENTITIES and m.i < pobj.i and any(c.dep_ == "cc" for c in m.children)
                    for m in pobj.children if m.dep_ in ("nmod", "compound", "npadvmod")):
                out.append(pobj)
    return out


# finite verb tags: a verb that can have a subject of its own
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# what may stand between a subject and its verb ("and the African Union also threatened ...")
_BEFORE_VERB = frozenset({"also", "later", "then", "quickly", "immediately", "swiftly", "promptly", "separately"})


def subject_joined_before(noun: Token) -> Token | None:
    """The verb whose subject a conjunct noun really is, when the parser joined the subject of a second
    clause to the phrase before it: "Britain suspended its defence cooperation with Kenya and the
    African Union criticised the move" ("Union" a conjunct of "Kenya", "criticised" a clause with no
    subject), "Israel struck targets in Gaza and Egypt called for restraint". None otherwise."""
    if noun.dep_ != "conj" or noun.pos_ not in syntax.NOUN_POS or noun.head.pos_ not in syntax.NOUN_POS:
        return None
    doc = noun.doc
    i = noun.right_edge.i + 1
    while i < len(doc) and doc[i].lower_ in _BEFORE_VERB:
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.dep_ not in ("conj", "advcl", "ccomp") \
            or noun.i not in range(verb.head.left_edge.i, verb.head.right_edge.i + 1) \
            or any(c.dep_ in syntax.SUBJ or c.dep_ in syntax.PASS_SUBJ for c in verb.children):
        return None
    # the conjunction joining the noun stands right before the noun's phrase: "... Kenya and the Union"
    if not any(c.dep_ == "cc" and c.i < noun.left_edge.i for c in noun.head.children):
        return None
    return verb


def joined_subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` that the parser joined to the phrase before it (``subject_joined_before``)."""
    doc = verb.doc
    i = verb.left_edge.i - 1 if verb.left_edge.i < verb.i else verb.i - 1
    while i >= 0 and doc[i].lower_ in _BEFORE_VERB:
        i -= 1
    if i < 0:
        return None
    tok = doc[i]
    # the head of the noun phrase ending right before the verb
    while tok.head.i > tok.i and tok.head.i < verb.i and tok.dep_ in ("compound", "amod", "nmod", "det", "poss", "nummod"):
        tok = tok.head
    joined = subject_joined_before(tok)
    return tok if joined is not None and joined.i == verb.i else None


def conjuncts_in_name(head: Token, start: int, end: int) -> list[Token]:
    """Conjuncts the parser hung on a word inside the name ``head`` heads (tokens ``start``..``end``) rather than
    on ``head``: "Anwar Ibrahim and Srettha Thavisin held talks" (Anwar the subject, Ibrahim its 'object', the
    second name a conjunct of Ibrahim) -> [Thavisin] and the conjuncts joined to it."""
    out: list[Token] = []
    for word in head.doc[start:end]:
        if word is head or not start <= word.head.i < end:
            continue
        for conj in syntax.children(word, "conj"):
            if not start <= conj.i < end:
                out.extend(syntax.conjuncts(conj))
    return out


def joined_in_act(verb: Token) -> tuple[Token, list[Token]] | None:
    """The joining verb and its objects when ``verb`` is the gerund of its 'in' phrase: "Britain joined France in
    condemning the strike" -> (joined, [France]); None otherwise (an active verb of ``joining_verbs``, with an
    object; "joined the talks in Doha" has no gerund)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    gov = prep.head
    objects = syntax.children(gov, "dobj")
    if gov.pos_ != "VERB" or gov.lemma_.lower() not in argument_words().joining_verbs or not objects \
            or syntax.is_passive(gov):
        return None
    return gov, [t for obj in objects for t in syntax.conjuncts(obj)]
