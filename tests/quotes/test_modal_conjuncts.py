"""A verb with a modal and no subject of its own, coordinated after the reported clause, is still
what was reported ("says the levy would cut revenue at first, but would eventually add billions"),
whether the parser hangs it from the reported verb or from the reporting verb; a negated reporting
verb there is the speaker's own refusal ("but would not comment"), and a plain one the speaker's
next act ("and warned against ...")."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Analysts say the levy would depress revenue in the early years, but would eventually add billions "
     "over a decade.", "say",
     "the levy would depress revenue in the early years, but would eventually add billions over a decade"),
    ("The ministry says exports could fall this year but could recover strongly in 2026.", "says",
     "exports could fall this year but could recover strongly in 2026"),
    ("The minister said he would order an inquiry, and would not resign.", "said",
     "he would order an inquiry, and would not resign"),
])
def test_a_modal_conjunct_is_still_the_claim(find_quotes, text, cue, content):
    assert [q.text for q in find_quotes(text) if q.cue == cue] == [content]


@pytest.mark.parametrize("text, first, second", [
    ("Officials said the bridge was safe but would not comment on the repairs.", "the bridge was safe",
     "the repairs"),
    ("The minister said he would order an inquiry and warned against speculation.", "he would order an inquiry",
     None),
])
def test_a_refusal_or_a_plain_act_is_the_speakers_own(find_quotes, text, first, second):
    quotes = find_quotes(text)
    assert quotes[0].text == first
    if second is not None:
        assert second in [q.text for q in quotes[1:]]
