"""Layer rules that import-linter cannot express (the rest is in pyproject.toml).

import-linter forbids modules, not names inside them: QSettings lives in PySide6.QtCore,
which canvas/, commands/ and document/ rightly import, so "only app/ touches settings"
is checked here on the syntax tree.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cjeditor"
SETTINGS_NAMES = {"QSettings"}


def names_used(path: Path) -> set[str]:
    """Every bare name, attribute and imported name in one module."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            found.update(alias.name.rsplit(".", 1)[-1] for alias in node.names)
    return found


def test_only_app_uses_qsettings():
    offenders = sorted(
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "app" not in path.relative_to(PACKAGE).parts[:1]
        and names_used(path) & SETTINGS_NAMES
    )
    assert not offenders, f"QSettings outside cjeditor/app/: {offenders}"


def test_the_check_sees_qsettings(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("from PySide6 import QtCore\ns = QtCore.QSettings()\n", encoding="utf-8")
    assert "QSettings" in names_used(module)
    module.write_text("from PySide6.QtCore import QSettings as S\n", encoding="utf-8")
    assert "QSettings" in names_used(module)
