"""The openings of a line that name its place in the story, not a speaker: the time stamp of a live-blog entry
("10:02 GMT - ", "Tuesday, 13:30 - ", "Update, 2:15 p.m.: ", "09:30 local - ") and the section labels of
digital-native outlets ("Why it matters: ", "What they're saying: "; ``section_labels`` of
data/quotes/reporting_verbs.yaml). Like a wire dateline they are never a speaker, a cue or the start of what
was said."""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a clock time, maybe after "Update" or a weekday, maybe with a time zone or "local", then a dash or a colon
_ENTRY_STAMP = re.compile(r"(?:(?:Update|UPDATE)[d]?(?: at)?,? )?(?:" + _WEEKDAY + r",? )?"
                          r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5}| local(?: time)?)?"
                          r"(?: ?[-—–]{1,2} |: )")
_SECTION_LABEL = re.compile(r"([A-Z][\w'’ ,]{1,30}):\s+")


def entry_openings(text: str, section_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the entry stamps and section labels that open a line."""
    out = []
    start = 0
    for line in text.split("\n"):
        m = _ENTRY_STAMP.match(line)
        if m is None:
            label = _SECTION_LABEL.match(line)
            if label is not None and label.group(1).lower().replace("’", "'") in section_labels:
                m = label
        if m is not None:
            out.append((start, start + m.end()))
        start += len(line) + 1
    return out
