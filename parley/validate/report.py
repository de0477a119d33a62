"""The per-run data-quality report a person reads: Markdown and a self-contained HTML page.

Written to ``<warehouse>/reports/runs/<run_id>/`` with copies at ``reports/latest.md`` and
``reports/latest.html``; Great Expectations' own Data Docs sit beside it in
``reports/data_docs/``. Each failure names the file, table, field, the value found, the
expectation, and a hint saying what to look at.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from parley.warehouse.store import atomic_write_bytes

MAX_LISTED = 500  # failures listed one by one; beyond this the report counts them per check


@dataclass
class RunSummary:
    run_id: str
    started_at: str
    finished_at: str
    input_dir: str
    status: str
    files_seen: int
    files_new: int
    files_changed: int
    files_unchanged: int
    files_quarantined: int
    rows: dict[str, int]  # rows written per table this run
    quarantined_files: list[tuple[str, str]]  # (path, reason)
    failures: list[dict]  # validation_failures rows (+ severity)
    checked: dict[str, int]
    data_docs: str | None


def _count_by_check(failures: list[dict]) -> list[tuple[str, str, str, str, int]]:
    c = Counter((f["table_name"], f["column_name"] or "", f["expectation"], f.get("severity", ""))
                for f in failures)
    return [(*k, n) for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]


def _md_cell(v) -> str:
    s = "" if v is None else str(v)
    s = s.replace("|", "\\|").replace("\n", " ")
    return s if len(s) <= 120 else s[:119] + "…"


def render_markdown(s: RunSummary) -> str:
    errors = [f for f in s.failures if f.get("severity") != "warning"]
    warnings = [f for f in s.failures if f.get("severity") == "warning"]
    out = [
        f"# Parley data-quality report — run {s.run_id}",
        "",
        f"- Status: **{s.status}**",
        f"- Input: `{s.input_dir}`; started {s.started_at}, finished {s.finished_at}",
        f"- Files: {s.files_seen} seen, {s.files_new} new, {s.files_changed} changed, "
        f"{s.files_unchanged} unchanged, {s.files_quarantined} quarantined",
        "- Rows written: " + (", ".join(f"{t} {n}" for t, n in s.rows.items() if n) or "none"),
        f"- Expectations evaluated: {sum(s.checked.values())} over {len(s.checked)} tables",
        f"- Failed rows: {len(errors)} quarantined (errors), {len(warnings)} flagged (warnings)",
    ]
    if s.data_docs:
        out.append(f"- Great Expectations Data Docs: `{s.data_docs}`")
    out.append("")
    if s.quarantined_files:
        out += ["## Quarantined files", "", "| file | reason |", "|---|---|"]
        out += [f"| {_md_cell(p)} | {_md_cell(r)} |" for p, r in s.quarantined_files]
        out.append("")
    if not s.failures:
        out += ["## Validation", "", "Every expectation passed.", ""]
        return "\n".join(out)
    out += ["## Failed expectations by check", "",
            "| table | field | expectation | severity | rows |", "|---|---|---|---|---|"]
    out += [f"| {t} | {c} | {e} | {sv} | {n} |" for t, c, e, sv, n in _count_by_check(s.failures)]
    out += ["", "## Each failure", "",
            "| file | table | field | value | expectation | severity | hint |",
            "|---|---|---|---|---|---|---|"]
    for f in s.failures[:MAX_LISTED]:
        out.append("| " + " | ".join(_md_cell(x) for x in (
            f.get("source_file") or f.get("doc_id") or "(table)", f["table_name"],
            f["column_name"], f["observed"], f["expectation"], f.get("severity"),
            f.get("hint"))) + " |")
    if len(s.failures) > MAX_LISTED:
        out.append(f"\n…and {len(s.failures) - MAX_LISTED} more (query `validation_failures`).")
    out.append("")
    return "\n".join(out)


_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;color:#222;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}.status{font-weight:bold;padding:.1rem .4rem;border-radius:.3rem}
.completed{background:#d8f5d8}.completed_with_failures{background:#fde8c8}.failed{background:#f8d0d0}
.error{color:#a00}.warning{color:#a60}code{background:#f5f5f5;padding:0 .2rem}
"""


def _e(v) -> str:
    return html.escape("" if v is None else str(v))


def render_html(s: RunSummary) -> str:
    errors = sum(1 for f in s.failures if f.get("severity") != "warning")
    warnings = len(s.failures) - errors
    rows = "".join(f"<li>{_e(t)}: {n}</li>" for t, n in s.rows.items() if n)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Parley data-quality report — {_e(s.run_id)}</title><style>{_CSS}</style></head>",
        "<body>",
        f"<h1>Parley data-quality report</h1><p>Run <code>{_e(s.run_id)}</code> "
        f"<span class='status {_e(s.status)}' id='status'>{_e(s.status)}</span></p>",
        "<ul id='overview'>",
        f"<li>Input: <code>{_e(s.input_dir)}</code></li>",
        f"<li>Started {_e(s.started_at)}, finished {_e(s.finished_at)}</li>",
        f"<li>Files: {s.files_seen} seen, {s.files_new} new, {s.files_changed} changed, "
        f"{s.files_unchanged} unchanged, {s.files_quarantined} quarantined</li>",
        f"<li id='failed-rows'>Failed rows: {errors} quarantined, {warnings} flagged as "
        "warnings</li>",
        f"<li>Expectations evaluated: {sum(s.checked.values())} over {len(s.checked)} "
        "tables</li>",
    ]
    if s.data_docs:
        parts.append(f"<li>Great Expectations Data Docs: <a href='{_e(s.data_docs)}'>"
                     f"{_e(s.data_docs)}</a></li>")
    parts.append(f"</ul><h2>Rows written</h2><ul>{rows or '<li>none</li>'}</ul>")
    if s.quarantined_files:
        parts.append("<h2>Quarantined files</h2><table id='quarantined'><tr><th>file</th>"
                     "<th>reason</th></tr>")
        parts += [f"<tr><td>{_e(p)}</td><td>{_e(r)}</td></tr>" for p, r in s.quarantined_files]
        parts.append("</table>")
    if not s.failures:
        parts.append("<h2>Validation</h2><p id='all-passed'>Every expectation passed.</p>")
    else:
        parts.append("<h2>Failed expectations by check</h2><table id='by-check'><tr>"
                     "<th>table</th><th>field</th><th>expectation</th><th>severity</th>"
                     "<th>rows</th></tr>")
        parts += [f"<tr><td>{_e(t)}</td><td>{_e(c)}</td><td>{_e(e)}</td>"
                  f"<td class='{_e(sv)}'>{_e(sv)}</td><td>{n}</td></tr>"
                  for t, c, e, sv, n in _count_by_check(s.failures)]
        parts.append("</table><h2>Each failure</h2><table id='failures'><tr><th>file</th>"
                     "<th>table</th><th>field</th><th>value</th><th>expectation</th>"
                     "<th>severity</th><th>hint</th></tr>")
        for f in s.failures[:MAX_LISTED]:
            parts.append("<tr>" + "".join(f"<td>{_e(x)}</td>" for x in (
                f.get("source_file") or f.get("doc_id") or "(table)", f["table_name"],
                f["column_name"], f["observed"], f["expectation"])) +
                f"<td class='{_e(f.get('severity'))}'>{_e(f.get('severity'))}</td>"
                f"<td>{_e(f.get('hint'))}</td></tr>")
        parts.append("</table>")
        if len(s.failures) > MAX_LISTED:
            parts.append(f"<p>…and {len(s.failures) - MAX_LISTED} more "
                         "(query <code>validation_failures</code>).</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_reports(reports_dir: Path, s: RunSummary) -> tuple[Path, Path]:
    """Write the run's Markdown and HTML reports and update the ``latest`` copies."""
    run_dir = reports_dir / "runs" / s.run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    md, page = render_markdown(s).encode(), render_html(s).encode()
    atomic_write_bytes(run_dir / "summary.md", md)
    atomic_write_bytes(run_dir / "summary.html", page)
    atomic_write_bytes(reports_dir / "latest.md", md)
    atomic_write_bytes(reports_dir / "latest.html", page)
    return reports_dir / "latest.md", reports_dir / "latest.html"
