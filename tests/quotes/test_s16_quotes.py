"""Session 16 (quotes): shapes of live blogs and digital-native news. The time stamp that opens a live-blog
entry ("09:40 CET - ", "Update, 5:10 p.m.: ", "Monday, 18:20 - ") and a section label ("Why it matters: ") are
neither speaker, cue nor the start of what was said; a speaker after such a stamp keeps its possessor; "it"
goes back to a body named as a speaker, never to a person; a bare participle after a noun that the parser hung
on a trailing "X said" ("the truce signed in May") is no clause of what was said; a second report whose subject
the parser joined to the object before it ("... the subsidies and officials accused ...") ends the first one
also when the parser hung it from the first reporting verb."""

import pytest


def _by_cue(quotes):
    return {q.cue: (q.speaker.text if q.speaker else None, q.text) for q in quotes}


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("09:40 CET - Latvia's coast guard says it has boarded a tanker suspected of cutting an undersea cable.",
     "says", "Latvia's coast guard", "it has boarded a tanker suspected of cutting an undersea cable"),
    ("Update, 6:40 a.m.: The national weather service says the storm will reach the coast by noon.",
     "says", "The national weather service", "the storm will reach the coast by noon"),
    ("Monday, 18:20 - Chile's interior minister Sofia Rivas announced that the curfew would be lifted at dawn.",
     "announced", "Chile's interior minister Sofia Rivas", "that the curfew would be lifted at dawn"),
    ("21:05 local - The ferry operator has cancelled every crossing for the night, harbour officials say.",
     "say", "harbour officials", "The ferry operator has cancelled every crossing for the night"),
])
def test_live_blog_stamp_is_neither_speaker_nor_content(find_quotes, text, cue, speaker, content):
    got = _by_cue(find_quotes(text))
    assert got.get(cue) == (speaker, content), got


def test_section_label_is_no_speaker_and_no_content(find_quotes):
    got = _by_cue(find_quotes('What they\'re saying: "Nobody in the valley has seen a flood like this," a farmer '
                              'told the local radio.\n\nWhy it matters: Two dams upstream are near capacity, '
                              'according to the water board.'))
    assert got.get("told") == ("a farmer", '"Nobody in the valley has seen a flood like this,"'), got
    assert got.get("according to") == ("the water board", "Two dams upstream are near capacity"), got
    assert "saying" not in got


def test_it_goes_back_to_a_body_named_as_speaker(pipeline):
    coded = pipeline.code_text("Nobody was hurt in the blast at the depot, the Latvian border command said. The fire "
                               "was out by dawn, it added.", published="2025-03-02")
    added = next(q for q in coded.quotes if q.cue == "added")
    assert added.text == "The fire was out by dawn"
    assert added.speaker is not None and added.speaker.code == "LVA", added.speaker


def test_participle_after_noun_is_not_the_reported_clause(find_quotes):
    got = _by_cue(find_quotes("Gunfire was heard near the airport, the army chief said, accusing the militia of "
                              "violating the ceasefire reached earlier in the week."))
    assert got.get("said") == ("the army chief", "Gunfire was heard near the airport"), got


def test_second_report_whose_subject_was_read_as_an_object(find_quotes):
    got = _by_cue(find_quotes("Farmers said they're increasingly sure the agency mishandled the subsidies and "
                              "officials accused the farmers of hoarding grain."))
    assert got.get("said") == ("Farmers", "they're increasingly sure the agency mishandled the subsidies"), got
    assert got.get("accused") == ("officials", "the farmers of hoarding grain"), got


@pytest.mark.parametrize("text", [
    "The bombing of the bus station was the deadliest attack on civilians in the province this year.",
    "Gunmen attacked worshippers leaving a mosque in the north of the country.",
])
def test_an_attack_on_unarmed_people_is_no_stance(find_quotes, text):
    assert not [q for q in find_quotes(text) if q.cue and q.cue.lower().startswith("attack")]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The port authority has yet to respond to several requests for comment.", "respond", "The port authority",
     "to several requests for comment"),
    ("A lawyer for the mining firm has not replied to an email seeking comment on the ruling.", "replied",
     "A lawyer for the mining firm", "to an email seeking comment on the ruling"),
])
def test_unanswered_request_for_comment(find_quotes, text, cue, speaker, content):
    assert _by_cue(find_quotes(text)).get(cue) == (speaker, content)


def test_responding_to_an_act_reports_nothing(find_quotes):
    assert not find_quotes("The coast guard responded to the distress call within an hour.")


# Round 2 (issue 5, the long tail of missed reports): verbs and nouns by which news attributes a position
# or a deliberation to someone.
@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The finance minister ruled out a second tax on fuel before the spring budget.", "ruled out",
     "The finance minister", "a second tax on fuel"),
    ("The mayor walked back her remarks about the striking bus drivers.", "walked back", "The mayor",
     "her remarks about the striking bus drivers"),
    ("Several donor states balked at the cost of the new mission.", "balked at", "Several donor states",
     "the cost of the new mission"),
    ("The coastal villages resented being left out of the reconstruction plan.", "resented",
     "The coastal villages", "being left out of the reconstruction plan"),
    ("The coalition is mulling a snap vote on the pension reform.", "mulling", "The coalition",
     "a snap vote on the pension reform"),
    ("Election officials deemed the recount unnecessary.", "deemed", "Election officials",
     "the recount unnecessary"),
    ("Residents still cannot fathom why the only bridge to the valley was closed.", "fathom", "Residents",
     "why the only bridge to the valley was closed"),
    ("The union called out the ministry for ignoring the safety report.", "called out", "The union",
     "the ministry for ignoring the safety report"),
    ("The ambassador floated the idea of a joint patrol on the lake.", "floated", "The ambassador",
     "the idea of a joint patrol on the lake"),
    ('"We will not be bullied," the envoy growled.', "growled", "the envoy", '"We will not be bullied,"'),
    ("Her conviction that the treaty would hold was shaken by the shelling.", "conviction", "Her",
     "that the treaty would hold"),
])
def test_stance_verbs_and_nouns_report(find_quotes, text, cue, speaker, content):
    assert _by_cue(find_quotes(text)).get(cue) == (speaker, content)
