"""The Parquet warehouse: versioned tables, one atomic commit for all tables, one writer.

Layout (readers need only the first line; the rest is how writes stay atomic)::

    <warehouse>/<table>/                  link -> .current/<table>   (never changes)
    <warehouse>/.current                  link -> .snapshots/v<N>    (swapped to commit)
    <warehouse>/.snapshots/v<N>/<table>   link -> ../../.versions/<table>/v<M>
    <warehouse>/.snapshots/v<N>/manifest.json
    <warehouse>/.versions/<table>/v<M>/part-*.parquet
    <warehouse>/parley.duckdb             one VIEW per table over <warehouse>/<table>/
    <warehouse>/.lock                     held by the running writer

A run never modifies a committed file. It builds new version folders for the tables it
changes (unchanged part files are hard links, so a small change does not copy the
warehouse), then a snapshot folder linking every table to its version, then commits by
replacing the single ``.current`` link (``os.replace`` is atomic). Every reader path goes
through ``.current``, so readers see the old snapshot or the new one, never a mix of tables,
and a crash at any moment leaves one of the two. Uncommitted folders are deleted by the next
run; the previous snapshot is kept one more run so a reader that listed its files just before
the swap can still open them.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import shutil
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from parley.schema import SCHEMAS, TABLES
from parley.warehouse.faults import pause_point

MANIFEST = "manifest.json"
VERSIONS = ".versions"
SNAPSHOTS = ".snapshots"
CURRENT = ".current"
LOCK = ".lock"
DB_FILE = "parley.duckdb"
_VERSION_RE = re.compile(r"^v(\d{6})$")
# Parquet row groups of this many rows keep per-batch reads (doc_id filters) cheap.
ROW_GROUP_ROWS = 64_000
# Compact a table when it has more part files than this: each run adds one part per table, and
# thousands of tiny files make every query slow. Compaction rewrites parts into fewer files.
MAX_PARTS = 64
COMPACT_TARGET_ROWS = 200_000


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse lock."""


def default_warehouse() -> str:
    return os.environ.get("PARLEY_WAREHOUSE") or "warehouse"


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a torn one."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name and rename it (readers never see half)."""
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, row_group_size=ROW_GROUP_ROWS, compression="zstd")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def conform(table: pa.Table, name: str, columns: list[str] | None = None) -> pa.Table:
    """Cast to the table's schema (only ``columns`` of it, in that order, when given):
    missing columns become nulls, extra ones are dropped."""
    schema = SCHEMAS[name]
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns])
    cols = []
    for f in schema:
        if f.name in table.column_names:
            col = table.column(f.name)
            cols.append(col if col.type == f.type else col.cast(f.type))
        else:
            cols.append(pa.nulls(table.num_rows, f.type))
    return pa.Table.from_arrays(cols, schema=schema)


@dataclass
class Manifest:
    version: int = 0
    tables: dict[str, str] = field(default_factory=dict)  # table -> "v000123"
    previous: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, root: Path) -> Manifest:
        path = root / CURRENT / MANIFEST
        if not path.exists():
            return cls()
        data = json.loads(path.read_text())
        return cls(data["version"], dict(data["tables"]), dict(data.get("previous", {})))

    def dump(self) -> bytes:
        return json.dumps({"version": self.version, "tables": self.tables,
                           "previous": self.previous}, indent=1).encode()


class Warehouse:
    """A folder of versioned Parquet tables (see the module docstring)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root).absolute()

    # -- locking -------------------------------------------------------------------------
    @contextlib.contextmanager
    def lock(self, wait_seconds: float = 0.0, on_wait=None) -> Iterator[None]:
        """Hold the writer lock; wait up to ``wait_seconds`` for another run, else raise."""
        self.root.mkdir(parents=True, exist_ok=True)
        fh = open(self.root / LOCK, "a+")  # noqa: SIM115 (held for the context's lifetime)
        deadline = time.monotonic() + wait_seconds
        told = False
        try:
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        holder = (self.root / LOCK).read_text().strip() or "another process"
                        raise WarehouseBusy(
                            f"the warehouse {self.root} is being written by another run "
                            f"({holder}); try again when it has finished, or pass a longer "
                            f"--wait") from None
                    if on_wait and not told:
                        on_wait()
                        told = True
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(f"pid {os.getpid()}")
            fh.flush()
            yield
        finally:
            with contextlib.suppress(OSError):
                fcntl.flock(fh, fcntl.LOCK_UN)
            fh.close()

    # -- reading -------------------------------------------------------------------------
    @property
    def manifest(self) -> Manifest:
        return Manifest.load(self.root)

    def version_dir(self, table: str, version: str) -> Path:
        return self.root / VERSIONS / table / version

    def parts(self, table: str, manifest: Manifest | None = None) -> list[Path]:
        m = manifest or self.manifest
        version = m.tables.get(table)
        if not version:
            return []
        return sorted(self.version_dir(table, version).glob("*.parquet"))

    def read(self, table: str, columns: list[str] | None = None,
             manifest: Manifest | None = None) -> pa.Table:
        parts = self.parts(table, manifest)
        if not parts:
            empty = SCHEMAS[table].empty_table()
            return empty.select(columns) if columns else empty
        # only the asked-for columns are decoded: articles parts hold every body text, and
        # the run's planning and event resolution read a few small columns of them
        columns = columns or None
        tables = []
        for p in parts:
            pf = pq.ParquetFile(p)
            names = pf.schema_arrow.names
            present = None if columns is None else [c for c in columns if c in names]
            tables.append(conform(pf.read(columns=present), table, columns))
        return pa.concat_tables(tables)

    def exists(self) -> bool:
        return (self.root / CURRENT / MANIFEST).exists()

    # -- recovery ------------------------------------------------------------------------
    def recover(self) -> list[str]:
        """Delete what an interrupted run left behind; make sure the table links exist.

        Call with the lock held. Returns what was cleaned, for the run log.
        """
        notes: list[str] = []
        m = self.manifest
        if m.version:
            for table in m.tables:
                link = self.root / table
                if not link.is_symlink():
                    self._swap_link(link, os.path.join(CURRENT, table))
                    notes.append(f"{table}: restored the table link")
        keep = {(t, v) for t, v in m.tables.items()} | {(t, v) for t, v in m.previous.items()}
        vroot = self.root / VERSIONS
        if vroot.exists():
            for tdir in vroot.iterdir():
                for vdir in tdir.iterdir():
                    if (tdir.name, vdir.name) not in keep:
                        shutil.rmtree(vdir, ignore_errors=True)
                        if _VERSION_RE.match(vdir.name) and int(vdir.name[1:]) > m.version:
                            notes.append(f"{tdir.name}: removed uncommitted {vdir.name}")
        sroot = self.root / SNAPSHOTS
        if sroot.exists():
            keep_snaps = {f"v{m.version:06d}", f"v{m.version - 1:06d}"}
            for sdir in sroot.iterdir():
                if sdir.name not in keep_snaps:
                    shutil.rmtree(sdir, ignore_errors=True)
        for tmp in self.root.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        for tmp in self.root.glob(".*.link"):
            tmp.unlink(missing_ok=True)
        return notes

    def _swap_link(self, link: Path, target: str) -> None:
        if link.exists() and not link.is_symlink():
            raise RuntimeError(f"{link} is a real folder, not a Parley table link; "
                               "refusing to replace it")
        tmp = link.with_name(f".{link.name}.{uuid.uuid4().hex[:8]}.link")
        os.symlink(target, tmp)
        os.replace(tmp, link)

    # -- writing -------------------------------------------------------------------------
    def begin(self) -> Transaction:
        return Transaction(self)


class Transaction:
    """Changes to several tables that become visible together at ``commit()``."""

    def __init__(self, wh: Warehouse):
        self.wh = wh
        self.base = wh.manifest
        self.new_version = f"v{self.base.version + 1:06d}"
        self._new_parts: dict[str, list[Path]] = {}
        self._drop: dict[str, set[str]] = {}
        self._replace: set[str] = set()
        self._updates: dict[str, tuple[str, dict[str, dict]]] = {}
        self._seq = 0

    def _dir(self, table: str) -> Path:
        d = self.wh.version_dir(table, self.new_version)
        d.mkdir(parents=True, exist_ok=True)
        return d

    def append(self, table: str, data: pa.Table | Iterable[dict]) -> None:
        """Add rows (written to disk now, visible at commit)."""
        if not isinstance(data, pa.Table):
            from parley.schema import to_table

            data = to_table(table, list(data))
        if data.num_rows == 0:
            self._new_parts.setdefault(table, [])
            return
        self._seq += 1
        path = self._dir(table) / f"part-{self.new_version}-{self._seq:05d}.parquet"
        write_parquet(conform(data, table), path)
        self._new_parts.setdefault(table, []).append(path)

    def drop_docs(self, table: str, doc_ids: Iterable[str]) -> None:
        """Remove the committed rows of these documents from ``table``."""
        ids = set(doc_ids)
        if ids:
            self._drop.setdefault(table, set()).update(ids)

    def replace(self, table: str, data: pa.Table | Iterable[dict]) -> None:
        """Replace the whole table with ``data`` (small derived tables such as events)."""
        self._replace.add(table)
        self._new_parts.pop(table, None)
        self.append(table, data)

    def update_rows(self, table: str, key: str, values: dict[str, dict]) -> None:
        """Set columns of existing or new rows by key: ``values[key_value] = {col: v}``."""
        if values:
            self._updates[table] = (key, values)

    def touched(self) -> set[str]:
        return set(self._new_parts) | set(self._drop) | self._replace | set(self._updates)

    def _rewrite(self, table: str, src: Path, dst: Path, committed: bool) -> bool:
        """Copy ``src`` to ``dst`` applying drops and updates; hard-link when nothing changes.

        Drops apply only to ``committed`` parts: a part written by this transaction may re-add
        a document whose older copy is being dropped (a file restored to earlier bytes).
        """
        drop = self._drop.get(table) if committed else None
        key, updates = self._updates.get(table, (None, {}))
        if drop or updates:
            key_col = pq.read_table(src, columns=[key or "doc_id"]).column(0)
            keys = set(key_col.to_pylist())
            needs = bool(drop and keys & drop) or bool(updates and keys & updates.keys())
        else:
            needs = False
        if not needs:
            if src != dst:
                os.link(src, dst)
            return True
        t = conform(pq.read_table(src), table)
        if drop:
            t = t.filter(pc.invert(pc.is_in(t.column("doc_id"), pa.array(sorted(drop)))))
        if updates and t.num_rows:
            kcol = t.column(key).to_pylist()
            changed_cols = {c for v in updates.values() for c in v}
            for col in changed_cols:
                old = t.column(col).to_pylist()
                new = [updates[k][col] if k in updates and col in updates[k] else o
                       for k, o in zip(kcol, old, strict=True)]
                idx = t.schema.get_field_index(col)
                t = t.set_column(idx, t.schema.field(idx), pa.array(new, t.schema.field(idx).type))
        if src == dst or t.num_rows:
            write_parquet(t, dst)
        return t.num_rows > 0

    def commit(self) -> Manifest:
        """Make every change visible: manifest first (the commit point), then links and views."""
        wh, base = self.wh, self.base
        tables = dict(base.tables)
        for table in TABLES:
            if table not in self.touched() and table in base.tables:
                continue
            d = self._dir(table)
            if table not in self._replace and table in base.tables:
                for i, src in enumerate(wh.parts(table, base)):
                    self._rewrite(table, src, d / f"old-{i:05d}-{src.name}", committed=True)
            for p in self._new_parts.get(table, []):
                self._rewrite(table, p, p, committed=False)
            if not any(d.glob("*.parquet")):  # readers' globs need at least one file
                write_parquet(SCHEMAS[table].empty_table(), d / "part-empty.parquet")
            _maybe_compact(d, table)
            tables[table] = self.new_version
        for d in (wh.root / VERSIONS).glob("*"):
            _fsync_dir(d)
        m = Manifest(base.version + 1, tables,
                     {t: v for t, v in base.tables.items() if tables.get(t) != v})
        snap = wh.root / SNAPSHOTS / self.new_version
        shutil.rmtree(snap, ignore_errors=True)
        snap.mkdir(parents=True)
        for table, version in tables.items():
            os.symlink(os.path.join("..", "..", VERSIONS, table, version), snap / table)
        atomic_write_bytes(snap / MANIFEST, m.dump())
        _fsync_dir(snap)
        pause_point("before_commit")
        wh._swap_link(wh.root / CURRENT, os.path.join(SNAPSHOTS, self.new_version))  # commit
        _fsync_dir(wh.root)
        pause_point("after_commit")
        for table in tables:
            link = wh.root / table
            if not link.is_symlink():
                wh._swap_link(link, os.path.join(CURRENT, table))
        from parley.warehouse.views import refresh_views

        refresh_views(wh)  # cheap; keeps the views right if the folder was moved
        wh.recover()  # drop versions and snapshots older than the previous one
        return m


def _maybe_compact(folder: Path, table: str) -> None:
    parts = sorted(folder.glob("*.parquet"))
    if len(parts) <= MAX_PARTS:
        return
    batch: list[pa.Table] = []
    rows = 0
    seq = 0

    def flush() -> None:
        nonlocal batch, rows, seq
        if batch:
            seq += 1
            write_parquet(pa.concat_tables(batch), folder / f"compact-{seq:05d}.parquet.new")
            batch, rows = [], 0

    for p in parts:
        t = conform(pq.read_table(p), table)
        batch.append(t)
        rows += t.num_rows
        if rows >= COMPACT_TARGET_ROWS:
            flush()
    flush()
    for p in parts:
        p.unlink()
    for p in folder.glob("compact-*.parquet.new"):
        os.replace(p, p.with_suffix(""))
