"""A non-editable `pip install .` works from any folder, resources included."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import io
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
    assert (target / "cjeditor" / "resources" / "desktop" / "cjeditor.desktop").is_file()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONSAFEPATH="1",
               XDG_DATA_HOME=str(tmp_path / "data"))
    code = (
        "import cjeditor, sys\n"
        f"assert cjeditor.__file__.startswith({str(target)!r}), cjeditor.__file__\n"
        "from cjeditor.cli import main\n"
        "assert main(['new', '--template', 'moments-of-truth', 'm.cjmap']) == 0\n"
        "assert main(['validate', 'm.cjmap']) == 0\n"
        "assert main(['schema']) == 0\n"
        "assert main(['validate', 'example.cjmap']) == 0\n"
        "assert main(['--install-desktop']) == 0\n"  # its files come from the wheel too
        "import importlib\n"
        f"for name in {subpackages()!r}:\n"
        f"    assert importlib.import_module(name).__file__.startswith({str(target)!r})\n"
    )
    shutil.copy(REPO / "resources" / "examples" / "zapatillas-running.cjmap",
                elsewhere / "example.cjmap")
    result = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr



# ---------------------------------------------------------------- PyInstaller spec
SPEC = REPO / "packaging" / "cjeditor.spec"


class _Recorder:
    """Stands in for one of PyInstaller's spec classes and records its arguments."""

    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure = self.scripts = self.binaries = self.datas = ()
        _Recorder.calls.append((type(self).__name__, args, kwargs))


def run_spec() -> dict[str, list[tuple[tuple, dict]]]:
    """Execute the spec as PyInstaller would, with its classes replaced by recorders."""
    _Recorder.calls = []
    names = {name: type(name, (_Recorder,), {})
             for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC), **names}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    calls: dict[str, list[tuple[tuple, dict]]] = {}
    for name, args, kwargs in _Recorder.calls:
        calls.setdefault(name, []).append((args, kwargs))
    return calls


def test_the_spec_bundles_every_resource():
    [(args, analysis)] = run_spec()["Analysis"]
    assert args[0] == [str(REPO / "cjeditor" / "__main__.py")]
    shipped = {Path(dest) / Path(source).name for source, dest in analysis["datas"]}
    for source, _dest in analysis["datas"]:
        assert Path(source).is_file(), source
    resources = REPO / "resources"
    needed = {
        Path("cjeditor/resources") / path.relative_to(resources)
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
        and path.suffix != ".ts"  # translation sources; the compiled .qm ship
    }
    assert needed <= shipped, sorted(map(str, needed - shipped))
    for folder in ("fonts", "icons", "templates", "translations"):
        assert any(p.parent == Path("cjeditor/resources", folder) for p in shipped), folder
    assert Path("cjeditor/resources/cjmap.schema.json") in shipped
    assert Path("cjeditor/resources/fonts/DejaVuSans.ttf") in shipped
    assert Path("cjeditor/resources/translations/cjeditor_es.qm") in shipped


def test_the_spec_builds_a_gui_and_a_console_program():
    calls = run_spec()
    programs = {kwargs["name"]: kwargs["console"] for _args, kwargs in calls["EXE"]}
    assert programs == {"cjeditor": False, "cjeditor-cli": True}
    [(_args, collect)] = calls["COLLECT"]
    assert collect["name"] == "cjeditor"


def qt_modules_imported() -> set[str]:
    """Every PySide6 module named in an import anywhere in cjeditor/."""
    found: set[str] = set()
    for path in (REPO / "cjeditor").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module == "PySide6":
                    found.update(f"PySide6.{alias.name}" for alias in node.names)
                elif node.module.startswith("PySide6."):
                    found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("PySide6."))
    return found


def test_only_pyside6_essentials_is_used_and_nothing_used_is_excluded():
    essentials = {
        "PySide6." + Path(str(file)).name.split(".")[0]
        for file in importlib.metadata.files("PySide6-Essentials") or []
        if str(file).startswith("PySide6/Qt") and str(file).endswith((".so", ".pyd"))
    }
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= essentials
    used = qt_modules_imported()
    assert used and used <= essentials, sorted(used - essentials)  # no PySide6-Addons
    [(_args, analysis)] = run_spec()["Analysis"]
    assert not used & set(analysis["excludes"]), sorted(used & set(analysis["excludes"]))
    assert {m for m in analysis["excludes"] if m.startswith("PySide6.")} <= essentials
    for module in analysis["hiddenimports"]:
        assert importlib.util.find_spec(module) is not None, module


def test_the_spec_registers_cjmap_in_the_macos_bundle(monkeypatch):
    assert "BUNDLE" not in run_spec()  # Linux and Windows: the one-folder bundle only
    monkeypatch.setattr(sys, "platform", "darwin")
    [(args, bundle)] = run_spec()["BUNDLE"]
    assert bundle["name"] == "cjeditor.app"
    plist = bundle["info_plist"]
    [document] = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["cjmap"]
    assert document["CFBundleTypeRole"] == "Editor"
    [uti] = document["LSItemContentTypes"]
    [declared] = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == uti
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["cjmap"]
    assert "public.json" in declared["UTTypeConformsTo"]
    from cjeditor import __version__

    assert plist["CFBundleShortVersionString"] == __version__


def test_the_spec_ships_the_desktop_files_and_no_type_checker():
    [(_args, analysis)] = run_spec()["Analysis"]
    shipped = {Path(dest) / Path(source).name for source, dest in analysis["datas"]}
    assert Path("cjeditor/resources/desktop/cjeditor.desktop") in shipped
    assert Path("cjeditor/resources/desktop/cjeditor-mime.xml") in shipped
    assert "mypy" in analysis["excludes"]


def test_the_programs_and_the_macos_bundle_carry_the_application_icon(monkeypatch):
    """Windows programs get an .ico and cjeditor.app an .icns, both drawn from the one
    SVG at every size the systems ask for; Linux programs have none (PyInstaller ignores
    them there; --install-desktop installs the icons)."""
    from PIL import Image

    from cjeditor.app.desktop_install import icon_png

    assert {kwargs["icon"] for _args, kwargs in run_spec()["EXE"]} == {None}
    monkeypatch.setattr(sys, "platform", "win32")
    [ico] = {kwargs["icon"] for _args, kwargs in run_spec()["EXE"]}
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(image.info["sizes"])
        image.size = (256, 256)
        big = image.convert("RGBA")
    # the SVG's drawing, not an empty square: its blue fills most of it
    assert big.tobytes() == Image.open(io.BytesIO(icon_png(256))).convert("RGBA").tobytes()
    assert big.getpixel((128, 20))[2] > 150 and big.getpixel((128, 20))[3] == 255
    monkeypatch.setattr(sys, "platform", "darwin")
    calls = run_spec()
    [(_args, bundle)] = calls["BUNDLE"]
    with Image.open(bundle["icon"]) as image:
        assert image.format == "ICNS"
        assert {(16, 16, 2), (128, 128, 1), (512, 512, 2)} <= set(image.info["sizes"])
