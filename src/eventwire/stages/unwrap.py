"""Hard-wrapped plain text: join the lines of each paragraph before cleaning.

Fixed-width wire feeds, e-mail and PDF/terminal text break every sentence at ~60-80 characters,
with single line breaks inside a paragraph and blank lines between paragraphs. Read line by line,
such text loses short lines to the boilerplate classifier and the parser cuts sentences at the
breaks. A text is read as hard-wrapped when several lines of similar length run on into a line
that goes on with their sentence (no closing stop, next line in lower case); its wrapped line
breaks then become spaces. The replacement keeps the length of the text, so offsets into the
unwrapped text still index the text the caller gave. Blank-line paragraph breaks stay, and so do
breaks before and after a short line (a title or heading, the end of a paragraph), a list item,
a table row or a line a boilerplate rule names.
"""

from __future__ import annotations

import re
from statistics import median
from typing import Callable

_SENTENCE_END = re.compile(r"[.!?:;\"”’')\]]\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*•·–—>]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_TABLE_ROW = re.compile(r"\S(\s{3,}|\t)\S.*\S(\s{3,}|\t)\S|\|")
_LOWER_START = re.compile(r"^\s*[a-z(,]")

MIN_RUN_ONS = 2            # lines running on in lower case needed to call a text hard-wrapped
MAX_WIDTH = 110            # wrapped lines are at most this long (a typical width is 60-80)
MIN_WIDTH = 30
SIMILAR_SHARE = 0.7        # share of lines within the wrap width band
WRAPPED_LINE_SHARE = 0.6   # a line shorter than this share of the width ended before the margin


def _is_block_line(line: str) -> bool:
    """A list item or table row: its line breaks are part of its layout."""
    return bool(_LIST_ITEM.match(line) or _TABLE_ROW.search(line.strip()))


def _followed_lines(lines: list[str]) -> list[int]:
    """Indices of non-blank lines followed by a non-blank line (same paragraph)."""
    return [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]


def wrap_width(lines: list[str]) -> int | None:
    """The width a text is hard-wrapped at, or None when it is not hard-wrapped."""
    followed = _followed_lines(lines)
    run_ons = [i for i in followed if not _SENTENCE_END.search(lines[i].strip())
               and _LOWER_START.match(lines[i + 1])]
    if len(run_ons) < MIN_RUN_ONS:
        return None
    lengths = [len(lines[i].rstrip()) for i in followed]
    width = median(lengths)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    similar = sum(1 for n in lengths if 0.6 * width <= n <= 1.3 * width)
    if similar < SIMILAR_SHARE * len(lengths):
        return None
    return max(n for n in lengths if n <= 1.3 * width)


def unwrap_text(text: str, is_junk: Callable[[str], bool]) -> str:
    """``text`` with the line breaks inside wrapped paragraphs turned into spaces (same length).

    ``is_junk`` names boilerplate lines (they keep their line breaks, so the line rules still see them).
    A text that is not hard-wrapped is returned unchanged.
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    first = next(i for i, line in enumerate(lines) if line.strip())
    joins = [i for i in _followed_lines(lines) if _wrapped_break(lines[i], lines[i + 1], width, is_junk)
             and not (i == first and _may_be_title(lines[i], lines[i + 1]))]
    if not joins:
        return text
    chars = list(text)
    offset = 0
    breaks: list[int] = []
    for line in lines[:-1]:
        offset += len(line)
        breaks.append(offset)
        offset += 1
    for i in joins:
        chars[breaks[i]] = " "
    return "".join(chars)


def _may_be_title(line: str, following: str) -> bool:
    """A first line with no closing stop before a capital may be the title: it keeps its break."""
    return not _SENTENCE_END.search(line.strip()) and not _LOWER_START.match(following)


def _wrapped_break(line: str, following: str, width: int, is_junk: Callable[[str], bool]) -> bool:
    """Whether the break after ``line`` was made by the wrap margin, inside a paragraph."""
    if len(line.rstrip()) < WRAPPED_LINE_SHARE * width:
        return False   # a title, heading or paragraph end stopped short of the margin
    if _is_block_line(line) or _is_block_line(following):
        return False
    return not (is_junk(line) or is_junk(following))
