"""Hostile input: every case is read correctly or quarantined with a reason; the run goes on."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.cli import run_ingest
from parley.ingest.discover import SourceFile
from parley.pipeline import process_bytes

ARTICLE = ("Hanoi (VNA) – Vietnam and Japan held their fifth defence policy dialogue in Hanoi "
           "on May 8, co-chaired by Deputy Minister Nguyễn Văn A and Vice Minister Sato Ken.\n"
           "Both sides agreed to expand cooperation in maritime security and training.\n")
# Text shaped to make naive regular expressions backtrack, and other pathological shapes.
PATHOLOGICAL = [
    "a" * 200_000 + "!",
    ("Mr. " * 20_000) + "\n",
    "(" * 50_000 + ")" * 50_000,
    ("1," * 50_000) + "\n",
    ("word " * 30_000).strip() + "\n",
    ("- \n" * 20_000),
    ("On March 30, " * 5_000) + "\n",
    ("USD " * 20_000) + "million\n",
    ("co-chaired by " * 10_000) + "\n",
    "\t \u00a0 " * 30_000 + "x\n",
]


def build(folder: Path) -> dict[str, str]:
    """Write every hostile case; return name -> expected 'loaded' or a word of the reason."""
    cases = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b" \n\t\n  \r\n", "whitespace"),
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "utf16le.txt": (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "loaded"),
        "utf16be.txt": (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "loaded"),
        "utf8bom.txt": (codecs.BOM_UTF8 + ARTICLE.encode(), "loaded"),
        "cp1252.txt": (ARTICLE.replace("ễ", "e").replace("ă", "a").encode("cp1252")
                       .replace(b"-", b"\x96"), "loaded"),
        "latin1.txt": ("Réunion à Genève — café\n".replace("—", "-").encode("latin-1") * 3,
                       "loaded"),
        "mojibake.txt": (ARTICLE.encode("utf-8").decode("cp1252", errors="replace")
                         .encode("utf-8"), "loaded"),
        "crlf.txt": (ARTICLE.replace("\n", "\r\n").encode(), "loaded"),
        "cr.txt": (ARTICLE.replace("\n", "\r").encode(), "loaded"),
        "nul.txt": (ARTICLE.encode() + b"\x00" + ARTICLE.encode() * 3, "loaded"),
        "huge-one-line.txt": (b"x" * (20 * 1024 * 1024), "line of"),
        "name with spaces é.txt": (ARTICLE.encode(), "loaded"),
    }
    for i, text in enumerate(PATHOLOGICAL):
        cases[f"pathological-{i}.txt"] = (text.encode(), "any")
    deep = folder.joinpath(*[f"level{i}" for i in range(15)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_bytes(ARTICLE.encode() + b"deep\n")
    expected = {"deep.txt": "loaded", "copy-a.txt": "loaded", "copy-b.txt": "loaded",
                "escape.txt": "outside"}
    (folder / "copy-a.txt").write_bytes(ARTICLE.encode() + b"copy\n")
    (folder / "copy-b.txt").write_bytes(ARTICLE.encode() + b"copy\n")
    (folder / "notes.md").write_text("ignored")
    (folder / "image.jpg").write_bytes(b"\xff\xd8\xff")
    outside = folder.parent / "outside.txt"
    outside.write_text("secret outside the input folder")
    os.symlink(outside, folder / "escape.txt")
    for name, (data, exp) in cases.items():
        (folder / name).write_bytes(data)
        expected[name] = exp
    return expected


@pytest.mark.integration
def test_hostile_folder_is_ingested_without_losing_anything(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    expected = build(inp)
    t = time.monotonic()
    s = run_ingest(str(inp), str(tmp_path / "wh"), workers=1, dask_address=None,
                   batch_size=8, wait_seconds=5)
    elapsed = time.monotonic() - t
    assert s["status"] in ("completed", "completed_with_failures")
    assert s["files_seen"] == len(expected)  # .md and .jpg ignored
    rows = duckdb.sql(
        f"select source_file, status, error, encoding, duplicate_of from read_parquet("
        f"'{tmp_path}/wh/documents/**/*.parquet', union_by_name=true)").fetchall()
    got = {r[0]: r for r in rows}
    assert set(got) == set(expected)
    for name, exp in expected.items():
        status, error = got[name][1], got[name][2] or ""
        if exp == "loaded":
            assert status == "loaded", (name, error)
        elif exp != "any":
            assert status == "quarantined" and exp in error, (name, error)
        else:
            assert status == "loaded" or error, name
    assert got["utf16le.txt"][3] == "utf-16" and got["cp1252.txt"][3] == "cp1252"
    assert {got["copy-a.txt"][4], got["copy-b.txt"][4]} == {None, "copy-a.txt"}
    bodies = dict(duckdb.sql(
        f"select source_file, body from read_parquet('{tmp_path}/wh/articles/**/*.parquet')"
    ).fetchall())
    assert "copy-b.txt" not in bodies  # same bytes stored once
    for name in ("crlf.txt", "cr.txt", "nul.txt"):
        assert "\r" not in bodies[name] and "\x00" not in bodies[name]
    assert "Nguyễn" in bodies["utf16be.txt"]
    assert elapsed < 120, f"hostile folder took {elapsed:.0f} s"


SRC = SourceFile(path="/dev/null", rel_path="x.txt", size=0,
                 mtime=__import__("datetime").datetime(2024, 1, 1))


@settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20_000))
def test_whole_pipeline_never_raises_on_arbitrary_text(text):
    r = process_bytes(SRC, text.encode("utf-8"), None)
    assert r.document["status"] in ("loaded", "quarantined")
    if r.document["status"] == "quarantined":
        assert r.document["error"]
        assert "processing failed" not in r.document["error"]  # no stage crashed


@pytest.mark.parametrize("i", range(len(PATHOLOGICAL)))
def test_pathological_text_is_processed_in_linear_time(i):
    t = time.monotonic()
    r = process_bytes(SRC, PATHOLOGICAL[i].encode(), None)
    assert "processing failed" not in (r.document["error"] or "")
    assert time.monotonic() - t < 5.0
