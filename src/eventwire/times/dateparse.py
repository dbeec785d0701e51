"""Numeric dates ("7/8/07", "29.01.2017", "2017/01/29") through dateparser, strictly.

Only the candidates the finder found reach dateparser (it costs about 2 ms a call and far
more on whole texts). Slashes are read month first, as in US news, unless the first number
cannot be a month; dots are read day first. Impossible dates come back as None.
"""

from __future__ import annotations

from datetime import date

_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
             "PREFER_LOCALE_DATE_ORDER": False}


def parse_numeric_date(text: str) -> date | None:
    """The calendar day of a numeric date, or None when it is not a real date."""
    import dateparser          # imported on first use: loading it costs a few hundred ms

    order = "DMY" if "." in text else ("YMD" if len(text.split("/")[0]) == 4 else "MDY")
    if order == "MDY" and text.split("/")[0].isdigit() and int(text.split("/")[0]) > 12:
        order = "DMY"
    try:
        parsed = dateparser.parse(text, languages=["en"], settings={**_SETTINGS, "DATE_ORDER": order})
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed is not None else None
