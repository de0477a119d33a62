"""Named points where a test can freeze a run to kill it there (crash-safety tests).

``PARLEY_FAULT_PAUSE=<point>`` makes the process print ``PARLEY-PAUSED <point>`` to stderr and
sleep at that point (``PARLEY_FAULT_PAUSE_SECONDS``, default an hour), so a test can
``kill -9`` it at an exact moment of a commit, or hold the writer lock for a while. Unset (the
normal case), ``pause_point`` is a dictionary lookup and nothing else.
"""

from __future__ import annotations

import os
import sys
import time

POINTS = ("before_commit", "after_commit")


def pause_point(name: str) -> None:
    if os.environ.get("PARLEY_FAULT_PAUSE") == name:
        sys.stderr.write(f"PARLEY-PAUSED {name}\n")
        sys.stderr.flush()
        time.sleep(float(os.environ.get("PARLEY_FAULT_PAUSE_SECONDS", "3600")))
