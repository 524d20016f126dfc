"""The cjeditor program sets its process up; `main`, which tests call, does not."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from cjeditor import cli


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_the_program_collects_young_objects_less_often(monkeypatch, thresholds):
    seen = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.get_threshold()) or 0)
    assert cli.run() == 0
    assert seen == [cli.GC_THRESHOLDS]  # set before the command runs
    assert cli.GC_THRESHOLDS[0] > 700  # CPython's default: a young collection every 700


def test_main_leaves_the_process_collector_alone(thresholds, capsys):
    assert cli.main(["templates"]) == 0
    assert gc.get_threshold() == thresholds


def test_python_m_cjeditor_is_the_program():
    code = ("import gc, runpy, sys\n"
            "sys.argv = ['cjeditor', 'templates']\n"
            "try:\n"
            "    runpy.run_module('cjeditor', run_name='__main__')\n"
            "except SystemExit as exc:\n"
            "    assert exc.code == 0, exc.code\n"
            "print(gc.get_threshold())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == str(cli.GC_THRESHOLDS)


def test_after_a_headless_command_what_is_left_is_frozen_for_the_exit():
    """The program's exit does not walk the objects a command left (gc.freeze);
    a GUI start is left to Qt's own teardown."""
    code = ("import gc, sys\n"
            "from cjeditor import cli\n"
            "sys.argv = ['cjeditor', 'templates']\n"
            "assert cli.run() == 0\n"
            "print(gc.get_freeze_count())\n"
            "gc.unfreeze()\n"
            "cli.main = lambda: 0\n"
            "sys.argv = ['cjeditor', 'map.cjmap']\n"
            "assert cli.run() == 0\n"
            "print(gc.get_freeze_count())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    frozen_after_command, frozen_after_gui = map(int, out.split()[-2:])
    assert frozen_after_command > 1000
    assert frozen_after_gui == 0
