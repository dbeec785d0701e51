"""The object of a verb that makes someone speak or feel is the speaker of the verb it governs."""

import pytest


def speaker_of(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0].speaker.text


@pytest.mark.parametrize("text, cue, speaker", [
    ("The senator forced Stumpf, under questioning from the committee, to admit that no executives were fired.",
     "admit", "Stumpf"),
    ("The dispute has led the Estonian writer Kaarel Tamm to fear a new blockade.", "fear", "the Estonian writer Kaarel Tamm"),
    ("The end of the Cold War left many E.U. members feeling that no danger remained.",
     "feeling", "many E.U. members"),
    ("Reporters pressed him to concede that the plan had failed.", "concede", "him"),
])
def test_the_object_does_the_governed_verb(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("Merkel used the occasion to say that Europe must stand together.", "say", "Merkel"),
    ("The president attacked Clinton saying that she had lied.", "saying", "The president"),
    ("The president greeted the crowd, saying that the war was over.", "saying", "The president"),
])
def test_an_object_that_names_no_one_leaves_the_subject(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("The minister took the opportunity to deny that talks had stalled.", "deny", "The minister"),
    ("The governor made an effort to explain why the budget was late.", "explain", "The governor"),
    ("The chairman gave Erdogan a chance to explain his position.", "explain", "Erdogan"),
])
def test_an_infinitive_after_an_object_noun_goes_to_the_verbs_subject(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("The video uses footage of Hillary Clinton asking, “Why am I not ahead by more?”", "asking", "Hillary Clinton"),
    ("The campaign released a video of Trump saying that he would win.", "saying", "Trump"),
    ("The network aired a clip of him telling supporters that the election was rigged.", "telling", "him"),
])
def test_a_recording_of_someone_speaking_gives_them_the_words(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


def test_a_recording_of_a_thing_is_no_speaker(find_quotes):
    quotes = find_quotes("The campaign released a video of the rally showing that the crowd was small.")
    assert speaker_of(quotes, "showing") != "the rally"
