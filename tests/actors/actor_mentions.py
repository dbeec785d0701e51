"""The actor mentions the whole pipeline finds in a text, for the actor tests: the coded document and the mention,
code and members on a word (one copy for the pronoun, reference and organisation tests)."""

from __future__ import annotations

from eventwire.records import Article


def coded(pipeline, text: str, published: str = "2019-11-19"):
    """The coded document of ``text`` published on ``published`` (fails when the gate skipped it)."""
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    assert cdoc.article.status == "ok", cdoc.article.reason
    return cdoc


def mention(cdoc, word: str, nth: int = 0):
    """The mention on the ``nth`` token with text ``word`` (None when that token has none)."""
    tok = [t for t in cdoc.doc if t.text == word][nth]
    m = cdoc.actor_at(tok.i)
    return m if m is not None and m.start_token <= tok.i < m.end_token else None


def code_at(cdoc, word: str, nth: int = 0) -> str | None:
    """The code of the mention on the ``nth`` token with text ``word`` (None when that token has none)."""
    m = mention(cdoc, word, nth)
    return m.ref.code if m is not None else None


def member_codes(cdoc, word: str, nth: int = 0) -> list[str]:
    """The sorted codes of the members of a plural mention on the ``nth`` token ``word`` ([] when none)."""
    m = mention(cdoc, word, nth)
    return sorted(r.code for r in m.members) if m is not None else []
