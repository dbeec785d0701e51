"""Resources: what a process loads once (model, dictionaries) and shares between stages. No globals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .dictionaries.cameo_codes import CameoCodes
from .options import Options

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")


class Resources:
    """Lazily loaded, cached per instance. Stages ask for what they need with ``cached``."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self._cache: dict[str, Any] = {}

    def cached(self, key: str, factory: Callable[[], T]) -> T:
        """Build ``factory()`` the first time ``key`` is asked for, then return the same object."""
        if key not in self._cache:
            self._cache[key] = factory()
        return self._cache[key]

    @property
    def nlp(self) -> "Language":
        from .stages.nlp import load_model

        return self.cached("nlp", lambda: load_model(self.options))

    @property
    def cameo(self) -> CameoCodes:
        return self.cached("cameo", CameoCodes.load)
