"""`cjeditor templates` lists the service blueprint; `cjeditor new --template
service-blueprint` writes a valid map that validates and opens in the editor."""

from __future__ import annotations

import subprocess
import sys

import pytest
from canvas_helpers import dispose, make_view  # tests/canvas, on the path (conftest)

from cjeditor.fileio import load


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cjeditor", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_templates_lists_it():
    done = cli("templates")
    assert done.returncode == 0
    assert "service-blueprint" in done.stdout


@pytest.mark.parametrize("language", ["es", "en"])
def test_new_from_the_template_validates_and_opens(tmp_path, qapp, language):
    path = tmp_path / f"devolucion-{language}.cjmap"
    done = cli("new", "--template", "service-blueprint", "--language", language, str(path))
    assert done.returncode == 0, done.stderr
    assert cli("validate", str(path)).returncode == 0
    doc = load(path)
    assert [lane.type for lane in doc.lanes] == [
        "physical_evidence", "actions", "touchpoints", "frontstage", "backstage", "support"]
    assert [lane.line_below for lane in doc.lanes if lane.line_below] == [
        "interaction", "visibility", "internal"]
    assert 12 <= len(doc.connections) <= 20
    assert {c.style for c in doc.connections} == {"flow", "dependency"}
    view = make_view(doc)
    try:
        assert len(view.connector.layer.items) == len(doc.connections)
        assert len(view.connector.layer.lines) == 3
    finally:
        dispose(view)
