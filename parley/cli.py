"""``parley``: a thin command line over the library (every command is a few lines of glue).

Commands: ingest, query, report, serve, clean, eval. See ``parley COMMAND --help``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from parley.warehouse.store import default_warehouse

WAREHOUSE_HELP = ("warehouse folder (default: ./warehouse, or $PARLEY_WAREHOUSE when set)")


def _prefect_env() -> None:
    """Defaults for the embedded Prefect: no telemetry, quiet server logs.

    Set before prefect is imported. A user's own settings (environment or profile) win:
    with PREFECT_API_URL set, runs go to that server instead of a temporary local one.
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_SERVER_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("TQDM_DISABLE", "1")


def _task_runner(workers: int, dask_address: str | None):
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers <= 1:
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=1)
    from prefect.task_runners import ProcessPoolTaskRunner

    return ProcessPoolTaskRunner(max_workers=workers)


def _workers_default() -> int:
    return os.cpu_count() or 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parley")
def main() -> None:
    """Parley turns scraped news reports of diplomatic and defence dialogues into clean,
    queryable data: ingest text files, clean boilerplate, extract fields, validate with
    Great Expectations, and write Parquet tables that DuckDB queries.

    \b
    Typical use:
      parley ingest seeds/                      # one run over every *.txt below seeds/
      parley query "select * from articles"     # SQL over the warehouse
      parley report                             # latest data-quality summary
    """


def _common_run_options(f):
    f = click.option("--warehouse", "-w", default=None, help=WAREHOUSE_HELP)(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="local worker processes for the CPU-bound stages "
                          "(default: the machine's CPU count)")(f)
    f = click.option("--dask-address", default=None, metavar="ADDR",
                     help="run the CPU-bound stages on an existing Dask cluster, e.g. "
                          "tcp://10.0.0.5:8786 (through Prefect's Dask task runner)")(f)
    f = click.option("--batch-size", type=click.IntRange(min=1), default=None,
                     help="documents per task (default 500)")(f)
    f = click.option("--wait", "wait_seconds", type=click.FloatRange(min=0), default=60.0,
                     show_default=True,
                     help="seconds to wait for another run on the same warehouse to finish "
                          "before giving up")(f)
    return f


def run_ingest(input_dir: str, warehouse: str | None, workers: int | None,
               dask_address: str | None, batch_size: int | None, wait_seconds: float) -> dict:
    """Run the ingest flow once (used by ``ingest`` and by the scheduled deployment)."""
    _prefect_env()
    from parley.prefect_api import ensure_api

    api = ensure_api()  # starts now; our imports below overlap its start-up
    from flows.ingest import BATCH_SIZE, ingest_flow

    # Great Expectations (~3.5 s to import) loads at the first validation, while the worker
    # processes keep working on the batches in flight.
    if api is not None:
        # the API takes a second or more longer to start than our imports: list the input
        # folder meanwhile, and import what the flow call imports first (Prefect serialises
        # the flow's parameters with FastAPI's encoder, ~0.3 s to import)
        from parley.ingest.discover import prefetch

        prefetch(input_dir)
        import fastapi.encoders  # noqa: F401

        api.wait_ready()

    from parley.warehouse.store import Warehouse

    wh = warehouse or default_warehouse()
    n = workers or _workers_default()
    runner = _task_runner(n, dask_address)
    flow = ingest_flow.with_options(task_runner=runner)

    def waiting() -> None:
        click.echo(f"waiting up to {wait_seconds:g} s for another run on {wh} to finish ...",
                   err=True)

    with Warehouse(wh).lock(wait_seconds, on_wait=waiting), _run_settings(api is not None):
        return flow(input_dir=input_dir, warehouse=wh, workers=n,
                    batch_size=batch_size or BATCH_SIZE, wait_seconds=wait_seconds,
                    lock_held=True)


def _run_settings(temporary_api: bool):
    """Prefect settings for a run on the temporary API: no flow-run heartbeats. They tell a
    lasting server that a run is alive; the temporary server ends with the run, and the
    heartbeat thread, which sleeps in one-second steps, holds up the run's end by up to a
    second. On a server of the user's (``PREFECT_API_URL``) heartbeats stay on."""
    import contextlib

    if not temporary_api:
        return contextlib.nullcontext()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


@main.command()
@click.argument("input_dir", type=click.Path(exists=True, file_okay=False))
@_common_run_options
def ingest(input_dir, warehouse, workers, dask_address, batch_size, wait_seconds):
    """Run one Prefect flow over every *.txt below INPUT_DIR.

    New and changed files are processed, unchanged ones skipped. Files that cannot be read
    are quarantined with a reason (see the documents table). Rows that fail validation are
    quarantined and reported; the exit status is 0 when the run finished, even with
    validation failures, and non-zero only when the run itself could not complete
    (2: bad arguments, 3: the warehouse is busy with another run, 1: the run failed).
    """
    from parley.warehouse.store import WarehouseBusy

    try:
        summary = run_ingest(input_dir, warehouse, workers, dask_address, batch_size,
                             wait_seconds)
    except WarehouseBusy as exc:
        click.echo(f"parley: {exc}", err=True)
        sys.exit(3)
    click.echo(format_summary(summary, warehouse or default_warehouse()))


def format_summary(s: dict, warehouse: str) -> str:
    errors = sum(1 for f in s["failures"] if f.get("severity") != "warning")
    warnings = len(s["failures"]) - errors
    failed_checks = sorted({(f["table_name"], f["expectation"], f["column_name"] or "")
                            for f in s["failures"]})
    rows = ", ".join(f"{t} {n}" for t, n in s["rows"].items()) or "none (nothing new)"
    lines = [
        f"Parley run {s['run_id']}: {s['status']}",
        f"  files:   {s['files_seen']} seen, {s['files_new']} new, {s['files_changed']} changed,"
        f" {s['files_unchanged']} unchanged, {s['files_quarantined']} quarantined",
        f"  rows:    {rows}",
        f"  checks:  {len(failed_checks)} failed expectations, {errors} rows quarantined, "
        f"{warnings} warnings",
    ]
    for t, e, c in failed_checks[:10]:
        lines.append(f"           - {t}.{c}: {e}" if c else f"           - {t}: {e}")
    if len(failed_checks) > 10:
        lines.append(f"           … {len(failed_checks) - 10} more (parley report)")
    root = Path(warehouse)
    lines += [
        f"  report:  {root / 'reports' / 'latest.html'} (and latest.md; `parley report`)",
        f"  query:   parley query \"select source_file, mechanism, edition, event_date from "
        f"articles order by 1\"{'' if warehouse == 'warehouse' else f' -w {warehouse}'}",
    ]
    return "\n".join(lines)


@main.command()
@click.argument("sql")
@click.option("--warehouse", "-w", default=None, help=WAREHOUSE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="table for people; csv or json for scripts")
@click.option("--max-width", type=int, default=60, show_default=True,
              help="cut cells longer than this in the table format (csv/json are never cut)")
def query(sql, warehouse, fmt, max_width):
    """Run SQL against the warehouse's DuckDB views (opened read-only).

    \b
    Tables: documents, articles, participants, topics, amounts, removed, events,
    provenance, validation_failures, runs (see CONTRACT.md), plus the convenience
    views current_documents and event_reports. Example queries: warehouse/queries/.
    """
    import duckdb

    from parley.warehouse.render import as_csv, as_json, as_table
    from parley.warehouse.views import NoWarehouse, run_query

    try:
        cols, rows = run_query(warehouse or default_warehouse(), sql)
    except NoWarehouse as exc:
        raise click.ClickException(str(exc)) from None
    except duckdb.Error as exc:
        raise click.ClickException(f"query failed: {exc}") from None
    if fmt == "csv":
        click.echo(as_csv(cols, rows), nl=False)
    elif fmt == "json":
        click.echo(as_json(cols, rows))
    else:
        click.echo(as_table(cols, rows, max_width))


@main.command()
@click.option("--warehouse", "-w", default=None, help=WAREHOUSE_HELP)
@click.option("--html", "show_html", is_flag=True, help="print the HTML report's path only")
def report(warehouse, show_html):
    """Print where the latest data-quality report is and its summary of failed expectations."""
    root = Path(warehouse or default_warehouse())
    md, page = root / "reports" / "latest.md", root / "reports" / "latest.html"
    if not md.exists():
        raise click.ClickException(f"no report in {root / 'reports'}; run `parley ingest` first")
    if show_html:
        click.echo(str(page.absolute()))
        return
    click.echo(f"Latest report: {page.absolute()}\n")
    click.echo(md.read_text())


@main.command()
@click.argument("input_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--cron", required=True, metavar="EXPR",
              help='cron schedule, e.g. "*/15 * * * *" (every 15 minutes)')
@click.option("--name", default="parley-ingest-scheduled", show_default=True,
              help="deployment name")
@_common_run_options
def serve(input_dir, cron, name, warehouse, workers, dask_address, batch_size, wait_seconds):
    """Register a Prefect deployment that runs `ingest` on a cron schedule, and serve it
    until stopped (Ctrl-C).

    \b
    By default Prefect's local embedded API is used: nothing to start by hand, but the
    schedule lives only while this command runs. To use a real Prefect server (and see
    runs, logs and the data-quality artifacts in its UI), start one with
    `prefect server start` or use Prefect Cloud, then point Parley at it:
        PREFECT_API_URL=http://127.0.0.1:4200/api parley serve INPUT_DIR --cron "0 * * * *"
    """
    _prefect_env()
    from flows.serve import serve_ingest

    serve_ingest(os.path.abspath(input_dir), cron=cron, name=name,
                 warehouse=os.path.abspath(warehouse or default_warehouse()),
                 workers=workers, dask_address=dask_address, batch_size=batch_size,
                 wait_seconds=wait_seconds)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--explain", is_flag=True,
              help="print every removed line with its reason instead of the text")
def clean(file, explain):
    """Print the cleaned article text of FILE (no warehouse involved).

    The headline comes first, then the body with paragraphs separated by a blank line.
    With --explain, every removed line is listed as `LINE<TAB>REASON<TAB>TEXT`.
    """
    from parley.clean import clean_text
    from parley.ingest.decode import decode

    decoded = decode(Path(file).read_bytes())
    if decoded.text is None:
        raise click.ClickException(f"{file}: {decoded.error}")
    doc = clean_text(decoded.text)
    if explain:
        for ln in doc.removed:
            click.echo(f"{ln.number}\t{ln.reason}\t{ln.raw}")
        return
    if doc.headline:
        click.echo(doc.headline + "\n")
    click.echo(doc.body)


@main.command(name="eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--gold", type=click.Path(exists=True, dir_okay=False), default=None,
              help="gold labels (default: CORPUS/gold.jsonl)")
def eval_(corpus, gold):
    """Score extraction on a folder that has a gold.jsonl: a per-field table and every wrong
    field with the expected and extracted values."""
    from parley.evaluate.gold import format_report, load_gold, predictions_from_tables, score
    from parley.pipeline import run_folder

    gold_path = Path(gold) if gold else Path(corpus) / "gold.jsonl"
    if not gold_path.exists():
        raise click.ClickException(f"no gold labels at {gold_path}")
    tables = run_folder(corpus)
    click.echo(format_report(score(predictions_from_tables(tables), load_gold(gold_path))))


if __name__ == "__main__":
    main()
