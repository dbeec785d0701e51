"""Plain-text cleaning: drop web leftovers (share bars, CLOSE, bylines, timestamps, photo captions, story links).

Every dropped line is kept, verbatim, in ``Article.removed``; nothing is lost silently.
Explicit line rules decide first (``data/filters/junk_lines.yaml``, read by ``junk_lines.py``); jusText's
paragraph classifier is a second opinion for lines that do not read as sentences (it never removes a line
ending like a sentence). The headline is the first line no rule removes, when it does not end like a
sentence: junk above it (a cookie banner, a section name) does not hide it, and jusText never drops it.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

import justext

from ..document import CodedDocument
from .junk_lines import junk_lines
from .unwrap import unwrap_text

_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
JUSTEXT_MAX_WORDS = 12   # jusText alone may only drop short lines: long ones are prose it misjudged


@dataclass
class CleanResult:
    text: str
    removed: list[str]
    title: str | None


def normalise_text(raw: str) -> str:
    """Same length as ``raw``: CR and control characters become spaces (CR alone a newline).

    Offsets in every record index the cleaned text; keeping the length means a text with no
    boilerplate comes out unchanged, so offsets also index the text the caller gave.
    """
    text = raw.replace("\r\n", " \n").replace("\r", "\n")
    if text.replace("\n", "").replace("\t", "").isprintable():   # no control character: nothing to replace
        return text
    return "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)


def rule_for(line: str) -> str | None:
    """The name of the junk-line rule a line matches (``data/filters/junk_lines.yaml``), or None."""
    return junk_lines().rule_for(line)


def _justext_bad(lines: list[str]) -> set[int]:
    """Indices of lines jusText classifies as boilerplate (only meaningful for longer texts)."""
    if len(lines) < 5:
        return set()
    page = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</body></html>"
    paragraphs = justext.justext(page, justext.get_stoplist("English"))
    if len(paragraphs) != len(lines):
        return set()
    return {i for i, p in enumerate(paragraphs) if p.class_type == "bad"}


def clean_text(raw: str) -> CleanResult:
    """Drop boilerplate lines; return the cleaned text, the removed lines and a headline if any.

    Lines that stay are kept byte for byte, blank lines included; a removed line goes with its
    line break. Hard-wrapped text has the breaks inside its paragraphs turned into spaces first
    (``unwrap``), which keeps its length. A text without boilerplate or wrapping is returned unchanged.
    """
    raw_lines = unwrap_text(normalise_text(raw), lambda line: rule_for(line) is not None).split("\n")
    content = [i for i, line in enumerate(raw_lines) if line.strip()]
    stripped = [raw_lines[i].strip() for i in content]
    junk = [rule_for(line) is not None for line in stripped]
    removed: list[str] = []
    headline = _headline_index(stripped, junk)
    title = stripped[headline] if headline is not None else None
    # jusText may only drop short lines that do not end like a sentence (nor like a clause going on: a comma)
    doubtful = {n for n, line in enumerate(stripped) if n != headline and len(line.split()) <= JUSTEXT_MAX_WORDS
                and not _SENTENCE_END.search(line) and not line.endswith(",")}
    jt_bad = _justext_bad(stripped) & doubtful if doubtful else set()
    drop: set[int] = set()
    for n, (i, line) in enumerate(zip(content, stripped)):
        if n == headline:
            continue
        if junk[n] or n in jt_bad:
            drop.add(i)
            removed.append(line)
    if not drop:
        return CleanResult(text="\n".join(raw_lines), removed=[], title=title)
    kept = [line for i, line in enumerate(raw_lines) if i not in drop]
    return CleanResult(text="\n".join(kept).strip("\n"), removed=removed,
                       title=title)


def _headline_index(lines: list[str], junk: list[bool]) -> int | None:
    """The index of the headline: the first line no junk rule names, when it does not end like a sentence (nor with
    a comma, nor start in lower case: a scrap of a broken sentence is no headline), has at most 20 words and some
    line of the story follows it."""
    first = next((n for n, is_junk in enumerate(junk) if not is_junk), None)
    if first is None or not any(not is_junk for is_junk in junk[first + 1:]):
        return None
    line = lines[first]
    if _SENTENCE_END.search(line) or line.endswith(",") or line[0].islower() or len(line.split()) > 20:
        return None
    return first


class CleanStage:
    """Cleans ``article.text`` in place and records what it removed."""

    name = "clean"

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        result = clean_text(cdoc.article.text)
        cdoc.article.text = result.text
        cdoc.article.removed = cdoc.article.removed + result.removed
        if cdoc.article.title is None:
            cdoc.article.title = result.title
        return cdoc
