"""Find temporal expressions in text: compiled regular expressions, longest match wins.

``find_candidates(text)`` returns non-overlapping ``Candidate`` spans, each tagged with the rule
that found it and the rule's named groups; ``normalise.py`` turns them into TIMEX3 values.
Extents follow TimeML: determiners and modifiers are inside ("last week", "early June",
"the past five days"), prepositions and signals are outside ("on Monday" -> "Monday",
"before July" -> "July" with a bound). The regexes are compiled once, at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})(?![a-z])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:\d{4})(?![\d,]\d|%)"
YEAR_PLAIN = r"(?<![\d,.$£€#/])(?<!\d-)(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d%]|,\d|\.\d|-\d|\s?(?:%|percent))"
NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six"
            r"|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|single|a couple of|a dozen|a few|several"
            r"|many|few|some|dozens of|hundreds of|a|an|\d+(?:\.\d+)?)(?: and a half)?")
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)"
PART = r"(?:morning|afternoon|evening|night)"
REL = r"(?:this past|last|this|next|past|previous|coming|current|upcoming|following)"
POSITION = (r"(?:earlier|later|early|late|mid|the end of|the beginning of|the start of|the middle of"
            r"|the rest of|the remainder of|the first half of|the second half of|end of|beginning of|start of)")
TZ = r"(?:\s*\(?(?:local time|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|ET|MSK)(?:\s*[+-]\s?\d{1,2})?\)?)?"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    needs_direction: bool = False
    gate: re.Pattern[str] | None = None     # a cheap test: no gate match in the text, no need to run the rule


@dataclass
class Candidate:
    """A found expression: character span [start, end), the rule and its named groups."""

    start: int
    end: int
    text: str
    rule: str
    groups: dict[str, str | None] = field(default_factory=dict)
    needs_direction: bool = False


_MONTH_GATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_UNIT_GATE = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"
_GATES = {
    "iso": r"\d-\d\d-\d", "numeric": r"\d[/.]\d", "mdy": _MONTH_GATE, "dmy": _MONTH_GATE, "md": _MONTH_GATE,
    "md_range": _MONTH_GATE, "dm_range": _MONTH_GATE, "month": _MONTH_GATE, "year": r"\d\d\d\d",
    "year_range": r"\d\d\d\d", "decade": r"0s", "weekday": r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
    "relday": r"today|tonight|yesterday|tomorrow|morning|afternoon|evening|night",
    "relunit": r"last|this|next|past|previous|coming|current|upcoming|following", "weekend": r"weekend",
    "the_day": r"day", "the_year": r"the (?:year|month|week)", "ago": r"ago|earlier|before", "ago_vague": r"ago",
    "duration": _UNIT_GATE, "vague_duration": _UNIT_GATE, "recent_units": r"recent", "long_adj": r"-long", "quarter": r"quarter|Q[1-4]",
    "half": r"half", "season": r"spring|summer|autumn|winter", "holiday": r"Christmas|New Year|Thanksgiving",
    "clock": r"\d|noon|midday|midnight",
    "ref": r"now|current|recent|lately|past|future|soon|term|time being|present|these days|moment",
}

def _rule(name: str, pattern: str, *, flags: int = 0, direction: bool = False) -> Rule:
    """Compile one rule; whitespace inside an expression never spans a line break."""
    pattern = pattern.replace(r"[\s-]", r"[ \t\xa0-]").replace(r"\s", r"[ \t\xa0]")
    gate = _GATES.get(name)
    return Rule(name, re.compile(pattern, flags | re.ASCII), direction,
                re.compile(gate, re.ASCII | (re.IGNORECASE if flags & re.IGNORECASE else 0)) if gate else None)



_I = re.IGNORECASE
RULES: tuple[Rule, ...] = (
    _rule("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<h>\d{2}):(?P<mi>\d{2})(?::\d{2})?Z?)?\b"),
    _rule("numeric", r"(?<![\d/.])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}/\d{1,2}/\d{1,2})"
          r"(?![\d/]|\.\d)"),
    _rule("mdy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"),
    _rule("dmy", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
          direction=True),
    _rule("md", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?P<mon>{MONTH})\s+(?P<d>{DAY})(?!\s*[-–]\s*\d)"
          rf"(?:\s+of\s+(?P<yrel>last|this|next)\s+year)?", direction=True),
    _rule("md_range", rf"(?:\b(?:between|from)\s+)?\b(?P<mon>{MONTH})\s+(?P<d>{DAY})\s*(?:-|–|to|through|and)\s*(?:(?P<mon2>{MONTH})\s+)?"
          rf"(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?", direction=True),
    _rule("dm_range", rf"\b(?P<d>{DAY})\s*(?:-|–|to|and)\s*(?P<d2>{DAY})\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
          direction=True),
    _rule("month", rf"(?:\b(?P<pos>{POSITION})[- ])?(?:\b(?P<rel>{REL})\s+)?\b(?P<mon>{MONTH_FULL})(?![a-z])"
          rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+of\s+(?P<yrel>this|last|next)\s+year)?", direction=True),
    _rule("year", rf"(?:\b(?P<pos>{POSITION}|calendar|fiscal)[- ](?:the\s+year\s+)?)?(?P<y>{YEAR_PLAIN})"),
    _rule("year_range", rf"\b(?P<y>(?:1[6-9]|20)\d\d)\s*[-–/]\s*(?P<y2>(?:1[6-9]|20)?\d\d)(?![\d%])"),
    _rule("decade", r"(?:\b(?P<pos>early|mid|late)[- ])?(?:\bthe\s+)?(?:(?P<c>1[6-9]|20)|['’]|(?<=the ))(?P<d>\d)0s\b"),
    _rule("weekday", rf"(?:\b(?P<pos>early|late)\s+)?(?:\b(?P<rel>this past|last|next|this|past|coming|previous)\s+)?"
          rf"\b(?P<wd>{WEEKDAY})(?!s)"
          rf"(?:\s+(?P<part>{PART}))?\b", direction=True),
    _rule("relday", rf"\b(?:(?P<pos>earlier|later|late|early)\s+)?(?P<day>today|tonight|yesterday|tomorrow)"
          rf"(?:\s+(?P<part>{PART}))?\b|\b(?P<this>this|last)\s+(?P<part2>{PART}|night)\b", flags=_I),
    _rule("relunit", rf"(?:\b(?P<pos>{POSITION})\s+)?\b(?P<the>the\s+)?(?P<rel>{REL})\s+(?P<unit>week|weekend|month|year"
          r"|quarter|decade|century|spring|summer|autumn|fall|winter)\b", flags=_I),
    _rule("the_day", r"\b(?:(?P<pos>late in|early in|the start of|the end of)\s+)?the\s+(?P<same>same\s+)?day\b"
          r"(?!\s+(?:after|before|of|when|that|on|in which|he|she|they|it|following|the|a|an|his|her|its|their)\b)",
          flags=_I),
    _rule("the_year", r"\b(?P<pos>the end of|the beginning of|the start of|the rest of|the remainder of|the middle of)"
          r"\s+the\s+(?P<unit>year|month|week)\b", flags=_I),
    _rule("weekend", r"\b(?:the|this)\s+(?P<unit>weekend)\b", flags=_I, direction=True),
    _rule("ago", rf"(?:\b(?P<mod>about|around|nearly|almost|some|more than|less than|over|roughly|just|only)\s+)?"
          rf"\b(?P<num>{NUM_WORD})[\s-]+(?P<unit>{UNIT})s?\s+(?:ago|earlier|before)\b(?!\s+(?:the|a|his|her|its|their))",
          flags=_I),
    _rule("ago_vague", r"\b(?P<unit>years|decades|months|weeks|days|centuries)\s+ago\b", flags=_I),
    _rule("duration", rf"(?:\b(?P<mod>about|around|nearly|almost|some|more than|less than|fewer than|over(?!\s+the)|roughly|"
          rf"at least|up to|approximately|just|only|under)\s+)?(?:\b(?P<the>the\s+)?(?P<rel>past|last|next|previous|coming"
          rf"|first|final|following|same|latest)\s+)?\b(?P<num>{NUM_WORD})[\s-]+(?:(?P<adj>trading|business|working"
          rf"|straight|consecutive|calendar|fiscal|full|long)\s+)?(?P<unit>{UNIT})(?P<pl>s)?(?![-\w])(?!-old)", flags=_I),
    _rule("vague_duration", r"\b(?P<pre>for|within|in|over|after|took|take|takes|lasting)\s+(?P<ext>(?P<the>(?:the\s+)?(?:past|"
          r"last|next|coming)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes))\b", flags=_I),
    _rule("long_adj", r"\b(?P<unit>hour|day|week|month|year|decade|minute)(?P<pl>s)?-long\b", flags=_I),
    _rule("recent_units", r"\brecent\s+(?P<unit>years|months|weeks|days|decades)\b", flags=_I),
    _rule("quarter", rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter"
          rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|fiscal\s+(?P<fy>{YEAR})))?\b"
          rf"|\bQ(?P<q>[1-4])(?:\s+(?P<y2>{YEAR}))?\b", flags=_I, direction=True),
    _rule("half", rf"\b(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year)\b",
          flags=_I),
    _rule("season", rf"(?:\b(?P<pos>early|late|mid)[- ])?(?:\b(?P<rel>last|this|next|past|coming)\s+)?"
          rf"\b(?P<season>spring|summer|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b", flags=_I, direction=True),
    _rule("holiday", rf"\b(?P<name>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?)"
          rf"(?:\s+(?P<y>{YEAR}))?", direction=True),
    _rule("clock", rf"\b(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b){TZ}"
          rf"|\b(?P<h2>\d{{1,2}}):(?P<mi2>\d{{2}})(?=\s*(?:GMT|UTC|EST|EDT|CET|BST|PST|ET|MSK|local time|hours))"
          rf"(?:\s*(?:GMT|UTC|EST|EDT|CET|BST|PST|ET|MSK|local time|hours))?|\b(?P<word>noon|midday|midnight)\b"
          rf"|\b(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s?(?P<tz3>UTC|GMT)\b"),
    _rule("set", rf"\b(?P<q>every|each|per)\s+(?:other\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{MONTH_FULL})\b"
          rf"|\b(?P<adv>daily|weekly|monthly|quarterly|annually|annual|yearly|hourly|nightly)\b"
          rf"|\b(?P<times>once|twice|three times|\d+ times)\s+(?:a|an|per|every|each)\s+(?P<unit2>{UNIT})\b"
          rf"|(?:(?<=\d )|(?<=% )|(?<=million )|(?<=billion )|(?<=trillion )|(?<=percent ))(?:a|an|per)\s+"
          rf"(?P<unit3>{UNIT})\b", flags=_I),
    _rule("ref", r"\b(?P<present>now|currently|nowadays|at present|these days|the time being|at the moment)\b"
          r"|\b(?P<past>recently|lately|the past|recent)\b(?!\s+(?:years|months|weeks|days|decades))"
          r"|\b(?P<future>the future|the near future|soon|the near term|the long term|the short term)\b", flags=_I),
)

_BARE_MONTH_NEEDS_CONTEXT = {"may", "march"}
_MONTH_CONTEXT_WORDS = {"in", "since", "by", "until", "till", "before", "after", "through", "from", "during",
                        "of", "last", "next", "this", "early", "late", "mid", "to", "and", "between", "end",
                        "beginning", "start", "middle", "throughout", "past", "coming", "on", "as", "for"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")
_BARE_DURATION_CONTEXT = {"for", "in", "within", "than", "after", "over", "under", "about", "nearly", "almost",
                          "around", "least", "up", "take", "took", "takes", "taking", "last", "lasted", "lasting",
                          "spent", "spend", "of", "once", "twice", "half", "only", "just", "barely"}
_NOT_SEASON_BEFORE = {"hot", "mineral", "box", "coil", "leaf", "to", "will", "would", "could", "can", "may"}
_NOT_SEASON_AFTER = re.compile(r"\s+(?:up|into|back|forward|loaded|from|water|onion|roll)\b", re.IGNORECASE)
_HOLIDAY_NOUN = re.compile(r"\s+(?:trees?|cards?|lights|decorations?|gifts?|presents?|markets?|carols?|dinners?"
                           r"|party|parties|shopping|sales|music|movies?|songs?|specials?|truce)\b")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_NUM_AFTER_A = re.compile(r"^(?:a|an)\s", re.IGNORECASE)


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text[max(0, start - 20):start])
    return m.group(1).lower() if m else ""


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a run of capitalised words (not at a sentence start)."""
    before = _WORD_BEFORE.search(text[max(0, start - 20):start])
    at_start = start == 0 or text[max(0, start - 2):start].strip() in ("", ".", "!", "?", '"', "“") \
        or text[start - 1] == "\n"
    if at_start:
        return False
    return bool(before and before.group(1)[0].isupper()) or bool(_CAPITALISED_AFTER.match(text, end))


def _acceptable(text: str, rule: Rule, m: re.Match[str]) -> bool:
    """Vetoes the regexes cannot express: bare 'May'/'March', lone 'a day' durations, unit-less numbers."""
    g = m.groupdict()
    if rule.name == "month" and not g.get("y") and not g.get("pos") and not g.get("rel"):
        if g["mon"].lower() in _BARE_MONTH_NEEDS_CONTEXT and _word_before(text, m.start()) not in _MONTH_CONTEXT_WORDS:
            return False
    if rule.name in ("duration", "ago") and g.get("num", "").lower() in ("some", "many", "few") and not g.get("pl"):
        return rule.name == "ago"
    if rule.name == "duration" and _NUM_AFTER_A.match(m.group(0)) and g.get("unit", "").lower() in ("second", "minute"):
        return False
    if rule.name == "duration" and g.get("unit", "").lower() == "quarter" and _OF_AFTER.match(text, m.end()) \
            and g.get("num", "").lower() in ("a", "an", "one", "three") and not g.get("adj"):
        return False                                  # "a quarter of the staff", "three quarters of"
    if rule.name == "duration" and g.get("num", "").lower() in ("a", "an") and not (g.get("mod") or g.get("rel")
                                                                                  or g.get("adj")):
        return _word_before(text, m.start()) in _BARE_DURATION_CONTEXT     # "for a year", not "a day to celebrate"
    if rule.name == "season" and not (g.get("y") or g.get("rel") or g.get("pos")):
        before = _WORD_BEFORE.search(text[max(0, m.start() - 20):m.start()])
        if before and before.group(1)[0].isupper() and m.group(0)[0].isupper():
            return False                              # "Arab Spring", "Operation Winter"
        if before and before.group(1).lower() in _NOT_SEASON_BEFORE or _NOT_SEASON_AFTER.match(text, m.end()):
            return False                              # "hot spring", "spring up"
    if rule.name == "relday" and m.group(0)[0].isupper() and _in_a_name(text, m.start(), m.end()):
        return False                                  # "Russia Today", "USA Today", "Today Show"
    if rule.name == "holiday" and _HOLIDAY_NOUN.match(text, m.end()):
        return False                                  # "Christmas trees"
    if rule.name == "ref" and g.get("present") and g["present"].lower() == "now":
        before = _word_before(text, m.start())
        return before not in ("right", "just", "from", "until", "till", "by")
    return True


def find_candidates(text: str) -> list[Candidate]:
    """Every temporal expression in ``text``, non-overlapping; the longest match wins, then the earliest rule."""
    found: list[tuple[int, int, int, Candidate]] = []
    for order, rule in enumerate(RULES):
        if rule.gate is not None and rule.gate.search(text) is None:
            continue
        for m in rule.pattern.finditer(text):
            if m.end() <= m.start() or not _acceptable(text, rule, m):
                continue
            start, end = m.span("ext") if m.groupdict().get("ext") else m.span()
            while end > start and text[end - 1] in " ,":
                end -= 1
            cand = Candidate(start, end, text[start:end], rule.name, m.groupdict(), rule.needs_direction)
            found.append((-(end - start), order, start, cand))
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for _, _, _, cand in found:
        if any(cand.start < e and s < cand.end for s, e in occupied):
            continue
        taken.append(cand)
        occupied.append((cand.start, cand.end))
    taken.sort(key=lambda c: c.start)
    return taken
