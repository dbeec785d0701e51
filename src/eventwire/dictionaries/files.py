"""Reading packaged data files and YAML with line numbers for error messages."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DictionaryError


def data_path(*parts: str) -> Path:
    """Path of a file shipped in ``eventwire/data``."""
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


# libyaml's SafeLoader when PyYAML was built with it (several times faster on the large people files).
_SafeBase = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


class _LineLoader(_SafeBase):  # type: ignore[misc,valid-type]
    """SafeLoader that records the 1-based line of every mapping as key ``__line__``."""


def _construct_mapping(loader: yaml.BaseLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; every mapping carries ``__line__``. Errors name file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DictionaryError(str(path), None, f"cannot read: {err}") from err
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise DictionaryError(str(path), mark.line + 1 if mark else None, f"bad YAML: {err}") from err


def word_list(path: Path, line: int | None, where: str, value: Any) -> tuple[str, ...]:
    """A validated non-empty list of words, each once (errors name file, line and ``where``)."""
    if not isinstance(value, list) or not value:
        raise DictionaryError(str(path), line, f"{where} must be a non-empty list of words")
    seen: set[str] = set()
    for word in value:
        if not isinstance(word, str) or not word.strip() or word != word.strip():
            raise DictionaryError(str(path), line, f"{where}: {word!r} is no word (a non-empty string, no outer spaces)")
        if word in seen:
            raise DictionaryError(str(path), line, f"{where}: {word!r} is listed twice")
        seen.add(word)
    return tuple(value)
