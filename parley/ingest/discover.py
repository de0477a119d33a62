"""Find the input files below INPUT_DIR.

Every ``*.txt`` file (any case) in any sub-folder; other files are ignored. Symbolic links are
never followed out of INPUT_DIR: a link whose target lies outside is reported (so the run can
record it as quarantined) but not opened; directory links are not descended into, which also
rules out cycles.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIX = ".txt"


@dataclass(frozen=True)
class SourceFile:
    path: str  # absolute path
    rel_path: str  # path relative to INPUT_DIR, with "/" separators
    size: int
    mtime: dt.datetime  # UTC
    problem: str | None = None  # set when the file must not be read (e.g. a link outside)

    @property
    def name(self) -> str:
        return self.rel_path.rsplit("/", 1)[-1]


def _inside(target: str, root: str) -> bool:
    return os.path.commonpath([target, root]) == root


def discover(input_dir: str | os.PathLike) -> Iterator[SourceFile]:
    """Yield every ``*.txt`` below ``input_dir`` in a stable (sorted) order."""
    root = os.path.realpath(input_dir)
    if not os.path.isdir(root):
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    prefix = len(root) + 1 if not root.endswith(os.sep) else len(root)
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(entry.path)
                continue
            if not entry.name.lower().endswith(TEXT_SUFFIX):
                continue
            # entry.path is folder + name, and every folder starts with root: the relative
            # path is its tail (os.path.relpath costs ~50 us a file on large archives)
            rel = entry.path[prefix:].replace(os.sep, "/")
            problem = None
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if not _inside(target, root):
                    problem = ("it is a symbolic link to a file outside the input folder; "
                               "not followed")
                elif not os.path.isfile(target):
                    problem = "it is a symbolic link that does not point to a readable file"
            elif not entry.is_file(follow_symlinks=False):
                continue  # sockets, fifos, devices: not text files
            try:
                st = entry.stat(follow_symlinks=problem is None)
                size, mtime = st.st_size, st.st_mtime
            except OSError as exc:
                size, mtime = 0, 0.0
                problem = problem or f"its metadata could not be read ({exc.strerror})"
            yield SourceFile(
                path=entry.path,
                rel_path=rel,
                size=size,
                mtime=dt.datetime.fromtimestamp(mtime, tz=dt.UTC),
                problem=problem,
            )
        stack.extend(reversed(subdirs))
    # sorted within folders, folders depth-first in name order


# Listings started ahead of need (``prefetch``), by the input folder's real path.
_prefetched: dict[str, Future] = {}


def prefetch(input_dir: str | os.PathLike) -> None:
    """List ``input_dir`` in a background thread; the next ``list_sources`` of the same
    folder in this process takes that listing instead of walking the folder again.

    Why: ``parley ingest`` waits about a second for its temporary Prefect API to start, and
    walking an archive of 20,000 files takes half a second; the listing is a snapshot of the
    folder either way (a file added meanwhile is found by the next run)."""
    key = os.path.realpath(input_dir)
    if key not in _prefetched:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parley-prefetch")
        _prefetched[key] = pool.submit(list, discover(Path(input_dir)))
        pool.shutdown(wait=False)


def list_sources(input_dir: str | os.PathLike) -> list[SourceFile]:
    prefetched = _prefetched.pop(os.path.realpath(input_dir), None)
    if prefetched is not None:
        return prefetched.result()  # the folder's errors are raised here, as below
    return list(discover(Path(input_dir)))
