"""Generate a benchmark corpus of N distinct documents from the seeds (and ../shared, if present).

Each document is a template article with its ordinals, dates and names varied and with 0-6
sidebar paragraphs (taken from other templates' tails) appended, so that no two files are
equal and the cleaner sees realistic boilerplate. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ORDINAL_RE = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")
YEAR_RE = re.compile(r"\b(19[9]\d|20[0-3]\d)\b")
FIRST_NAMES = ["Anna", "Minh", "Ravi", "Sofia", "Kenji", "Lars", "Amara", "Diego", "Mei", "Omar"]
LAST_NAMES = ["Nguyen", "Tanaka", "Sharma", "Okafor", "Silva", "Berg", "Kowalski", "Haddad"]
SIDEBAR = [
    "The provincial People's Committee approved a new plan for road upgrades on Tuesday.",
    "Officials inaugurated a renewable energy plant expected to power 40,000 homes.",
    "A cultural festival drew thousands of visitors to the old quarter over the weekend.",
    "Exporters reported a rise in seafood shipments during the first nine months.",
    "The national football team began training for the regional championship.",
    "Authorities warned of heavy rain and possible landslides in mountainous districts.",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def templates(seeds: Path, shared: Path | None) -> list[str]:
    paths = sorted(seeds.glob("*.txt"))
    if shared is not None and shared.exists():
        paths += sorted((shared / "corpus" / "real").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def vary(text: str, rng: random.Random, i: int) -> str:
    text = ORDINAL_RE.sub(lambda m: _ordinal(rng.randint(1, 30)), text)
    text = MONTH_RE.sub(lambda m: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}", text)
    text = YEAR_RE.sub(lambda m: str(rng.randint(2005, 2025)), text)
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    lines = text.rstrip("\n").split("\n")
    pos = rng.randint(1, max(1, len(lines) - 1))
    lines.insert(pos, f"{name} attended the meeting as an observer (document {i}).")
    for _ in range(rng.randint(0, 6)):
        lines.append(rng.choice(SIDEBAR))
    return "\n".join(lines) + "\n"


def generate(out: Path, n: int, seeds: Path, shared: Path | None, seed: int = 7) -> int:
    """Write ``n`` documents under ``out`` (100 per sub-folder); return bytes written."""
    rng = random.Random(seed)
    tpls = templates(seeds, shared)
    total = 0
    for i in range(n):
        folder = out / f"d{i // 100:05d}"
        if i % 100 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = vary(tpls[i % len(tpls)], rng, i).encode("utf-8")
        (folder / f"doc{i:07d}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--seeds", type=Path, default=Path("seeds"))
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    a = ap.parse_args(argv)
    size = generate(a.out, a.docs, a.seeds, a.shared)
    print(f"wrote {a.docs} documents ({size / 2**20:.1f} MiB) to {a.out}")


if __name__ == "__main__":
    main()
