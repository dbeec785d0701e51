"""The actor finder reads datelines from the one dateline reader (times.dateline): a hyphenated place filing the story
is no actor (it was, when only its first word counted as the dateline)."""

from __future__ import annotations

from eventwire.records import Article


def _actors(pipeline, text: str) -> list[tuple[str, str | None]]:
    cdoc = next(pipeline.code_documents([Article(id="probe", text=text, published="2024-05-03")]))
    return [(m.ref.text, m.ref.code) for m in cdoc.actors]


def test_a_hyphenated_dateline_place_is_no_actor(pipeline):
    found = _actors(pipeline, "PORT-AU-PRINCE (AP) - Haiti's senate met behind closed doors on the fuel crisis.")
    assert ("Haiti's senate", "HTILEG") in found
    assert all(not text.startswith("PORT") for text, _code in found)


def test_the_credited_outlet_is_no_actor(pipeline):
    found = _actors(pipeline, "KHARTOUM/JUBA, May 3 (Reuters) - Sudan's army shelled a border post, South Sudan said.")
    assert ("Sudan's army", "SDNMIL") in found
    assert all(code is None or not code.endswith("MED") for _text, code in found)


def test_a_phrase_gives_a_role_by_its_sectors_or_a_body_code():
    from eventwire.actors.person_roles import role_of_phrase
    from eventwire.actors.resolution import Resolution

    assert role_of_phrase(Resolution("KENLEG", "KEN", ("LEG",), None, "lawmaker", "agent"))
    assert role_of_phrase(Resolution("NGOHRW", None, (), None, "director of a watchdog", "agent"))
    assert not role_of_phrase(Resolution("KEN", "KEN", (), "Nakuru", "a town", "place"))
