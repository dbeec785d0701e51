"""A speech-act noun of ``pact_nouns`` reports its to-infinitive even when no holder is named ("an
agreement to cut tariffs", "pledges to rebuild the bridge"); other nouns still need one ("plans to ..."
alone is no report)."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The summit ended with an agreement to cut tariffs on farm goods.", "agreement", "to cut tariffs on farm goods"),
    ("There were repeated pledges to rebuild the bridge.", "pledges", "to rebuild the bridge"),
    ("An offer to mediate between the two clans came from the elders.", "offer", "to mediate between the two clans"),
])
def test_pact_noun_without_holder(find_quotes, text, cue, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.speaker, q.text) for q in quotes] == [(None, content)]


def test_plan_without_holder_is_no_report(find_quotes):
    assert not any(q.cue == "plans" for q in find_quotes("There are plans to widen the canal next year."))
