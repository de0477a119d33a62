"""The per-document pipeline functions: read errors, retries, quarantine of whole batches."""

from __future__ import annotations

import builtins
import datetime as dt
import errno

import pytest

from flows.ingest import _transient
from parley import pipeline
from parley.ingest.discover import SourceFile


def src(tmp_path, name="a.txt", text="Some article text.\n"):
    p = tmp_path / name
    p.write_text(text)
    return SourceFile(str(p), name, p.stat().st_size, dt.datetime.now(dt.UTC))


def failing_open(code):
    real = builtins.open

    def fake(path, *a, **k):
        if str(path).endswith(".txt"):
            raise OSError(code, "simulated")
        return real(path, *a, **k)

    return fake


def test_transient_read_error_raises_for_a_retry(tmp_path, monkeypatch):
    s = src(tmp_path)
    monkeypatch.setattr(builtins, "open", failing_open(errno.EIO))
    with pytest.raises(pipeline.TransientReadError):
        pipeline.process_batch([s])


def test_permanent_read_error_quarantines_with_reason(tmp_path, monkeypatch):
    s = src(tmp_path)
    monkeypatch.setattr(builtins, "open", failing_open(errno.EACCES))
    [doc] = pipeline.process_batch([s]).documents
    assert doc["status"] == "quarantined"
    assert "could not be read" in doc["error"]


class _State:
    def __init__(self, exc):
        self.exc = exc

    def result(self):
        raise self.exc


def test_only_transient_errors_are_retried():
    assert _transient(_State(pipeline.TransientReadError(errno.EIO, "x")))
    assert not _transient(_State(ValueError("a bug")))


def test_a_batch_that_failed_for_good_is_quarantined_not_lost(tmp_path):
    files = [src(tmp_path, f"f{i}.txt") for i in range(3)]
    batch = pipeline.quarantine_batch(files, "processing failed after retries: EIO")
    assert [d["source_path"] for d in batch.documents] == ["f0.txt", "f1.txt", "f2.txt"]
    assert all(d["status"] == "quarantined" for d in batch.documents)
    assert all("after retries" in d["error"] for d in batch.documents)
    assert all(t.num_rows == 0 for t in batch.tables.values())


def test_doc_id_is_sha256_of_raw_bytes(tmp_path):
    import hashlib

    s = src(tmp_path, text="Bytes that identify the document.\n")
    [doc] = pipeline.process_batch([s]).documents
    assert doc["doc_id"] == hashlib.sha256(
        (tmp_path / "a.txt").read_bytes()).hexdigest()


def test_run_folder_keeps_one_set_of_rows_for_the_same_bytes_under_two_names(tmp_path):
    text = ("Chile, Peru hold second strategic dialogue\n\nChile and Peru held their second "
            "Strategic Dialogue in Lima on 3 May 2024, co-chaired by Chilean Foreign Minister "
            "Ana Lopez and her Peruvian counterpart Jorge Ruiz.\n")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "copy of a.txt").write_text(text)
    tables = pipeline.run_folder(tmp_path)
    assert len(tables["documents"]) == 2
    assert len(tables["articles"]) == 1
    assert tables["events"]["report_count"].tolist() == [1]
