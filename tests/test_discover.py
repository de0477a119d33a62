"""Discovery: every *.txt below the folder, nothing else, never out through a link."""

from __future__ import annotations

import os

from parley.ingest.discover import list_sources


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
