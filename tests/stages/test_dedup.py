from eventwire.bench.synthetic import reprint, wire_story
from eventwire.document import CodedDocument
from eventwire.records import Article
from eventwire.stages.dedup import DedupSettings, DedupStage, StoryClusterer, new_story_id, story_signature


def test_signature_is_deterministic_and_sized():
    text = wire_story(3).text
    sig = story_signature(text)
    assert sig == story_signature(text)
    assert len(sig) == DedupSettings().num_perm * 8
    assert story_signature("") is None and story_signature("  ...  ") is None


def test_reprints_share_a_story_and_other_stories_do_not():
    clusterer = StoryClusterer()
    originals = [wire_story(n) for n in range(30)]
    stories = {s.id: clusterer.assign(s.id, story_signature(s.text)) for s in originals}
    assert len(set(stories.values())) == 30
    for n, story in enumerate(originals):
        copy = reprint(story, seed=1000 + n)
        assert clusterer.assign(copy.id, story_signature(copy.text)) == stories[story.id]


def test_same_article_again_keeps_its_story_and_short_texts_stand_alone():
    clusterer = StoryClusterer()
    sig = story_signature(wire_story(1).text)
    first = clusterer.assign("a1", sig)
    assert first == new_story_id("a1")
    assert clusterer.assign("a1", sig) == first and len(clusterer) == 1
    assert clusterer.assign("a2", None) == new_story_id("a2")


def test_window_bounds_the_index():
    clusterer = StoryClusterer(DedupSettings(window=5))
    for n in range(12):
        clusterer.assign(f"a{n}", story_signature(wire_story(n).text))
    assert len(clusterer) == 5
    old = wire_story(0)   # left the window: a reprint of it now starts a story of its own
    copy = reprint(old, 5)
    assert clusterer.assign(copy.id, story_signature(copy.text)) == new_story_id(copy.id)


def test_dedup_stage_sets_story_ids_of_ok_articles_only():
    stage = DedupStage()
    story = wire_story(9)
    ok = stage(CodedDocument(article=Article(id="x", text=story.text)))
    again = stage(CodedDocument(article=Article(id="y", text=reprint(story, 2).text)))
    failed = stage(CodedDocument(article=Article(id="z", text="", status="failed", reason="bad")))
    assert ok.article.story_id == again.article.story_id == new_story_id("x")
    assert failed.article.story_id is None


def test_settings_from_options_extra():
    settings = DedupSettings.from_extra({"dedup": {"threshold": "0.8", "window": 10, "unknown": 1}})
    assert settings.threshold == 0.8 and settings.window == 10 and settings.num_perm == 128
