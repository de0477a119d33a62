"""Load the generic cue lists (data/cues.toml) once."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def cues() -> dict:
    data = (resources.files("parley.clean") / "data" / "cues.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)
