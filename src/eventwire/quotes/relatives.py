"""Speakers written as relative pronouns: "Dmitry Peskov, Putin's spokesman, who said ...",
"the ministry, which denied ...", "Apple, whose spokesman said ...", "generals, most of whom
said ...". The speaker is the noun the relative clause hangs from (its antecedent), climbing
through appositions, cut before the relative clause; the actor code is the antecedent's, the
record shows the relative words ("who") as it shows "he" for a pronoun."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc, Token

RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
RELATIVE_OWNERS = frozenset({"whose", "whom", "which"})   # "whose spokesman", "most of whom"
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp"})
_MAX_TOKENS = 20
_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
_PEOPLE = frozenset({"PERSON", "NORP"})


class RelativeSpeaker(NamedTuple):
    """Tokens [start, end) of the speaker, its head, and the antecedent's head when the head is
    not the antecedent ("whose spokesman": the spokesman speaks, the antecedent gives the code), and the tokens the
    record shows: the relative words themselves ("who", "which", "whose spokesman", "most of whom"),
    as annotators mark them, the antecedent giving name and code ("It was Putin who said": "who",
    Putin's code)."""

    start: int
    end: int
    head: int
    antecedent: int | None
    shown: tuple[int, int] | None = None


def relative_speaker(head: Token, forbidden: Callable[[int], bool]) -> RelativeSpeaker | None:
    """The antecedent phrase for a relative-pronoun subject, else None (not a relative)."""
    found = _relative_clause(head)
    if found is None:
        return None
    clause, noun = found
    noun = _agreeing(noun, clause)
    antecedent = _antecedent(noun, person=head.lower_ in ("who", "whose", "whom")
                             or any(t.lower_ in ("whose", "whom") for t in head.subtree))
    stop = clause.left_edge.i
    start, end = antecedent.left_edge.i, _end_before(antecedent, stop)
    if start >= end or end - start > _MAX_TOKENS or any(forbidden(i) for i in range(start, end)):
        start, end = _name_tokens(antecedent, forbidden)
    doc = head.doc
    shown = (head.left_edge.i, head.right_edge.i + 1)
    if head.lower_ in RELATIVE_SUBJECTS and head.dep_ in ("nsubj", "nsubjpass"):
        end = _trim(doc, start, end)
        return RelativeSpeaker(start, end, antecedent.i, None, shown)
    # "whose spokesman", "most of whom": the antecedent up to the speaking noun phrase
    last = head.right_edge.i + 1
    if last - start > _MAX_TOKENS or any(forbidden(i) for i in range(end, last)):
        return None
    return RelativeSpeaker(start, _trim(doc, start, last), head.i, antecedent.i, shown)


def _relative_clause(head: Token) -> tuple[Token, Token] | None:
    """The relative clause whose subject ``head`` is or holds ("whose spokesman", "most of whom")
    and the noun it hangs from; a cleft ("It was Putin who said ...") hangs from the copula's noun."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        noun = verb.head
    elif verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and head.lower_ in ("who", "that"):
        noun = next((c for c in verb.head.children if c.dep_ == "attr" and c.i < head.i), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return None
    else:
        return None
    if head.lower_ in RELATIVE_SUBJECTS:
        return verb, noun
    if any(t.lower_ in RELATIVE_OWNERS and t.dep_ in ("poss", "pobj") for t in head.subtree):
        return verb, noun
    return None


def end_before_aside(tok: Token) -> int | None:
    """End of ``tok``'s phrase before a relative clause, full or reduced, set off by a comma or
    dash ("Dmitry Peskov, Putin's spokesman, who said the talks were useful, declined ...",
    "Trump, speaking to a veterans group, said ..."), else None."""
    doc = tok.doc
    for clause in tok.subtree:
        reduced = clause.dep_ in ("acl", "advcl") and clause.pos_ in ("VERB", "AUX") and clause.head.i == tok.i
        if (clause.dep_ == "relcl" or reduced) and clause.i > tok.i and clause.left_edge.i > 0 \
                and doc[clause.left_edge.i - 1].text in (",", "--", "—", "–"):
            return _end_before(tok, clause.left_edge.i)
    return None


def _number(verb: Token) -> str | None:
    """'sg' or 'pl' as the relative clause's finite verb shows it ("has argued", "were"), else None."""
    for tok in [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]:
        if tok.tag_ == "VBZ" or tok.lower_ == "was":
            return "sg"
        if tok.tag_ == "VBP" or tok.lower_ == "were":
            return "pl"
    return None


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("conj", "nummod") for c in noun.children)


def _agreeing(noun: Token, clause: Token) -> Token:
    """The parser's noun or the one next to it through "of" that agrees with the clause's verb:
    "supporters of Trump, who have argued" (supporters), "members of the government, which has
    denied" (the government)."""
    number = _number(clause)
    if number is None or _plural(noun) == (number == "pl"):
        return noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and _plural(noun.head.head) == (number == "pl"):
        return noun.head.head
    for prep in noun.rights:
        if prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _plural(obj) == (number == "pl"):
                return obj
    return noun


def _antecedent(noun: Token, person: bool) -> Token:
    """The noun a relative clause stands for, from the noun it hangs from: through appositions
    ("Peskov, Putin's spokesman, who said": Peskov), from a place to the people in it for "who"
    ("Democrats on Capitol Hill, who argued", "a spokesman for the Kremlin, who said": not the
    place or organisation), and from a predicate noun to the
    subject it describes ("Kaine is a former lawyer who opposes ...": Kaine; not a cleft "It was
    Putin who ...")."""
    for _ in range(4):
        if noun.dep_ == "appos" and noun.head.i < noun.i:
            noun = noun.head
        elif person and noun.dep_ == "pobj" and _people_before(noun.head) is not None \
                and (noun.ent_type_ in _PLACES or noun.pos_ == "PROPN" and noun.ent_type_ not in _PEOPLE):
            noun = _people_before(noun.head)
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in ("it", "this", "that", "there"):
                return noun
            noun = subject
        else:
            return noun
    return noun


def _people_before(prep: Token) -> Token | None:
    """The noun a place phrase modifies: its head noun, or the object of the verb it hangs from
    when that object comes right before it ("placate Democrats on Capitol Hill")."""
    if prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head
    obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _end_before(tok: Token, stop: int) -> int:
    """End of ``tok``'s phrase without its clauses and without anything from ``stop`` on."""
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in _CLAUSE_DEPS or child.left_edge.i >= stop:
            break
        if child.right_edge.i >= stop:      # the apposition that carries the relative clause
            return _end_before(child, stop)
        end = child.right_edge.i + 1
    return end


def _name_tokens(tok: Token, forbidden: Callable[[int], bool]) -> tuple[int, int]:
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ in ("compound", "flat", "det", "amod", "poss", "case") \
            and tok.doc[start - 1].head.i >= start and not forbidden(start - 1):
        start -= 1
    return start, tok.i + 1


def _trim(doc: Doc, start: int, end: int) -> int:
    while end - 1 > start and (doc[end - 1].is_punct and doc[end - 1].text != ")" or doc[end - 1].is_space):
        end -= 1
    return end
