"""Rows of the events the whole pipeline codes for a text, for tests that check codes, dyads, modality
and triggers: (cameo, source code, target code, modality, trigger)."""

from __future__ import annotations

Row = tuple[str, "str | None", "str | None", str, str]


def event_rows(pipeline, text: str, published: str) -> list[Row]:
    article = pipeline.code_text(text, published=published)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None,
             e.modality, e.evidence.trigger) for e in article.events]


def pairs(rows: list[Row], root: str) -> set[tuple[str | None, str | None]]:
    """The (source, target) pairs of the rows whose CAMEO code starts with ``root``."""
    return {(r[1], r[2]) for r in rows if r[0].startswith(root)}


def country_pairs(rows: list[Row], root: str) -> set[tuple[str | None, str | None]]:
    """The (source country, target country) pairs of the rows whose CAMEO code starts with ``root``."""
    return {(s[:3] if s else s, t[:3] if t else t) for s, t in pairs(rows, root)}


def event_triggers(pipeline, text: str, published: str) -> set[str]:
    return {row[4] for row in event_rows(pipeline, text, published)}


def pattern_fits(pipeline, pattern, text: str, verb: str) -> bool:
    """Whether ``pattern``, alone in a lexicon, is the best match at the token ``verb`` of ``text``."""
    from eventwire.dictionaries.verb_lexicon import VerbLexicon
    from eventwire.events import matcher

    lex = VerbLexicon()
    lex.add(pattern)
    doc = pipeline.resources.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    best, _ = matcher.best_match(lex, tok)
    return best is not None and best.pattern.id == pattern.id
