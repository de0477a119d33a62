"""The CLI: every command is documented, help works, and query output formats are exact."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import main
from parley.warehouse.render import as_csv, as_json, as_table

README = Path(__file__).resolve().parents[1] / "README.md"
CONTRACT_COMMANDS = {"ingest", "query", "report", "serve", "clean"}


def test_every_command_is_documented_in_the_readme():
    readme = README.read_text()
    commands = set(main.commands)
    assert commands >= CONTRACT_COMMANDS
    for name in commands:
        assert re.search(rf"`parley {name}\b", readme), f"parley {name} missing from README"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help(name):
    res = CliRunner().invoke(main, [name, "--help"])
    assert res.exit_code == 0
    assert main.commands[name].help.split()[0] in res.output


def test_query_without_warehouse_says_what_to_do(tmp_path):
    res = CliRunner().invoke(main, ["query", "select 1", "-w", str(tmp_path / "none")])
    assert res.exit_code != 0
    assert "run `parley ingest" in res.output


def test_report_without_warehouse_says_what_to_do(tmp_path):
    res = CliRunner().invoke(main, ["report", "-w", str(tmp_path)])
    assert res.exit_code != 0 and "parley ingest" in res.output


def test_clean_refuses_unreadable_file_with_reason(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    res = CliRunner().invoke(main, ["clean", str(f)])
    assert res.exit_code != 0 and "empty" in res.output


def test_render_formats():
    cols, rows = ["a", "b"], [(1, ["US", "VN"]), (None, "x" * 80)]
    assert as_csv(cols, rows) == 'a,b\n1,"[""US"", ""VN""]"\n,' + "x" * 80 + "\n"
    assert json.loads(as_json(cols, rows)) == [{"a": 1, "b": ["US", "VN"]},
                                               {"a": None, "b": "x" * 80}]
    table = as_table(cols, rows, max_cell=10).splitlines()
    assert table[0].split() == ["a", "|", "b"]
    assert table[2].split("|")[1].strip() == "[US, VN]"
    assert table[3].endswith("xxxxxxxxx…")
    assert table[-1] == "(2 rows)"


def test_runs_on_the_temporary_api_send_no_heartbeats():
    """On the temporary API (gone with the run) the flow sends no heartbeats, whose thread
    holds up the run's end; on a server of the user's they stay at Prefect's default."""
    from prefect.settings import get_current_settings

    from parley.cli import _run_settings

    default = get_current_settings().flows.heartbeat_frequency
    assert default is not None
    with _run_settings(temporary_api=True):
        assert get_current_settings().flows.heartbeat_frequency is None
    with _run_settings(temporary_api=False):
        assert get_current_settings().flows.heartbeat_frequency == default
