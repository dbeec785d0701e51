"""Quoted titles: a programme, book or film named in quotation marks ('said on NBC's "Meet the
Press"', 'told "Fox and Friends"', 'wrote in "The Art of the Deal"'). The marks around a title
hold no one's words: the title is where something was said (the channel), never a quotation that
goes on, and the parser often takes its first word for a verb that the reported clause hangs from."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from .marks import Segment

MAX_TITLE_WORDS = 6
# function words a title may keep in lower case ("Face the Nation", "State of the Union")
_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "by", "or", "&"})
# what stands right before a title: a possessive ("NBC's") or a preposition of place or medium
_LEADS = frozenset({"'s", "’s", "on", "to", "in", "with", "from"})


def _title_words(words: Sequence[str]) -> bool:
    """1-6 words, the first capitalised (or a number: "60 Minutes"), the others capitalised or small
    function words; at least one word of letters."""
    if not 1 <= len(words) <= MAX_TITLE_WORDS or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return any(w[:1].isalpha() for w in words) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)


def is_title(text: str, seg: Segment) -> bool:
    """Is the segment a title named after a possessive or a preposition ('on NBC's "Meet the Press."')?"""
    before = text[max(0, seg.start - 8):seg.start].rstrip().split()
    if not before:
        return False
    lead = before[-1].lower()
    if not (lead in _LEADS or lead.endswith(("'s", "’s"))):
        return False
    inner = text[seg.inner_start:seg.inner_end].strip().rstrip(".,!?;:")
    return _title_words(inner.split())


def title_tokens(tok: Token, quoted: Sequence[bool]) -> tuple[int, int] | None:
    """The token span [start, end) of the quoted title ``tok`` lies in (marks included), or None
    when ``tok`` is not inside one."""
    if not quoted[tok.i]:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and quoted[start - 1]:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and quoted[end]:
        end += 1
    if start == 0:
        return None
    lead = doc[start - 1]
    if not (lead.lower_ in _LEADS or lead.tag_ == "POS"):
        return None
    words = [t.text for t in doc[start:end] if not t.is_punct and not t.is_space]
    return (start, end) if _title_words(words) else None


def clauses_under_titles(verb: Token, quoted: Sequence[bool]) -> Iterator[Token]:
    """That-clauses the parser hung from a quoted title after the verb ('said on NBC's "Meet the
    Press" that ...', with "Meet" taken for a verb): they are the verb's own complements."""
    for child in verb.children:
        if child.i <= verb.i or title_tokens(child, quoted) is None:
            continue
        for sub in child.children:
            if sub.dep_ == "ccomp" and sub.i > child.i and not quoted[sub.i] \
                    and sub.left_edge.lower_ == "that" and sub.left_edge.dep_ == "mark":
                yield sub
