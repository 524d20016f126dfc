"""The cjeditor program sets its process up; `main`, which tests call, does not."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from cjeditor import cli


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)
    gc.unfreeze()


@pytest.mark.parametrize(("argv", "expected"), [
    (["cjeditor"], cli.GC_THRESHOLDS),  # the editor
    (["cjeditor", "map.cjmap"], cli.GC_THRESHOLDS),
    (["cjeditor", "export", "map.cjmap", "-o", "map.pdf"], cli.COMMAND_GC_THRESHOLDS),
])
def test_the_program_collects_young_objects_less_often(monkeypatch, thresholds, argv,
                                                       expected):
    seen = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.get_threshold()) or 0)
    monkeypatch.setattr(sys, "argv", argv)
    assert cli.run() == 0
    assert seen == [expected]  # set before the command runs
    assert cli.GC_THRESHOLDS[0] > 700  # CPython's default: a young collection every 700
    assert cli.COMMAND_GC_THRESHOLDS[0] >= 20 * cli.GC_THRESHOLDS[0]


def test_main_leaves_the_process_collector_alone(thresholds, capsys):
    assert cli.main(["templates"]) == 0
    assert gc.get_threshold() == thresholds


def _python(*lines: str) -> str:
    """What a fresh Python prints running `lines`."""
    return subprocess.run([sys.executable, "-c", "\n".join(lines)], capture_output=True,
                          text=True, check=True).stdout


def test_python_m_cjeditor_is_the_program():
    out = _python("import gc, runpy, sys",
                  "sys.argv = ['cjeditor', 'templates']",
                  "try:",
                  "    runpy.run_module('cjeditor', run_name='__main__')",
                  "except SystemExit as exc:",
                  "    assert exc.code == 0, exc.code",
                  "print(gc.get_threshold())")
    assert out.strip().splitlines()[-1] == str(cli.COMMAND_GC_THRESHOLDS)


def test_after_a_headless_command_what_is_left_is_frozen_for_the_exit():
    """The program's exit does not walk the objects a command left (gc.freeze);
    a GUI start is left to Qt's own teardown."""
    out = _python("import gc, sys",
                  "from cjeditor import cli",
                  "sys.argv = ['cjeditor', 'templates']",
                  "assert cli.run() == 0",
                  "print(gc.get_freeze_count())",
                  "gc.unfreeze()",
                  "cli.main = lambda: 0",
                  "sys.argv = ['cjeditor', 'map.cjmap']",
                  "assert cli.run() == 0",
                  "print(gc.get_freeze_count())")
    frozen_after_command, frozen_after_gui = map(int, out.split()[-2:])
    assert frozen_after_command > 1000
    assert frozen_after_gui == 0


def test_a_command_makes_no_garbage_cycles_that_grow_with_the_map(tmp_path):
    """Why a command may collect so rarely (cli.COMMAND_GC_THRESHOLDS): with the
    collector off, exporting a map ten times larger leaves no more unreachable
    objects (what there is comes from imports, once)."""
    code = ("import gc, sys\n"
            "sys.path.insert(0, sys.argv[1])\n"
            "from cj_testmaps import big_map\n"
            "from cjeditor import fileio\n"
            "from cjeditor.export import ExportOptions, export_map\n"
            "out = sys.argv[2]\n"
            "for n in (60, 60, 600):\n"
            "    doc = big_map(n, stages=6, lanes=10)\n"
            "    fileio.save(doc, out + '/map.cjmap')\n"
            "    gc.collect(); gc.disable()\n"
            "    doc = fileio.load(out + '/map.cjmap')\n"
            "    for suffix in ('.pdf', '.svg'):\n"
            "        export_map(doc, __import__('pathlib').Path(out + '/map' + suffix),\n"
            "                   ExportOptions(paper='A3'))\n"
            "    del doc\n"
            "    print(gc.collect())\n"
            "    gc.enable()\n")
    layout_tests = str(Path(__file__).resolve().parent / "layout")
    out = subprocess.run([sys.executable, "-c", code, layout_tests, str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    first, small, large = map(int, out.split()[-3:])
    assert large <= small + 50, (first, small, large)


def test_the_program_and_the_editor_collect_alike():
    """cli.run sets the editor's policy before Qt and app/ are loaded (headless commands
    load neither), so it keeps its own copy of app/collector.THRESHOLDS: the same."""
    from cjeditor.app import collector

    assert cli.GC_THRESHOLDS == collector.THRESHOLDS
