"""Speakers: the noun phrase a speaker mention covers (a relative pronoun stands for its noun), without
a closing time phrase, a charge hung on an agent or a bracket left open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .relatives import end_before_aside, relative_speaker

_MAX_SPEAKER_TOKENS = 40
_NAME_DEPS = frozenset({"compound", "det", "amod", "poss", "case", "nmod", "nummod", "punct", "flat"})


@dataclass
class SpeakerMention:
    """A speaker as tokens [start, end), its head, and (for pronouns) the antecedent's head."""

    start: int
    end: int
    head: int
    antecedent: int | None = None
    relative: bool = False              # the speaker stands for the noun a relative clause hangs from
    shown: tuple[int, int] | None = None   # tokens the record shows when not [start, end): the relative
                                           # pronoun ("who", "whose spokesman") standing for [start, end)

    def is_pronoun(self, doc: Doc) -> bool:
        return doc[self.head].pos_ == "PRON" and not self.relative


def speaker_span(head: Token, forbidden: Callable[[int], bool]) -> SpeakerMention:
    """The noun phrase of ``head``; ``forbidden(i)`` marks tokens a speaker cannot contain
    (the cue, quoted text). A relative pronoun stands for the noun it modifies."""
    relative = relative_speaker(head, forbidden)
    if relative is not None:
        return SpeakerMention(relative.start, relative.end, relative.head, relative.antecedent, relative=True,
                              shown=relative.shown)
    if head.pos_ == "PRON":
        return SpeakerMention(head.i, head.i + 1, head.i)
    start, end = head.left_edge.i, head.right_edge.i + 1
    end = end_before_aside(head) or end
    end = _without_time(head, end)
    start = _after_line_opening(start, end, head, forbidden)
    if end - start > _MAX_SPEAKER_TOKENS or any(forbidden(i) for i in range(start, end)):
        start = head.i
        while start > 0 and head.doc[start - 1].dep_ in _NAME_DEPS and head.doc[start - 1].head.i >= start:
            if forbidden(start - 1):
                break
            start -= 1
        start = _with_possessor(head, start, forbidden)
        end = head.i + 1
    doc = head.doc
    end = _balanced(doc, start, end)
    while end - 1 > start and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and _opened(doc, start, end - 1)):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return SpeakerMention(start, end, head.i)


def _after_line_opening(start: int, end: int, head: Token, forbidden: Callable[[int], bool]) -> int:
    """ "10:51 GMT - Ukraine's foreign minister Andrii Sybiha has called on ...": the parser took the stamp of a
    live-blog entry (or a dateline) opening the line into the speaker's phrase; the speaker starts after it."""
    doc = head.doc
    if start > 0 and "\n" not in doc[start - 1].text_with_ws and not forbidden(start - 1):
        return start
    first = start
    while first < head.i and forbidden(first) and not doc[first].is_quote:
        first += 1
    if first == start or first == head.i and forbidden(first) or any(forbidden(i) for i in range(first, end)):
        return start
    return first


def _with_possessor(head: Token, start: int, forbidden: Callable[[int], bool]) -> int:
    """ "17:50 IST - India's foreign ministry has said": the parser hung the live-blog stamp (or a dateline)
    from the possessor; the speaker still takes the possessor ("India's"), without the stamp."""
    poss = next((c for c in head.children if c.dep_ == "poss" and c.i < start), None)
    if poss is None or forbidden(poss.i):
        return start
    first = poss.i
    while first > poss.left_edge.i and not forbidden(first - 1) and not head.doc[first - 1].is_punct:
        first -= 1
    return first if not any(forbidden(i) for i in range(first, start)) else start


def misplaced_charge(head: Token) -> Token | None:
    """ "was accused by rights groups of torturing detainees": the "of"/"for" phrase with a gerund the
    parser hung from the agent's noun is what the passive verb reports, not part of who speaks."""
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in ("of", "for") and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and not c.is_title for c in child.children):
            return child
    return None


def _without_time(head: Token, end: int) -> int:
    """ "Trump on Tuesday called ...", "Clinton last week said ...": a closing time phrase the parser
    hung from the speaker is the verb's, not part of who speaks; so is a charge hung from an agent
    ("accused by rights groups of torturing detainees")."""
    charge = misplaced_charge(head) if head.head.dep_ == "agent" else None
    if charge is not None and charge.right_edge.i + 1 == end:
        return charge.i
    for child in head.children:
        if child.i > head.i and child.right_edge.i + 1 == end and child.dep_ in ("prep", "npadvmod") and child.lower_ != "of" \
                and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return child.left_edge.i
    return end


def _opened(doc: Doc, start: int, end: int) -> bool:
    """Is a bracket opened in [start, end) and not closed there?"""
    depth = 0
    for i in range(start, end):
        depth += (doc[i].text == "(") - (doc[i].text == ")" and depth > 0)
    return depth > 0


def _balanced(doc: Doc, start: int, end: int) -> int:
    """End of a speaker without a bracket left open: "Sen. Claire McCaskill (D-Mo.)" takes its
    closing bracket; an aside with a verb ("Mr. Burman (a view echoed by everyone ...") goes."""
    opening = max((i for i in range(start, end) if doc[i].text == "("), default=None)   # the last bracket
    if opening is None or opening == start:
        return end
    close = next((i for i in range(opening, end) if doc[i].text == ")"), end)
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(opening, close)):
        return opening
    if _opened(doc, start, end) and end < len(doc) and doc[end].text == ")":
        return end + 1
    return end
