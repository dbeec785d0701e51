"""Acts whose words tell the event only against a background the sentence or the article must give.

Going back to work eases dissent (082) only when there was a strike to end: "Striking doctors returned to
work", "... returned to work after a two-week strike", "..., ending a month-long walkout"; or when the article
told the same workers' strike before ("Hospital workers went on strike on Monday. ... On Friday they
returned to work."). After a holiday or a rest it is no event. A pattern names that background with
``needs`` (verb_lexicon.Pattern.needs_words, needs_earlier); ``missing`` tells why a fired trigger lacks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

from ..records import Event

__all__ = ["missing"]


def missing(f: Any, sent: Span, earlier: Iterable[Event]) -> str:
    """Why the trigger's pattern lacks the background it needs ("" when it has it or needs none): none of
    its words in the sentence, and no earlier event of the article by one of the trigger's sources whose
    code starts with one of its codes."""
    pattern = f.attempt.pattern
    if not pattern.needs_words or _holds_any(sent, pattern.needs_words):
        return ""
    sources = {a.ref.code for a in (f.roles.sources if f.roles is not None else [])}
    if pattern.needs_earlier and any(e.source is not None and e.source.code in sources
                                     and e.cameo.startswith(pattern.needs_earlier) for e in earlier):
        return ""
    told = f", nor an earlier {'/'.join(pattern.needs_earlier)} event by its source" if pattern.needs_earlier else ""
    return f"{pattern.rule} needs one of {', '.join(pattern.needs_words)} in its sentence{told}: " \
           "without it the words tell no event"


def _holds_any(sent: Span, phrases: tuple[str, ...]) -> bool:
    """Does the sentence hold one of the phrases (normalised: lower case, hyphens apart), word by word as
    written or as lemmas ("strikes", "striking")?"""
    words = [(t.lower_, t.lemma_.lower()) for t in sent]
    for phrase in phrases:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            if all(part in words[i + k] for k, part in enumerate(parts)):
                return True
    return False
