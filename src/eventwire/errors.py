"""One exception hierarchy for the library. Only the CLI and the API turn these into messages."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class DictionaryError(EventwireError):
    """A data file (actors, verbs, places ...) is malformed. The message names file, line and fault."""

    def __init__(self, path: str, line: int | None, fault: str) -> None:
        self.path = path
        self.line = line
        self.fault = fault
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {fault}")


class ModelNotFoundError(EventwireError):
    """No usable spaCy English model is installed."""


class OptionsError(EventwireError, ValueError):
    """An option of ``Options`` is out of its range (a ValueError too, for callers that catch that)."""


class InputError(EventwireError):
    """An input document or corpus cannot be read."""


class StoreError(EventwireError):
    """The database cannot be opened or written."""
