from eventwire.pipeline import CodedArticle
from eventwire.records import ActorRef, Article, Event, Evidence
from eventwire.store import EventStore
from eventwire.store import stories


def _event(article_id: str, sentence: int, cameo: str = "042", source: str = "FRAGOV", target: str = "DEUGOV",
           date: str | None = "2024-03-05") -> Event:
    return Event(article_id=article_id, sentence=sentence, cameo=cameo, root=cameo[:2], plover="CONSULT",
                 quad_class=1, goldstein=1.9, rule="verbs/04.yaml#visit", date=date,
                 source=ActorRef(text="Macron", start=0, end=6, code=source, country=source[:3]),
                 target=ActorRef(text="Scholz", start=20, end=26, code=target, country=target[:3]),
                 evidence=Evidence(text="...", trigger="visited", start=0, end=40),
                 id=f"ev_{article_id}_{sentence}_{cameo}")


def _article(aid: str, story: str, outlet: str, events: list[Event]) -> CodedArticle:
    return CodedArticle(article=Article(id=aid, text="text", story_id=story, outlet=outlet,
                                        published="2024-03-05"), events=events)


def test_events_of_one_story_merge_with_counts_and_every_mention_kept(tmp_path):
    with EventStore(tmp_path / "m.duckdb") as store:
        stories.ensure_tables(store.con)
        store.write_many([
            _article("a1", "s1", "Reuters", [_event("a1", 0), _event("a1", 3), _event("a1", 4, cameo="172")]),
            _article("a2", "s1", "AP", [_event("a2", 0)]),
            _article("a3", "s1", "AP", [_event("a3", 1)]),
            _article("a4", "s2", "AP", [_event("a4", 0)]),                    # another story: not merged
            _article("a5", "s1", "AP", [_event("a5", 0, date="2024-03-06")]),  # another day: not merged
        ])
        merged, mentions = stories.rebuild_merged_events(store.con)
        assert (merged, mentions) == (4, 7)
        rows = store.con.execute(
            "SELECT story_id, date, cameo, num_mentions, num_articles, num_sources FROM merged_events "
            "ORDER BY story_id, date, cameo").fetchall()
        assert rows == [("s1", "2024-03-05", "042", 4, 3, 2), ("s1", "2024-03-05", "172", 1, 1, 1),
                        ("s1", "2024-03-06", "042", 1, 1, 1), ("s2", "2024-03-05", "042", 1, 1, 1)]
        big = store.con.execute("SELECT id FROM merged_events WHERE num_mentions = 4").fetchone()[0]
        kept = store.con.execute("SELECT article_id, sentence FROM mentions WHERE merged_id = ? "
                                 "ORDER BY article_id, sentence", [big]).fetchall()
        assert kept == [("a1", 0), ("a1", 3), ("a2", 0), ("a3", 1)]
        assert store.stats().events == 7   # the per-article events are all still there
        assert stories.rebuild_merged_events(store.con) == (4, 7)   # rebuilding is idempotent


def test_resume_log_and_signatures_round_trip(tmp_path):
    with EventStore(tmp_path / "r.duckdb") as store:
        stories.ensure_tables(store.con)
        store.write_many([], also=lambda con: (stories.log_inputs(con, [("f.txt#0", "a1"), ("g.txt#0", "a2")]),
                                               stories.save_stories(con, [("a1", "s1", b"\x01" * 8),
                                                                          ("a2", "s1", b"\x02" * 8)])))
        assert stories.done_inputs(store.con, ["f.txt#0", "h.txt#0"]) == {"f.txt#0"}
        assert [a for a, _, _ in stories.recent_stories(store.con, 1)] == ["a2"]
        assert list(stories.recent_stories(store.con, 5))[0] == ("a1", "s1", b"\x01" * 8)


def test_an_article_signed_twice_in_one_transaction_keeps_its_last_row(tmp_path):
    with EventStore(tmp_path / "d.duckdb") as store:
        stories.ensure_tables(store.con)
        store.write_many([], also=lambda con: stories.save_stories(con, [
            ("a1", "s1", b"\x01" * 8), ("a2", "s2", b"\x02" * 8), ("a1", "s3", b"\x03" * 8)]))
        assert list(stories.recent_stories(store.con, 5)) == [("a2", "s2", b"\x02" * 8), ("a1", "s3", b"\x03" * 8)]
