"""Session 11, actors fix-up (actors2): the code review's actor items and the queued actor errors."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, word, code", [
    # review 38: one list of backer words; every backer word keeps a definite description a reference back
    ("Houthi fighters seized a cargo ship in the Red Sea on Sunday. The Iran-financed group said it would keep "
     "targeting vessels.", "group", "YEMREB"),
    ("Houthi fighters fired drones at a tanker on Monday. The Iranian-trained movement said more strikes would "
     "follow.", "movement", "YEMREB"),
])
def test_every_backer_word_keeps_a_reference_back(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code
