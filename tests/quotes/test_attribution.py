from eventwire.quotes.attribution import attribute_events
from eventwire.records import ActorRef, Event, Evidence, Quote, Speaker


def _event(trigger_start):
    return Event(article_id="a", sentence=0, source=ActorRef("Putin", 0, 5), target=None, cameo="036",
                 root="03", plover=None, quad_class=1, goldstein=4.0,
                 evidence=Evidence("...", "meet", 0, 100, trigger_start, trigger_start + 4), rule="r")


def test_events_inside_a_quote_take_its_speaker_and_channel():
    outer = Quote("a", "indirect", "x" * 80, 10, 90, Speaker("Peskov", 0, 6), "told", "TASS")
    inner = Quote("a", "direct", "x" * 20, 40, 60, Speaker("he", 0, 2), "said", None)
    inside, nested, outside = _event(20), _event(45), _event(95)
    assert attribute_events([inside, nested, outside], [outer, inner]) == 2
    assert inside.attribution.speaker.text == "Peskov" and inside.attribution.via == "TASS"
    assert nested.attribution.speaker.text == "he"
    assert outside.attribution is None


def test_an_event_reported_in_a_relative_clause_is_attributed_to_the_antecedent(pipeline):
    for text, shown, code in [
        ("Dmitry Peskov, who said Russia would expel two American diplomats, spoke in Moscow on Monday.",
         "who", "RUSGOV"),
        ("The Russian foreign ministry, which said it would expel two American diplomats, summoned the envoy.",
         "which", "RUSGOV"),
    ]:
        coded = pipeline.code_text(text, published="2017-03-01")
        attributed = [e.attribution.speaker for e in coded.events
                      if e.attribution is not None and e.attribution.speaker is not None]
        assert attributed, [(e.cameo, e.evidence.trigger) for e in coded.events]
        assert attributed[0].text == shown and attributed[0].code == code
        assert text[attributed[0].start:attributed[0].end] == shown
