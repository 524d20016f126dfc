"""The table, Mermaid and diff commands never start Qt, and `validate` does not pay for
them (openpyxl and these modules load only inside the commands that use them)."""

from __future__ import annotations

import pytest
from test_cli_headless import EXAMPLE, QT_ROOTS, messages, run_headless


@pytest.mark.parametrize("args", [
    ("export", str(EXAMPLE), "-o", "cards.csv"),
    ("export", str(EXAMPLE), "-o", "cards.xlsx"),
    ("export", str(EXAMPLE), "-o", "viaje.mmd"),
    ("diff", str(EXAMPLE), str(EXAMPLE)),
], ids=["csv", "xlsx", "mmd", "diff"])
def test_table_mermaid_and_diff_load_no_qt(tmp_path, args):
    result, modules = run_headless(*args, cwd=tmp_path)
    assert result.returncode == 0, messages(result.stderr)
    assert not {m for m in modules if m.split(".")[0] in QT_ROOTS}
    if args[0] == "export":
        back, modules = run_headless("import", args[3], "-o", "back.cjmap", cwd=tmp_path)
        assert back.returncode == 0, messages(back.stderr)
        assert not {m for m in modules if m.split(".")[0] in QT_ROOTS}
        assert (tmp_path / "back.cjmap").stat().st_size > 0


def test_validate_loads_none_of_them(tmp_path):
    result, modules = run_headless("validate", str(EXAMPLE), cwd=tmp_path)
    assert result.returncode == 0
    heavy = {"openpyxl", "cjeditor.tables", "cjeditor.mermaid", "cjeditor.diff"}
    assert not modules & heavy
