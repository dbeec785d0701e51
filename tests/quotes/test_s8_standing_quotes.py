"""A quoted sentence standing alone after a paragraph's reported speech goes on with the outer
quote, not with a quote nested in it: in "A may be slow to act, B said. '...'" the words are B's,
though "be slow to act" is A's stance inside B's report."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('The ministry may be reluctant to act while the talks go on, Okafor said. '
     '"The other worry is how it would look to voters. I do not think that should stop them."', "Okafor"),
    ('Investors are eager to see the figures before they commit, the analyst said. '
     '"Nobody wants to be the first one in. They will wait for the autumn numbers."', "the analyst"),
    ('The council seems determined to close the library by spring, Ms. Varga said. '
     '"We have asked them twice for a meeting. Nobody has written back to us."', "Ms. Varga"),
])
def test_a_standing_quote_goes_to_the_outer_speaker(find_quotes, text, speaker):
    quotes = find_quotes(text)
    closing = [q for q in quotes if q.end == len(text)]
    assert closing, [(q.text, q.speaker) for q in quotes]
    assert closing[0].speaker is not None and closing[0].speaker.text == speaker


def test_a_direct_quote_after_its_own_attribution_still_joins_it(find_quotes):
    text = ('Lopez said the rules were worth a second look because "nobody reads the small print," '
            'she said. "We owe people an honest explanation."')
    quotes = find_quotes(text)
    last = [q for q in quotes if q.end == len(text)]
    assert last and last[0].speaker is not None and last[0].speaker.text in ("she", "Lopez")
    assert not any(q.cue == "said" and q.speaker.text == "she" and q.end < text.index(" she said") + 1
                   and q.start > 0 and q.start != last[0].start for q in quotes)
