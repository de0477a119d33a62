"""Load the Great Expectations suites kept as JSON files in ``expectations/``."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SUITES_DIR = Path(__file__).with_name("suites")  # a link to the repository's expectations/


@dataclass(frozen=True)
class Check:
    type: str
    kwargs: dict
    meta: dict

    @property
    def severity(self) -> str:
        return self.meta.get("severity", "error")

    @property
    def column(self) -> str | None:
        return self.kwargs.get("column") or (",".join(self.kwargs["column_list"])
                                             if "column_list" in self.kwargs else None)


def suites_dir() -> Path:
    return Path(os.environ.get("PARLEY_EXPECTATIONS") or SUITES_DIR)


def load_suites(folder: Path | None = None) -> dict[str, list[Check]]:
    folder = folder or suites_dir()
    out: dict[str, list[Check]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text())
        out[data["name"]] = [Check(e["type"], e["kwargs"], e.get("meta") or {})
                             for e in data["expectations"]]
    return out
