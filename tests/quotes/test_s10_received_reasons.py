"""A received judgement with a "for" or "over" phrase ("X faced criticism for Y", "X came under scrutiny
for Y", "X took heat for Y", "X faced a backlash over Y"): Y, the act judged, is the content; the "from"
object, if any, the speaker."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The mayor has faced sharp criticism from residents for closing the library.", "closing the library",
     "residents"),
    ("The coach took heat for benching his best player in the cup final.", "benching his best player in the cup final",
     None),
    ("The central bank has come under scrutiny for its lending to oil firms.", "its lending to oil firms", None),
    ("Last year the agency drew heavy criticism for its slow response to the floods in the north.",
     "its slow response to the floods in the north", None),
    ("The ruling party is facing a backlash from farmers for raising fuel prices.", "raising fuel prices",
     "farmers"),
    ("The airline faced a backlash over its decision to cancel hundreds of flights.",
     "its decision to cancel hundreds of flights", None),
    ("The minister drew criticism from lawmakers over the handling of the crisis.", "the handling of the crisis",
     "lawmakers"),
])
def test_the_act_judged_is_the_content(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert (quotes[0].speaker.text if quotes[0].speaker else None) == speaker
    assert quotes[0].cue.endswith("for") or "for" not in quotes[0].cue


@pytest.mark.parametrize("text, content", [
    ("The plan sparked outrage among farmers in the south.", "The plan"),
    ("The governor came under criticism from his own party.", "The governor"),
])
def test_without_a_reason_the_one_judged_is_the_content(find_quotes, text, content):
    assert any(q.text == content for q in find_quotes(text)), [(q.cue, q.text) for q in find_quotes(text)]


@pytest.mark.parametrize("text", [
    "The convoy came under fire from insurgents near the border.",
    "The new minister took office in May after the election.",
    "Firefighters took the heat off the roof with water cannon.",
])
def test_other_uses_are_no_quotes(find_quotes, text):
    assert find_quotes(text) == [], [(q.cue, q.text) for q in find_quotes(text)]
