"""A reporting verb in the infinitive of another, with the same subject ("refused to pledge to
release", "decided not to recommend", "refused to disclose"), is one attribution: one quote, the
inner one when its verb says words, else the outer one."""

import pytest


@pytest.mark.parametrize("text, outer, inner", [
    ("The FBI decided after a long investigation not to recommend charges against her aides.", "decided", "recommend"),
    ("He again refused to pledge to release his tax returns before the election.", "refused", "pledge"),
    ("Clinton plans to call on young people to join a national service program.", "plans", "call on"),
    ("The ministry has promised to criticize the deal openly at the summit.", "promised", "criticize"),
    ("Opposition leaders will refuse to endorse the new constitution next week.", "refuse", "endorse"),
])
def test_a_controlled_cue_is_part_of_the_outer_quote(find_quotes, text, outer, inner):
    quotes = find_quotes(text)
    cues = [q.cue for q in quotes]
    assert outer in cues, [(q.cue, q.text) for q in quotes]
    assert inner not in cues, [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text, outer, inner, content", [
    ("Trump has steadfastly refused to disclose detailed medical records.", "refused", "disclose",
     "detailed medical records"),
    ("The ministry wanted to stress that no civilians had been hurt.", "wanted", "stress",
     "that no civilians had been hurt"),
    ("Asked to describe the device, the commissioner declined.", "Asked", "describe", "the device"),
    ("Party leaders hope to announce a deal on Friday.", "hope", "announce", "a deal"),
])
def test_a_controlled_verb_of_saying_keeps_its_own_quote(find_quotes, text, outer, inner, content):
    quotes = find_quotes(text)
    by_cue = {q.cue: q for q in quotes}
    assert inner in by_cue and outer not in by_cue, [(q.cue, q.text) for q in quotes]
    assert by_cue[inner].text.startswith(content)


@pytest.mark.parametrize("text, cues", [
    # another speaker inside the content keeps its own quote
    ("The senator said Trump refused to endorse the bill.", {"said"}),
    # a participle of the outer verb's own sentence is a second attribution of the speaker
    ("“We cannot go back,” the mayor said, emphasizing why the plan matters to the city.", {"said", "emphasizing"}),
])
def test_other_nestings_are_unchanged(find_quotes, text, cues):
    quotes = find_quotes(text)
    assert cues <= {q.cue for q in quotes}, [(q.cue, q.text) for q in quotes]
