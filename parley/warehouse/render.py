"""Print query results for people (an aligned table) and for scripts (CSV, JSON)."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json

# Cells longer than this are cut in the human table (bodies are thousands of characters);
# CSV and JSON always carry the full value.
MAX_CELL = 60


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return "[" + ", ".join(_text(x) for x in v) + "]"
    if isinstance(v, float):
        return f"{v:,.2f}" if abs(v) >= 1000 else f"{v:g}"
    return str(v).replace("\n", " ")


def as_table(cols: list[str], rows: list[tuple], max_cell: int = MAX_CELL) -> str:
    cells = [[_text(v) for v in r] for r in rows]
    cells = [[c if len(c) <= max_cell else c[: max_cell - 1] + "…" for c in r] for r in cells]
    widths = [len(c) for c in cols]
    for r in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=True)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip(),
           line.replace("+", "+")]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
            for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def as_csv(cols: list[str], rows: list[tuple]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        w.writerow([json.dumps(v, default=_json_default) if isinstance(v, list)
                    else ("" if v is None else v) for v in r])
    return buf.getvalue()


def _json_default(v):
    if isinstance(v, (dt.date, dt.datetime, dt.time)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, bytes):
        return v.hex()
    return str(v)


def as_json(cols: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(cols, r, strict=True)) for r in rows], default=_json_default,
                      ensure_ascii=False, indent=1)
