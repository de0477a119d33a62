"""Run the ``expectations/`` suites with Great Expectations 1.x on pandas DataFrames.

The small glue the archived prefect-great-expectations package used to provide, written for
the GX 1.x API: one ephemeral data context per run, one pandas asset and checkpoint per
table, ``result_format=COMPLETE`` so every failing row is named, and Data Docs written to
``<warehouse>/reports/data_docs``. GX validates whole columns at once, so the cost is per
expectation, not per row: a run validates all its new rows in one pass per table.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from parley.validate.suites import Check, load_suites

ROW_KEY = "doc_id"
# GX logs progress bars and INFO lines that would drown the run summary.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")


@dataclass
class Failure:
    table: str
    expectation: str
    column: str | None
    severity: str
    hint: str
    row: int | None  # index into the validated frame, None for table-level failures
    doc_id: str | None
    observed: str | None


@dataclass
class ValidationResult:
    failures: list[Failure] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # table -> expectations evaluated
    failed_expectations: dict[str, set[str]] = field(default_factory=dict)
    data_docs: Path | None = None

    def bad_rows(self, table: str, severity: str = "error") -> set[int]:
        return {f.row for f in self.failures
                if f.table == table and f.severity == severity and f.row is not None}


def _scalarise(df: pd.DataFrame) -> pd.DataFrame:
    """GX metrics hash values; list cells (countries, sources) become JSON strings."""
    out = df.reset_index(drop=True).copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, list)).any():
            out[col] = out[col].map(lambda v: json.dumps(v) if isinstance(v, list) else v)
    return out


def _observed(v) -> str | None:
    if v is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        if pd.isna(v):
            return None
    if hasattr(v, "item") and not isinstance(v, (list, dict)):
        v = v.item()  # numpy scalar -> Python, so 464 is shown as 464, not "464"
    s = v if isinstance(v, str) else json.dumps(v, default=str, ensure_ascii=False)
    return s[:500]


def _quiet_gx() -> None:
    for name in ("great_expectations", "great_expectations.core", "tqdm",
                 "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.ERROR)
    os.environ["TQDM_DISABLE"] = "1"


class Validator:
    """One Great Expectations context for a whole run.

    Suites, assets and checkpoints are created once per table (creating them costs far more
    than validating a chunk), and Data Docs are rendered once by ``build_docs()`` from every
    validation result of the run.
    """

    def __init__(self, docs_dir: Path | None = None,
                 suites: dict[str, list[Check]] | None = None):
        self.docs_dir = docs_dir
        self.suites = suites if suites is not None else load_suites()
        self._ctx = None
        self._source = None
        self._checkpoints: dict[str, tuple[object, list[Check]]] = {}
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Import Great Expectations and build the context in a background thread.

        The import takes seconds; started when a run has files to process, it overlaps with
        the workers instead of delaying the first validation.
        """
        threading.Thread(target=self._context, name="gx-warm-up", daemon=True).start()

    def _context(self):
        with self._lock:
            return self._context_locked()

    def _context_locked(self):
        if self._ctx is None:
            _quiet_gx()
            import great_expectations as gx
            from great_expectations.data_context.types.base import ProgressBarsConfig

            _quiet_gx()  # GX configures its loggers on import
            ctx = gx.get_context(mode="ephemeral")
            ctx.variables.progress_bars = ProgressBarsConfig(globally=False,
                                                             metric_calculations=False)
            if self.docs_dir is not None:
                self.docs_dir.mkdir(parents=True, exist_ok=True)
                ctx.add_data_docs_site(site_name="parley", site_config={
                    "class_name": "SiteBuilder",
                    "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                      "base_directory": str(self.docs_dir)},
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                })
            self._ctx, self._source = ctx, ctx.data_sources.add_pandas("parley")
        return self._ctx

    def _checkpoint(self, table: str, frame: pd.DataFrame):
        if table not in self._checkpoints:
            import great_expectations as gx
            from great_expectations.core.expectation_suite import ExpectationSuite
            from great_expectations.expectations.expectation_configuration import (
                ExpectationConfiguration,
            )

            ctx = self._context()
            usable = [c for c in self.suites[table] if _columns_present(c, frame)]
            suite = ExpectationSuite(name=f"parley.{table}")
            for c in usable:
                suite.add_expectation_configuration(ExpectationConfiguration(
                    type=c.type, kwargs=dict(c.kwargs), meta=dict(c.meta)))
            suite = ctx.suites.add(suite)
            batch_def = self._source.add_dataframe_asset(table) \
                .add_batch_definition_whole_dataframe("run")
            vd = ctx.validation_definitions.add(
                gx.ValidationDefinition(name=f"validate_{table}", data=batch_def, suite=suite))
            cp = ctx.checkpoints.add(gx.Checkpoint(
                name=f"parley_{table}", validation_definitions=[vd], actions=[],
                result_format={"result_format": "COMPLETE"}))
            self._checkpoints[table] = (cp, usable)
        return self._checkpoints[table]

    def validate(self, tables: dict[str, pd.DataFrame]) -> ValidationResult:
        """Validate every table that has a suite; return each failing row of each check."""
        result = ValidationResult()
        for table in self.suites:
            df = tables.get(table)
            if df is None or df.empty or not self.suites[table]:
                continue
            frame = _scalarise(df)
            cp, usable = self._checkpoint(table, frame)
            run = cp.run(batch_parameters={"dataframe": frame})
            result.checked[table] = len(usable)
            for vr in run.run_results.values():
                for r in vr.results:
                    if not r.success:
                        _collect(result, table, r, frame)
        return result

    def build_docs(self) -> Path | None:
        """Render Data Docs for every validation of this run; return the index page."""
        if self.docs_dir is None or self._ctx is None:
            return None
        self._ctx.build_data_docs()
        return self.docs_dir / "index.html"


def validate_tables(tables: dict[str, pd.DataFrame], docs_dir: Path | None = None,
                    suites: dict[str, list[Check]] | None = None) -> ValidationResult:
    """Validate once (its own context) and render Data Docs when ``docs_dir`` is given."""
    v = Validator(docs_dir, suites)
    result = v.validate(tables)
    result.data_docs = v.build_docs()
    return result


def _columns_present(c: Check, frame: pd.DataFrame) -> bool:
    cols = c.kwargs.get("column_list") or ([c.kwargs["column"]] if "column" in c.kwargs else [])
    return all(col in frame.columns for col in cols)


def _collect(result: ValidationResult, table: str, r, frame: pd.DataFrame) -> None:
    cfg = r.expectation_config
    meta = cfg.meta or {}
    severity = meta.get("severity", "error")
    hint = meta.get("hint", "")
    column = cfg.kwargs.get("column") or (",".join(cfg.kwargs["column_list"])
                                          if cfg.kwargs.get("column_list") else None)
    result.failed_expectations.setdefault(table, set()).add(cfg.type)
    res = r.result or {}
    idx = res.get("unexpected_index_list")
    if r.exception_info and r.exception_info.get("raised_exception"):
        msg = r.exception_info.get("exception_message") or "expectation raised an error"
        result.failures.append(Failure(table, cfg.type, column, severity, hint, None, None,
                                       f"error: {msg}"[:500]))
        return
    if not idx:
        result.failures.append(Failure(table, cfg.type, column, severity, hint, None, None,
                                       _observed(res.get("observed_value"))))
        return
    for i in idx:
        row = int(i["index"]) if isinstance(i, dict) and "index" in i else int(i)
        doc_id = frame.at[row, ROW_KEY] if ROW_KEY in frame.columns else None
        if "column_list" in cfg.kwargs:
            obs = {c: frame.at[row, c] for c in cfg.kwargs["column_list"]}
        else:
            obs = frame.at[row, column] if column in frame.columns else None
        result.failures.append(Failure(table, cfg.type, column, severity, hint, row,
                                       doc_id, _observed(obs)))
