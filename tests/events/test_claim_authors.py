"""Whose claim a judgement rejects: with no claim named, only an accusation against the judge's own
country is the one rejected; an unrelated judgement in a later sentence rejects nobody's accusation."""

from eventwire.records import Article


def _events(pipeline, text, published="2019-05-02"):
    coded = next(iter(pipeline.code_articles([Article(id="t", text=text, published=published)])))
    return [(e["cameo"][:2], (e["source"] or {}).get("code"), (e.get("target") or {}).get("code"))
            for e in coded.records("events")]


def test_an_unrelated_judgement_rejects_no_accusation(pipeline):
    text = ("Russia accused Ukraine of shelling the nuclear plant. Separately, the IMF said a report on "
            "Greek debt was flawed.")
    assert not [e for e in _events(pipeline, text) if e[0] in ("12", "01") and e[2] == "RUS"]


def test_the_accused_dismissing_the_charge_as_baseless_is_no_event(pipeline):
    # a general denial of a charge is not coded (session 12 convention: 016 only for a specific act)
    text = ("Exiled opposition leaders accused Belarusian security forces of torturing detainees, a charge the "
            "government in Minsk dismissed as baseless.")
    events = _events(pipeline, text)
    assert not [e for e in events if e[1] == "BLRGOV"]
    assert any(e[0] == "11" and e[1] == "BLROPP" for e in events)
