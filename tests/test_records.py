from eventwire import Pipeline


def test_every_emitted_record_validates(pipeline: Pipeline, seed_text, record_validator):
    coded = pipeline.code_text(seed_text, published="2017-01-29")
    record_validator("article", coded.article.to_dict())
    for event in coded.events:
        record_validator("event", event.to_dict())
    for quote in coded.quotes:
        record_validator("quote", quote.to_dict())
    for time in coded.times:
        record_validator("time", time.to_dict())


def test_skipped_article_has_reason(pipeline: Pipeline, record_validator):
    coded = pipeline.code_text("   ")
    assert coded.article.status == "skipped"
    assert coded.article.reason
    record_validator("article", coded.article.to_dict())


def test_article_id_is_stable(pipeline: Pipeline):
    a = pipeline.code_text("Germany sharply criticised Turkey over the arrests of journalists.")
    b = pipeline.code_text("Germany sharply criticised Turkey over the arrests of journalists.")
    assert a.article.id == b.article.id and a.article.id.startswith("a_")


def test_to_dict_is_dataclasses_asdict(pipeline: Pipeline):
    import dataclasses
    import json

    coded = pipeline.code_text("PARIS (AFP) - French President Emmanuel Macron met German Chancellor Olaf Scholz "
                               "in Berlin on Monday for talks on trade, his office said.", published="2024-03-05")
    assert coded.events and coded.times
    for record in [coded.article, *coded.events, *coded.quotes, *coded.times]:
        assert json.dumps(record.to_dict()) == json.dumps(dataclasses.asdict(record))
    event = next(e for e in coded.events if e.source is not None)
    d = event.to_dict()
    d["source"]["sectors"].append("X")                 # a copy, as asdict's: the record is not changed
    assert "X" not in event.source.sectors
