"""A set of non-overlapping spans with O(log n) overlap checks.

Matchers that run several patterns over one text keep the first match of any span; checking
each new match against every earlier one would be quadratic on text with thousands of matches.
"""

from __future__ import annotations

from bisect import bisect_right


class SpanSet:
    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps no span in the set."""
        k = bisect_right(self._starts, a)
        if k and self._ends[k - 1] > a:
            return False
        return k >= len(self._starts) or self._starts[k] >= b

    def add(self, a: int, b: int) -> None:
        k = bisect_right(self._starts, a)
        self._starts.insert(k, a)
        self._ends.insert(k, b)
