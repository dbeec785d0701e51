"""The CAMEO event code table: name, Goldstein score, QuadClass and PLOVER type per code."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError
from .files import data_path


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None   # None for roots 01 and 02, which PLOVER drops


class CameoCodes:
    """Look-ups over ``data/cameo/codes.tsv``."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    @classmethod
    def load(cls, path: Path | None = None) -> "CameoCodes":
        path = path or data_path("cameo", "codes.tsv")
        codes: dict[str, CameoCode] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for line_no, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
                try:
                    code = row["code"]
                    if not code.isdigit() or len(code) not in (2, 3, 4):
                        raise ValueError(f"bad code {code!r}")
                    codes[code] = CameoCode(code, row["name"], float(row["goldstein"]),
                                            int(row["quad_class"]), row["plover"] or None)
                except (KeyError, ValueError, TypeError) as err:
                    raise DictionaryError(str(path), line_no, str(err)) from err
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def get(self, code: str) -> CameoCode:
        """The entry of ``code``; an unknown 4-digit code falls back to its 3-digit parent, then root."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self._codes:
                return self._codes[candidate]
        raise KeyError(code)

    def codes(self) -> list[str]:
        return list(self._codes)
