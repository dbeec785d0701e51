"""Quotes inside quotes: reported speech inside reported speech is part of the outer quote, a
reporting verb controlled by another gives one attribution, and one span gives one quote."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .cue import Cue

if TYPE_CHECKING:
    from .quote_assembly import FoundQuote

_TURN_DEPS = frozenset({"conj", "advcl", "xcomp"})
_CONTROL_DEPS = frozenset({"xcomp", "pcomp", "prep", "pobj", "conj"})   # "refused to X", "thanked Y for X-ing"
_SAYING = frozenset({"speech", "speech_object", "directive"})   # verbs whose complement is the words said


def outermost(doc: Doc, cue_at: dict[int, Cue], found: list[FoundQuote],
              refusals: frozenset[str] = frozenset()) -> list[FoundQuote]:
    """The quotes of a document without those that are part of another one (``cue_at``: the cues
    by their token; ``refusals``: lemmas of verbs that refuse what they govern, "decline")."""
    return _one_per_span(_outermost(doc, cue_at, _lend_speakers(doc, found), refusals), cue_at)


def _lend_speakers(doc: Doc, found: list[FoundQuote]) -> list[FoundQuote]:
    """A reporting noun with a possessive pronoun that is the object of a reporting verb of the same
    attribution ("She reiterated her warning: ...") speaks with the verb's speaker (She, not "her"):
    the quotes, with such a noun's quote given that speaker."""
    out = []
    for q in found:
        outer = next((o for o in found if o is not q and _noun_object(doc, q, o)), None) \
            if _own_pronoun(doc, q) else None
        out.append(replace(q, speaker=outer.speaker) if outer is not None else q)
    return out


def _same_turn(doc: Doc, inner: int | None, outer: int | None) -> bool:
    """The inner cue continues the outer speaker's turn ("..., said Caddell, speaking of X",
    "X said A and warned B"): it hangs from the outer cue through conj/advcl links only."""
    if inner is None or outer is None:
        return False
    tok = doc[inner]
    for _ in range(4):
        if tok.dep_ not in _TURN_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == outer:
            return True
    return False


def _same_speaker(inner: FoundQuote, outer: FoundQuote) -> bool:
    """No other speaker for the inner quote ("called on Trump to stop attacking X": Trump's act is
    part of the demand)."""
    return inner.speaker is None or outer.speaker is None or inner.speaker.head == outer.speaker.head


def _in_content(cue_at: dict[int, Cue], inner: FoundQuote, outer: FoundQuote) -> bool:
    """The inner cue lies in what the outer one reports ("declined to name the company or say when
    ...": the saying is what was declined)."""
    cue = cue_at.get(outer.cue_token) if outer.cue_token is not None else None
    return cue is not None and cue.content is not None and inner.cue_token is not None \
        and cue.content[0] <= inner.cue_token < cue.content[1]


def _alternative(doc: Doc, cue_at: dict[int, Cue], inner: FoundQuote, outer: FoundQuote) -> bool:
    """ "declined to name the company or say when ...": the second verb, which the parser hung from
    the outer cue as a second act, is part of what the outer cue reports (its content), with the same
    speaker."""
    return inner.speaker is not None and outer.speaker is not None and inner.speaker.head == outer.speaker.head \
        and inner.cue_token is not None and doc[inner.cue_token].dep_ == "conj" \
        and doc[inner.cue_token].head.i == outer.cue_token and _in_content(cue_at, inner, outer)


def _controlled(doc: Doc, inner: FoundQuote, outer: FoundQuote) -> bool:
    """ "decided not to recommend charges", "refused to pledge to release his returns", "thanked
    Trump for backing X": a cue in the infinitive or prepositional object of another cue, inside
    its span, with the same speaker (the subject it controls) gives one attribution, not two; so does
    one under an outer cue with no speaker ("Asked to describe the device, X said ...": the question)."""
    if inner.cue_token is None or outer.cue_token is None \
            or outer.speaker is not None and (inner.speaker is None or inner.speaker.head != outer.speaker.head) \
            or not outer.start <= doc[inner.cue_token].idx < outer.end:
        return False
    tok = doc[inner.cue_token]
    for _ in range(5):                 # the inner verb hangs in the outer one's infinitive or object
        if tok.dep_ not in _CONTROL_DEPS or tok.head.i == tok.i:
            return False
        if tok.head.i == outer.cue_token:
            return tok.dep_ != "conj"  # "said A and warned B": a second act, not a controlled one
        tok = tok.head
    return False


def _noun_object(doc: Doc, inner: FoundQuote, outer: FoundQuote) -> bool:
    """ "repeated the claim that the vote was rigged", "issued a stark warning: ...": a reporting noun
    that is the object of a reporting verb (in the verb's quote) with the same speaker, and that has a
    clause of its own, gives one attribution; what the noun reports is what was said."""
    if inner.cue_token is None or outer.cue_token is None or inner.speaker is None or outer.speaker is None \
            or inner.speaker.head != outer.speaker.head and not _own_pronoun(doc, inner):
        return False
    tok = doc[inner.cue_token]
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i == outer.cue_token \
        and outer.start <= tok.idx < outer.end and _opens_clause(doc, inner)


def _opens_clause(doc: Doc, q: FoundQuote) -> bool:
    """The quote is a clause of its own: it opens with "that" or follows a colon ("highlighted his message
    that ...", "issued a warning: ..."), not an infinitive or object that the outer verb's object holds
    ("laid out her proposals to expand national service")."""
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    return first is not None and len(first) > 0 and (first[0].lower_ == "that" and first[0].dep_ == "mark"
                                                     or doc.text[:q.start].rstrip().endswith(":"))


def _own_pronoun(doc: Doc, q: FoundQuote) -> bool:
    """The quote's speaker is a possessive pronoun of its cue noun ("her warning")."""
    if q.speaker is None or q.cue_token is None:
        return False
    head = doc[q.speaker.head]
    return head.dep_ == "poss" and head.pos_ == "PRON" and head.head.i == q.cue_token


def _says_clause(doc: Doc, cue_at: dict[int, Cue], q: FoundQuote) -> bool:
    """Does the quote report words said, as a clause ("stress that ...", "saying the police had
    overreacted"), not an object ("disclose his records")?"""
    cue = cue_at.get(q.cue_token) if q.cue_token is not None else None
    if cue is None or cue.entry is None or cue.entry.group not in _SAYING or cue.content is None:
        return False
    start, end = cue.content
    return any(doc[i].pos_ in ("VERB", "AUX") and not start <= doc[i].head.i < end for i in range(start, end))


def _one_of_controlled(doc: Doc, cue_at: dict[int, Cue], found: list[FoundQuote],
                       refusals: frozenset[str]) -> set[int]:
    """The quotes to drop from nested pairs of one attribution: the outer one when the inner cue is a
    reporting noun the outer verb takes as object ("repeated the claim that ..."); of controlled pairs,
    the outer one when the inner verb says words in a clause ("wanted to stress that ...", "apologized
    for saying that ..."), unless the outer one refuses them ("declined to say when ..."); else the
    inner one ("decided not to recommend charges", "refused to disclose his records", "accused him of
    publishing secrets")."""
    drop: set[int] = set()
    for q in found:
        for other in found:
            if other is not q and _noun_object(doc, q, other):
                drop.add(id(other))        # "repeated the claim that ...": the claim's words
                continue
            if other is q or not (other.start <= q.start and q.end <= other.end) \
                    or (other.start, other.end) == (q.start, q.end):
                continue
            if not _controlled(doc, q, other) and not _alternative(doc, cue_at, q, other):
                continue
            outer = cue_at.get(other.cue_token) if other.cue_token is not None else None
            refused = outer is not None and outer.entry is not None and outer.entry.lemma in refusals
            drop.add(id(other) if _says_clause(doc, cue_at, q) and not refused else id(q))
    return drop


def _outermost(doc: Doc, cue_at: dict[int, Cue], found: list[FoundQuote],
               refusals: frozenset[str]) -> list[FoundQuote]:
    """Reported speech inside reported speech ("Stein said she plans to join ...") is part of
    the outer quote, not a quote of its own: drop a quote whose attribution (speaker or cue)
    lies inside another quote's span that covers it."""
    keep = []
    controlled = _one_of_controlled(doc, cue_at, found, refusals)
    for q in found:
        inside = id(q) in controlled
        where = [doc[q.speaker.head].idx] if q.speaker is not None else []
        if q.cue_token is not None:
            where.append(doc[q.cue_token].idx)
        for other in found:
            if other is q or not (other.start <= q.start and q.end <= other.end) \
                    or (other.start, other.end) == (q.start, q.end) or id(other) in controlled:
                continue                   # a quote given up for the one inside it holds nothing
            if where and all(other.start <= w < other.end for w in where) \
                    and not (_same_turn(doc, q.cue_token, other.cue_token) and _same_speaker(q, other)
                             and not _in_content(cue_at, q, other)):
                inside = True
                break
        if not inside:
            keep.append(q)
    return keep


def _one_per_span(found: list[FoundQuote], cue_at: dict[int, Cue]) -> list[FoundQuote]:
    """Two cues of the same words ("ridiculed its prediction that ...", "she was asked ..., Lynch
    said") give one quote: the one that names a speaker, else the first; but a second judgement
    with a speaker of its own ("drew praise from A and criticism from B") is a second quote."""
    best: dict[tuple[int, int], FoundQuote] = {}
    for q in found:
        key = (q.start, q.end)
        if key not in best or best[key].speaker is None and q.speaker is not None:
            best[key] = q
    return [q for q in found if best[(q.start, q.end)] is q or _second_judgement(q, best[(q.start, q.end)], cue_at)]


def _second_judgement(q: FoundQuote, kept: FoundQuote, cue_at: dict[int, Cue]) -> bool:
    cue = cue_at.get(q.cue_token) if q.cue_token is not None else None
    return cue is not None and cue.shares_content and q.speaker is not None and kept.speaker is not None \
        and q.speaker.head != kept.speaker.head
