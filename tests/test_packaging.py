"""A non-editable `pip install .` works from any folder, resources included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def subpackages() -> list[str]:
    """Every package under cjeditor/ that must ship in the wheel."""
    return sorted(
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "cjeditor").rglob("__init__.py")
        if "__pycache__" not in init.parts and "app" not in init.parts  # app needs Qt deps
    )


@pytest.mark.slow
def test_wheel_install_ships_resources(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "build", "*.egg-info", "__pycache__", "tests", ".hypothesis"))
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert install.returncode == 0, install.stderr
    assert (target / "cjeditor" / "resources" / "cjmap.schema.json").is_file()
    assert (target / "cjeditor" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1")
    code = (
        "import cjeditor, sys\n"
        f"assert cjeditor.__file__.startswith({str(target)!r}), cjeditor.__file__\n"
        "from cjeditor.cli import main\n"
        "assert main(['new', '--template', 'moments-of-truth', 'm.cjmap']) == 0\n"
        "assert main(['validate', 'm.cjmap']) == 0\n"
        "assert main(['schema']) == 0\n"
        "assert main(['validate', 'example.cjmap']) == 0\n"
        "import importlib\n"
        f"for name in {subpackages()!r}:\n"
        f"    assert importlib.import_module(name).__file__.startswith({str(target)!r})\n"
    )
    shutil.copy(REPO / "resources" / "examples" / "zapatillas-running.cjmap",
                elsewhere / "example.cjmap")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

