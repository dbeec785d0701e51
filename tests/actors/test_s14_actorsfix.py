"""Session 14 fix-up, actors (review F6, F16, F17): the CNSP of 2020 is Mali's junta, not Niger's; the places
stage reads an explicit place flag on actor mentions, not their explanation text; a US agency makes "Georgia" the
state only as an actor (its agents, officers, a raid), not as a bare token."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text", [
    "Mali's CNSP said on Tuesday it would hand power to a civilian-led transition.",
    "The CNSP met West African mediators in Bamako.",
])
def test_the_cnsp_of_2020_is_malis_junta(pipeline, text):
    cdoc = coded(pipeline, text, "2020-09-01")
    assert code_at(cdoc, "CNSP") == "MLIGOV"
