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
