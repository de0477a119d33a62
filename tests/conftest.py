"""Shared test setup: an isolated Prefect home, no telemetry, and the ../shared corpora."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARLEY_SHARED") or REPO.parent / "shared")
SEEDS_GOLD = SHARED / "corpus" / "seeds" / "gold.jsonl"

# Before anything imports prefect: a throw-away PREFECT_HOME, no analytics, quiet server.
_PREFECT_HOME = tempfile.mkdtemp(prefix="parley-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("PREFECT_API_URL", None)
os.environ.pop("PARLEY_WAREHOUSE", None)


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is optional)")
    return p


@pytest.fixture
def seeds_dir() -> Path:
    return REPO / "seeds"
