"""The data-quality report as a person sees it: a real run with failing rows, the HTML report
rendered by headless Chromium (Debian's package), checked through the rendered DOM and a
screenshot."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import with_extra_check

from parley.cli import run_ingest

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(args: list[str], profile: Path) -> str:
    p = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs it)")
def test_html_report_shows_each_failure(tmp_path, monkeypatch):
    with_extra_check(tmp_path, monkeypatch, "articles", "word_count", 3,
                     "test-only rule: bodies longer than three words")
    inp = tmp_path / "in"
    shutil.copytree(REPO / "seeds", inp)
    (inp / "empty.txt").write_bytes(b"")
    wh = tmp_path / "wh"
    s = run_ingest(str(inp), str(wh), workers=1, dask_address=None, batch_size=10,
                   wait_seconds=5)
    assert s["status"] == "completed_with_failures"
    page = wh / "reports" / "latest.html"
    dom = chromium(["--dump-dom", page.as_uri()], tmp_path / "profile")
    assert "<title>Parley data-quality report" in dom
    assert re.search(r"id=\"status\"[^>]*>completed_with_failures<", dom)
    failures = re.search(r"<table id=\"failures\">(.*?)</table>", dom, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", failures, re.S)[1:]
    word_rows = [r for r in rows if "word_count" in r]
    assert len(word_rows) == 5  # one per seed article, each naming its file
    for name in (p.name for p in (REPO / "seeds").glob("*.txt")):
        assert any(name in r for r in word_rows), name
    assert all("bodies longer than three words" in r for r in word_rows)
    quarantined = re.search(r"<table id=\"quarantined\">(.*?)</table>", dom, re.S).group(1)
    assert "empty.txt" in quarantined and "the file is empty" in quarantined
    shot = tmp_path / "report.png"
    chromium([f"--screenshot={shot}", "--window-size=1280,900", page.as_uri()],
             tmp_path / "profile")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    assert (wh / "reports" / "data_docs" / "index.html").exists()
    md = (wh / "reports" / "latest.md").read_text()
    assert "word_count" in md and "empty.txt" in md
