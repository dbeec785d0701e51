"""A relative clause after the source of "according to" tells about the source and is never the
content: "According to Reuters, which cited three sources, the deal ...", "..., according to the coast
guard, which said ..."."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("According to Reuters, which cited three sources, the deal could be signed on Friday.", "Reuters",
     "the deal could be signed on Friday"),
    ("According to the ministry, which gave no figures, the floods have cut the main railway.", "the ministry",
     "the floods have cut the main railway"),
    ("The ship was carrying 300 migrants, according to the coast guard, which said the rescue took six hours.",
     "the coast guard", "The ship was carrying 300 migrants"),
    ("Two rockets hit the base overnight, according to a militia spokesman, who blamed a rival group.",
     "a militia spokesman", "Two rockets hit the base overnight"),
])
def test_relative_after_the_source_is_no_content(find_quotes, text, speaker, content):
    quotes = [(q.speaker.text, q.text) for q in find_quotes(text) if q.cue.lower() == "according to"]
    assert quotes == [(speaker, content)]
