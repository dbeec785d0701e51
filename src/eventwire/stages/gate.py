"""Gate stage: decide whether a cleaned article can be coded (length, script, language)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..document import CodedDocument
from ..options import Options

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str, sample_words: int = 400) -> float:
    """Share of English stop words among the first words: ~0.4 for English news, ~0 for other languages."""
    words = _WORD.findall(text[:20_000])[:sample_words]
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)


def skip_reason(text: str, options: Options) -> str | None:
    """Why this cleaned text should not be coded, or None when it should."""
    words = _WORD.findall(text[:20_000])
    if not text.strip():
        return "empty text after cleaning"
    if len(words) < options.min_words:
        return f"too short to code ({len(words)} words, minimum {options.min_words})"
    letters = sum(1 for ch in text[:20_000] if ch.isalpha())
    latin = sum(1 for ch in text[:20_000] if ch.isalpha() and ord(ch) < 0x250)
    if letters and latin / letters < 0.5:
        return "not English: mostly non-Latin script"
    if len(words) >= 8 and english_share(text) < 0.12:
        return "not English: too few English function words"
    return None


class GateStage:
    """Marks the article ``skipped`` with a reason; later stages then leave it alone."""

    name = "gate"

    def __init__(self, options: Options) -> None:
        self.options = options

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        reason = skip_reason(cdoc.article.text, self.options)
        if reason:
            cdoc.article.status = "skipped"
            cdoc.article.reason = reason
        elif len(cdoc.article.text) > self.options.max_chars:
            cut = cdoc.article.text.rfind("\n", 0, self.options.max_chars)
            cut = cut if cut > 0 else self.options.max_chars
            cdoc.notes.append(f"text truncated from {len(cdoc.article.text)} to {cut} characters")
            cdoc.article.removed.append(f"[truncated {len(cdoc.article.text) - cut} characters after offset {cut}]")
            cdoc.article.text = cdoc.article.text[:cut]
        return cdoc
