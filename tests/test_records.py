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
