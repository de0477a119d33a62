"""Discovery: every *.txt below the folder, nothing else, never out through a link."""

from __future__ import annotations

import os
import time

import pytest

from parley.ingest import discover as discover_mod
from parley.ingest.discover import list_sources, prefetch


def test_finds_txt_in_deep_folders_and_odd_names(tmp_path):
    deep = tmp_path.joinpath(*[f"d{i}" for i in range(12)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text("x")
    (tmp_path / "with space é.txt").write_text("x")
    (tmp_path / "UPPER.TXT").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    (tmp_path / "data.txt.bak").write_text("x")
    rels = sorted(s.rel_path for s in list_sources(tmp_path))
    assert rels == sorted(["UPPER.TXT", "with space é.txt",
                           "/".join(f"d{i}" for i in range(12)) + "/deep.txt"])


def test_symlink_outside_is_reported_not_followed(tmp_path):
    outside = tmp_path / "outside"
    inside = tmp_path / "in"
    outside.mkdir()
    inside.mkdir()
    (outside / "secret.txt").write_text("secret")
    os.symlink(outside / "secret.txt", inside / "link.txt")
    os.symlink(outside, inside / "dirlink")  # a folder link is not descended into
    (inside / "ok.txt").write_text("fine")
    (inside / "same.txt").symlink_to(inside / "ok.txt")  # inside: allowed
    found = {s.rel_path: s for s in list_sources(inside)}
    assert set(found) == {"link.txt", "ok.txt", "same.txt"}
    assert "outside the input folder" in found["link.txt"].problem
    assert found["ok.txt"].problem is None and found["same.txt"].problem is None


def test_a_prefetched_listing_is_taken_once(tmp_path):
    """``prefetch`` lists the folder ahead; the next ``list_sources`` takes that snapshot
    (a file added meanwhile is not in it), and the one after walks the folder again."""
    (tmp_path / "a.txt").write_text("a")
    prefetch(tmp_path)
    deadline = time.monotonic() + 10
    while not discover_mod._prefetched[os.path.realpath(tmp_path)].done():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    (tmp_path / "b.txt").write_text("b")
    assert [s.rel_path for s in list_sources(tmp_path)] == ["a.txt"]
    assert [s.rel_path for s in list_sources(tmp_path)] == ["a.txt", "b.txt"]


def test_a_prefetched_listing_raises_what_a_walk_raises(tmp_path):
    prefetch(tmp_path / "missing")
    with pytest.raises(FileNotFoundError, match="input folder not found"):
        list_sources(tmp_path / "missing")
