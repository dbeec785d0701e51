"""Session 15, owner precision: an act told twice is one event (restatements.py, headlines.py).

Two words of one sentence with the same code, source and target tell one act ("found ... guilty and sentenced
him"), except the codes restatements.yaml lists as apart in a sentence (an arrest and a charge); a treaty signed
by two states in the lead and by their ministers in the next sentence is one signing; a headline act gives way to
the story's reading of the act between the same countries. Every text is our own.
"""

from __future__ import annotations

JUDGE_AND_SENTENCE = ("A military court in Lima found a retired army general guilty of torture and sentenced him "
                      "to 25 years in prison on Thursday.")
TWO_PAIRS = ("Vice President Pence met Prime Minister Abe in Tokyo while Secretary Pompeo met Foreign Minister "
             "Kono in Osaka on Monday.")
STATES_THEN_MINISTERS = ("Chile and Peru signed a fisheries cooperation accord in Santiago on Monday. The accord "
                         "was signed by the Chilean foreign minister and his Peruvian counterpart, officials said.")
STORY = ("Guatemalan police forced their way into the Honduran embassy in Guatemala City late on Friday and "
         "arrested a former Honduran minister who had taken refuge there.\nThe Honduran government condemned the "
         "raid and demanded an apology from Guatemala on Saturday.\n")


def _pairs(events, code):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None)
                  for e in events if e.cameo == code)


def test_one_sentence_telling_a_verdict_and_its_sentence_codes_one_conviction(pipeline):
    verdict = pipeline.code_text(JUDGE_AND_SENTENCE, published="2019-06-14").events
    assert [e.cameo for e in verdict if e.root == "11"] == ["116"]
    # two pairs of different people with the same codes are two meetings, each told both ways
    meetings = pipeline.code_text(TWO_PAIRS, published="2018-11-13").events
    assert _pairs(meetings, "040") == [("JPNGOV", "USAGOV")] * 2 + [("USAGOV", "JPNGOV")] * 2


def test_a_treaty_signed_by_two_states_and_then_by_their_ministers_is_one_signing(pipeline):
    events = pipeline.code_text(STATES_THEN_MINISTERS, published="2018-03-06").events
    signed = [e for e in events if e.cameo == "057"]
    assert sorted((e.source.country, e.target.country) for e in signed) == [("CHL", "PER"), ("PER", "CHL")]
    assert all("merged restatements" in e.rule for e in signed)


def test_a_headline_act_gives_way_to_the_story_acts_between_the_same_countries(pipeline):
    # review F4 (fix-up): only to an act of the same family in the story's lead; "warns" (13) is not the lead's
    # arrest (17) or condemnation (11) and stays
    misread = pipeline.code_text("Guatemala detains Honduran ex-minister\n" + STORY, published="2019-05-11").events
    assert [e for e in misread if e.sentence == 0] == []
    assert {e.cameo for e in misread} >= {"173", "111"}
    other = pipeline.code_text("Honduras warns Guatemala\n" + STORY, published="2019-05-11").events
    assert [(e.root, e.source.code, e.target.code) for e in other if e.sentence == 0] == [("13", "HND", "GTM")]
    # a headline act between countries the story codes nothing between stays
    alone = pipeline.code_text("Nicaragua threatens Costa Rica over river dredging\n" + STORY,
                               published="2019-05-11").events
    assert [(e.cameo[:2], e.source.code, e.target.code) for e in alone if e.sentence == 0] == [("13", "NIC", "CRI")]
