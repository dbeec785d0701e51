"""De-duplication: near-duplicate reprints of one wire story share a ``story_id``.

MinHash over word shingles of the cleaned text, and an LSH index of the recent articles
(datasketch). The work is split so parallel runs scale: ``story_signature`` is a pure function
of the text (run it on the workers); ``StoryClusterer.assign`` is a cheap index look-up done in
one place, in input order, so the clusters do not depend on the number of workers.

The index keeps the last ``window`` articles (reprints follow their original within days, and
this keeps memory bounded on a corpus of millions); older ones leave the index, their stories stay.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..document import CodedDocument
from ..ids import stable_hash

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupSettings:
    threshold: float = 0.5       # estimated Jaccard similarity of shingle sets above which two texts are one story
    num_perm: int = 128          # MinHash permutations (signature: num_perm x 8 bytes)
    shingle: int = 4             # words per shingle
    window: int = 100_000        # articles kept in the LSH index
    seed: int = 1                # fixed: signatures made in different processes must agree

    @classmethod
    def from_extra(cls, extra: dict[str, object]) -> "DedupSettings":
        given = dict(extra.get("dedup", {}) or {})  # type: ignore[call-overload]
        return cls(**{k: type(getattr(cls, k))(v) for k, v in given.items() if hasattr(cls, k)})


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> np.ndarray:
    """datasketch's MinHash permutation parameters for ``num_perm`` and ``seed``, drawn once (a pure
    function of its arguments; datasketch draws them anew from a seeded RNG for every MinHash, which
    was most of the cost of signing and clustering). Read-only: callers must not change it."""
    from datasketch import MinHash

    perms = MinHash(num_perm=num_perm, seed=seed).permutations
    perms.setflags(write=False)
    return perms


def shingles(text: str, size: int) -> set[bytes]:
    """Lower-cased word n-grams of a text (a text shorter than one shingle gives its words joined)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def story_signature(text: str, settings: DedupSettings | None = None) -> bytes | None:
    """The MinHash signature of a text as bytes (None for a text without words)."""
    from datasketch import MinHash

    settings = settings or DedupSettings()
    grams = shingles(text, settings.shingle)
    if not grams:
        return None
    mh = MinHash(num_perm=settings.num_perm, seed=settings.seed, 
                 permutations=permutations(settings.num_perm, settings.seed))
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(np.uint64).tobytes()


def new_story_id(article_id: str) -> str:
    return "s_" + stable_hash("story", article_id)


class StoryClusterer:
    """Assigns story ids: an article joins the story of its most similar recent article, else starts one."""

    def __init__(self, settings: DedupSettings | None = None) -> None:
        from datasketch import MinHashLSH

        self.settings = settings or DedupSettings()
        self.lsh = MinHashLSH(threshold=self.settings.threshold, num_perm=self.settings.num_perm)
        self._recent: OrderedDict[str, tuple[str, np.ndarray]] = OrderedDict()   # article id -> (story, sig)

    def __len__(self) -> int:
        return len(self._recent)

    def _minhash(self, values: np.ndarray):
        """The index only reads the hash values: a LeanMinHash holds them without drawing permutations."""
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.settings.seed, hashvalues=values)

    def _values(self, signature: bytes) -> np.ndarray:
        values = np.frombuffer(signature, dtype=np.uint64)
        if len(values) != self.settings.num_perm:
            raise ValueError(f"signature of {len(values)} values, expected {self.settings.num_perm}")
        return values

    def remember(self, article_id: str, story_id: str, signature: bytes) -> None:
        """Put an already clustered article in the index (e.g. from the store when a run resumes)."""
        if article_id in self._recent:
            self._recent.move_to_end(article_id)
            return
        values = self._values(signature)
        self.lsh.insert(article_id, self._minhash(values))
        self._recent[article_id] = (story_id, values)
        while len(self._recent) > self.settings.window:
            old, _ = self._recent.popitem(last=False)
            self.lsh.remove(old)

    def assign(self, article_id: str, signature: bytes | None) -> str:
        """The story id of an article (its own new story when nothing near enough is indexed)."""
        if signature is None:
            return new_story_id(article_id)
        if article_id in self._recent:  # the same article again (re-ingest): same story
            return self._recent[article_id][0]
        values = self._values(signature)
        query = self._minhash(values)
        best: tuple[float, str] | None = None
        for key in self.lsh.query(query):
            story, other = self._recent[key]
            similarity = float(np.mean(values == other))
            if best is None or (similarity, story) > best:
                best = (similarity, story)
        story_id = best[1] if best and best[0] >= self.settings.threshold else new_story_id(article_id)
        self.remember(article_id, story_id, signature)
        return story_id

    def assign_many(self, items: Iterable[tuple[str, bytes | None]]) -> list[str]:
        return [self.assign(article_id, sig) for article_id, sig in items]


class DedupStage:
    """Sets ``article.story_id`` for ok articles (one process; parallel runs split signature and assign)."""

    name = "dedup"

    def __init__(self, clusterer: StoryClusterer | None = None) -> None:
        self.clusterer = clusterer or StoryClusterer()

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        article = cdoc.article
        if article.status == "ok":
            article.story_id = self.clusterer.assign(article.id, story_signature(article.text, self.clusterer.settings))
        return cdoc
