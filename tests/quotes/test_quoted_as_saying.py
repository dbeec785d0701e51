"""'X quoted Y as saying ...': Y is the speaker and X, an outlet, the channel."""

import pytest


@pytest.mark.parametrize("text, speaker, content, via", [
    ("The Interfax news agency quoted Peskov as saying that Russia would respond.", "Peskov",
     "that Russia would respond", "Interfax"),
    ("State media quoted the minister as saying the talks had failed.", "the minister", "the talks had failed",
     "State media"),                       # "media" is a media word since session 13
    ("The police quoted witnesses as saying the gunman fled on foot.", "witnesses", "the gunman fled on foot", None),
    ('"We will not buy aircraft from Europe," Detik.com quoted Djamal as saying.', "Djamal",
     '"We will not buy aircraft from Europe,"', None),
])
def test_the_one_quoted_speaks(find_quotes, text, speaker, content, via):
    quotes = [q for q in find_quotes(text) if q.cue == "saying"]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert (quotes[0].speaker.text, quotes[0].text, quotes[0].via) == (speaker, content, via)


def test_a_quoted_name_leaves_the_outlet(find_quotes):
    quotes = find_quotes('Politico.com quotes a "White House official" as saying: "The Senate bill skips the review."')
    said = [q for q in quotes if q.cue == "saying"]
    assert said and said[0].text == '"The Senate bill skips the review."'
