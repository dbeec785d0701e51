"""The boilerplate of unnamed sources reports nothing: a reporting verb in the infinitive of a
permission verb ("was not authorized to discuss the talks") and a request not to be named; the
source's own report in the same sentence stays."""

import pytest


@pytest.mark.parametrize("text", [
    "The official spoke on condition of anonymity because he was not authorized to discuss the negotiations.",
    "The sources requested anonymity because they are not permitted to comment on personnel matters.",
    "She was authorized to announce the decision on Friday.",
    "Two aides asked not to be identified.",
    "A police officer, who asked not to be named, confirmed the arrests.",
])
def test_anonymity_boilerplate_is_no_quote(find_quotes, text):
    quotes = find_quotes(text)
    assert not [q for q in quotes if q.cue in ("discuss", "comment on", "announce", "asked")], \
        [(q.cue, q.text) for q in quotes]


def test_the_unnamed_sources_report_stays(find_quotes):
    text = ("Two diplomats, who asked not to be named because they were not allowed to speak about the talks, "
            "said a deal was close.")
    assert [(q.cue, q.text, q.speaker.text) for q in find_quotes(text)] == \
        [("said", "a deal was close", "Two diplomats")]


def test_asking_others_not_to_name_someone_is_a_request(find_quotes):
    quotes = find_quotes("The ministry asked reporters not to identify the soldiers.")
    assert [(q.cue, q.text) for q in quotes] == [("asked", "reporters not to identify the soldiers")]
