"""The closed English word classes the time finder is built from (months, weekdays, numbers, units).

These are grammar, not a dictionary users extend, so they stay small constants here.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "single": 1, "half": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = ("several", "many", "few", "a few", "some", "numerous", "multiple")
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4,
}
# unit -> (TIMEX3 duration letter, needs the T marker)
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False),
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
REPORTING_VERBS = frozenset({
    "say", "tell", "announce", "report", "confirm", "state", "add", "note", "claim", "deny",
    "reveal", "disclose", "declare", "insist", "warn", "write", "tweet", "admit", "acknowledge",
})
FUTURE_GOVERNORS = frozenset({
    "plan", "expect", "hope", "intend", "aim", "schedule", "set", "due", "want", "agree", "promise",
    "vow", "prepare", "pledge", "threaten", "seek", "propose", "decide", "wish", "likely", "go",
})
SCHEDULING_VERBS = frozenset({"schedule", "reschedule", "postpone", "plan", "expect", "due", "slate"})
MODALS_FUTURE = frozenset({"will", "shall", "'ll", "wo", "could", "would", "may", "might", "should",
                           "can", "must", "ca"})


def number_value(word: str) -> float | None:
    """'two' -> 2, '18' -> 18, 'twenty-five' -> 25, 'two and a half' -> 2.5; None when not a number."""
    w = word.lower().replace(",", "").strip()
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    if w in NUMBERS:
        return NUMBERS[w]
    if " and a half" in w:
        base = number_value(w.replace(" and a half", ""))
        return None if base is None else base + 0.5
    if "-" in w:
        parts = [NUMBERS.get(p) for p in w.split("-")]
        if all(p is not None for p in parts) and len(parts) == 2:
            return float(parts[0] + parts[1])
    return None
