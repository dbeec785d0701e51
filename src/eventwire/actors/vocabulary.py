"""The word lists of the actor finder, read once from ``data/actors/words.yaml``.

The file format and its checks are those of ``eventwire.dictionaries.word_lists`` (the actor dictionary reads the
same file for its own lists, so the reader lives in the dictionary layer).
"""

from __future__ import annotations

import functools

from ..dictionaries.files import data_path
from ..dictionaries.word_lists import ActorVocabulary, load_vocabulary


@functools.lru_cache(maxsize=None)
def shipped_vocabulary() -> ActorVocabulary:
    """The word lists shipped in ``data/actors/words.yaml``, read once."""
    return load_vocabulary(data_path("actors", "words.yaml"))


__all__ = ["ActorVocabulary", "load_vocabulary", "shipped_vocabulary"]
