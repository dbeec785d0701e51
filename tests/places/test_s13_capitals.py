"""A national capital wins over a smaller namesake that only the story's countries favour (session 13).

"Blinken met Lavrov in Athens" in a story that names the United States is Greece's capital, not Athens, Georgia;
a qualifier still decides ("Athens, Georgia"), and a namesake that is itself a capital is never displaced.
"""

import pytest

from eventwire.records import Article


def _places(pipeline, text):
    coded = list(pipeline.code_articles([Article(id="cap", text=text, published="2024-03-01")]))[0]
    return [((e.get("location") or {}).get("name"), (e.get("location") or {}).get("country"))
            for e in coded.records("events")]


@pytest.mark.parametrize("text, country", [
    ("The U.S. envoy met Russian officials in Athens on Monday.", "GRC"),
    ("An American negotiator held talks with Iranian diplomats in Paris on Friday.", "FRA"),
    ("Police in Athens, Georgia, arrested a protest leader on Tuesday, the U.S. county sheriff said.", "USA"),
])
def test_a_capital_beats_a_namesake_the_context_favours(pipeline, text, country):
    places = _places(pipeline, text)
    assert places and all(found_country == country for _, found_country in places), places
