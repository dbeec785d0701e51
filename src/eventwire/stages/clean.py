"""Plain-text cleaning: drop web leftovers (share bars, CLOSE, video captions, story links).

Every dropped line is kept, verbatim, in ``Article.removed``; nothing is lost silently.
Explicit line rules decide first; jusText's paragraph classifier is a second opinion for
lines that do not read as sentences (it never removes a line ending like a sentence).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

import justext

from ..document import CodedDocument
from .unwrap import unwrap_text

# (name, pattern): a line matching any pattern is boilerplate.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("close_button", r"^(close|x|skip|skip in skip x embed x share|replay|play video|advertisement|ad)$"),
        ("share_bar", r"^(connect|tweet|share|email|more|linkedin|comment|facebook|twitter|whatsapp|print|\s|\d)+$"),
        ("share_bar_words", r"^\s*(share|tweet|email|print|save)( this( story| article)?)?( on (facebook|twitter|x))?\s*$"),
        ("read_or_share", r"^read or share this story:"),
        ("bare_url", r"^(https?://|www\.)\S+$"),
        ("follow_us", r"^(follow|like) (us|@\w+) on\b"),
        ("signup", r"^(sign up|subscribe)( now)?( for| to)\b.{0,80}$"),
        ("copyright", r"^(©|\(c\)|copyright)\s.{0,120}$|all rights reserved\.?$"),
        ("video_caption", r"\((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(, \d{4})?\)\s*"
                          r"(ap|afp|reuters|usa today|cnn|nbc|abc|cbs|fox|storyful|bbc|newsy|wochit|\w+ (news|tv))$"),
        ("related_links", r"^(related|more|see also|recommended|read more|also read)\s*:"),
        ("photo_credit", r"^\[?(photo|image|video|file photo|pictured)\s*:.{0,200}$|\((photo|image):[^)]*\)$"),
    )
)

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
    """The name of the boilerplate rule a line matches, or None."""
    stripped = line.strip()
    for name, pattern in LINE_RULES:
        if pattern.search(stripped):
            return name
    return None


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
    removed: list[str] = []
    title = None
    if stripped and len(stripped) > 1 and not _SENTENCE_END.search(stripped[0]) \
            and len(stripped[0].split()) <= 20 and rule_for(stripped[0]) is None:
        title = stripped[0]
    # jusText may only drop short lines that do not end like a sentence: without one, skip it
    doubtful = {n for n, line in enumerate(stripped) if not (n == 0 and title is not None)
                and len(line.split()) <= JUSTEXT_MAX_WORDS and not _SENTENCE_END.search(line)}
    jt_bad = _justext_bad(stripped) & doubtful if doubtful else set()
    drop: set[int] = set()
    for n, (i, line) in enumerate(zip(content, stripped)):
        if n == 0 and title is not None:
            continue
        if rule_for(line) or n in jt_bad:
            drop.add(i)
            removed.append(line)
    if not drop:
        return CleanResult(text="\n".join(raw_lines), removed=[], title=title)
    kept = [line for i, line in enumerate(raw_lines) if i not in drop]
    return CleanResult(text="\n".join(kept).strip("\n"), removed=removed,
                       title=title)


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
