"""A reporting verb in the infinitive or object of another, with the same subject ("refused to
pledge to release", "decided not to recommend", "wanted to stress that"), is one attribution: one
quote, the inner one when its verb says a clause (and the outer one does not refuse it), else the
outer one."""

import pytest


@pytest.mark.parametrize("text, outer, inner", [
    ("The FBI decided after a long investigation not to recommend charges against her aides.", "decided", "recommend"),
    ("She again refused to pledge to publish her medical records before the vote.", "refused", "pledge"),
    ("The governor plans to call on students to join a volunteer teaching scheme.", "plans", "call on"),
    ("The ministry has promised to criticize the deal openly at the summit.", "promised", "criticize"),
    ("Opposition leaders will refuse to endorse the new constitution next week.", "refuse", "endorse"),
])
def test_a_controlled_cue_is_part_of_the_outer_quote(find_quotes, text, outer, inner):
    quotes = find_quotes(text)
    cues = [q.cue for q in quotes]
    assert outer in cues, [(q.cue, q.text) for q in quotes]
    assert inner not in cues, [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, outer, inner, content", [
    ("The ministry wanted to stress that no civilians had been hurt.", "wanted", "stress",
     "that no civilians had been hurt"),
    ("The mayor apologized for saying that the police had overreacted.", "apologized for", "saying",
     "that the police had overreacted"),
    ("The general hopes to announce that the war is over.", "hopes", "announce", "that the war is over"),
])
def test_a_controlled_verb_saying_a_clause_keeps_its_own_quote(find_quotes, text, outer, inner, content):
    quotes = find_quotes(text)
    by_cue = {q.cue: q for q in quotes}
    assert inner in by_cue and outer not in by_cue, [(q.cue, q.text) for q in quotes]
    assert by_cue[inner].text == content


@pytest.mark.parametrize("text, outer, inner", [
    ("The minister has firmly refused to disclose his detailed bank records.", "refused", "disclose"),
    ("Asked to describe the device, the commissioner declined.", "Asked", "describe"),
    ("Party leaders hope to announce a deal on Friday.", "hope", "announce"),
    ("She declined to say when her company's new rocket would fly.", "declined", "say"),
    ("The United States accuses him of publishing secret documents.", "accuses", "publishing"),
])
def test_an_object_or_a_refusal_stays_with_the_outer_quote(find_quotes, text, outer, inner):
    cues = {q.cue for q in find_quotes(text)}
    assert outer in cues and inner not in cues, cues


@pytest.mark.parametrize("text, cues", [
    # another speaker inside the content keeps its own quote
    ("The senator said Trump refused to endorse the bill.", {"said"}),
    # a participle of the outer verb's own sentence is a second attribution of the speaker
    ("“We cannot go back,” the mayor said, emphasizing why the plan matters to the city.", {"said", "emphasizing"}),
])
def test_other_nestings_are_unchanged(find_quotes, text, cues):
    quotes = find_quotes(text)
    assert cues <= {q.cue for q in quotes}, [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, outer, inner", [
    ("On Monday, Rossi thanked the mayor on Facebook for backing her main housing bill.", "thanked", "backing"),
    ("The union praised the governor for supporting the strike.", "praised", "supporting"),
    ("The moderator asked the candidates to discuss their ideas and refrain from attacking their opponent.",
     "asked", "attacking"),
])
def test_a_cue_inside_the_object_with_the_same_speaker_is_part_of_it(find_quotes, text, outer, inner):
    cues = {q.cue for q in find_quotes(text)}
    assert outer in cues and inner not in cues, cues


@pytest.mark.parametrize("text", [
    "Critics ridiculed the ministry's prediction that the economy would grow by five percent.",
    "Moreno said she was asked to give a talk to the board.",
    "The opposition mocked the government's claim that prices would fall.",
])
def test_one_quote_per_span(find_quotes, text):
    quotes = find_quotes(text)
    spans = [(q.start, q.end) for q in quotes]
    assert quotes and len(spans) == len(set(spans)), [(q.cue, q.text) for q in quotes]
    assert len({q.id for q in quotes}) == len(quotes)
