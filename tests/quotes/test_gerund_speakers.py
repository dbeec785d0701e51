"""A reporting gerund under a preposition is said by the subject of the clause it hangs in, also
when the preposition hangs from a noun or an adverb on the way ("were in the forefront in demanding
X", "aside from saying ...")."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("In the nineties, Social Democrats were in the forefront in demanding a minimum wage.", "demanding",
     "Social Democrats", "a minimum wage"),
    ("The coach would not name the squad, aside from saying he expects two debutants.", "saying",
     "The coach", "he expects two debutants"),
    ("The report, in arguing that the plan failed, cited three studies.", "arguing", "The report",
     "that the plan failed"),
    ("She won praise for insisting that the audit go ahead.", "insisting", "She", "that the audit go ahead"),
])
def test_the_gerund_speaker_is_the_clause_subject(find_quotes, text, cue, speaker, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.speaker.text if q.speaker else None, q.text) for q in quotes] == [(speaker, content)]
