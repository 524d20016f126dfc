"""The PyInstaller bundle (build/dist/cjeditor, `make bundle`) starts and works.

Slow: building the bundle takes about a minute of CPU (under two minutes of wall time
even on a loaded two-core machine; figures in packaging/README.md), so `make test` (CI
included) leaves it out unless asked for: `make test-slow`, `CJEDITOR_SLOW=1` or
`pytest -m slow`. A bundle older than the
sources is rebuilt first (`make bundle`); a current one is reused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DIST = REPO / "build" / "dist" / "cjeditor"
GUI = DIST / "cjeditor"
CLI = DIST / "cjeditor-cli"
EXAMPLE = REPO / "resources" / "examples" / "zapatillas-running.cjmap"
# What the offscreen platform may say on stderr: it has no window system to tell about
# size hints or raising (pyproject's qt_log_ignore lists the same two).
ALLOWED_STDERR = ("This plugin does not support propagateSizeHints()",
                  "This plugin does not support raise()")

pytestmark = pytest.mark.slow


def asked_for(config: pytest.Config) -> bool:
    """With CJEDITOR_SLOW=1 (`make test-slow`) or when -m selects slow tests. Not on CI:
    building the bundle takes 1.5-2.5 minutes of CI's two cores, which would leave the
    suite too little room under its 10 minutes."""
    expression = (config.option.markexpr or "").replace(" ", "")
    if "notslow" in expression:
        return False
    return os.environ.get("CJEDITOR_SLOW") == "1" or "slow" in expression


def sources() -> list[Path]:
    """What the bundle is made from."""
    found = [REPO / "packaging" / "cjeditor.spec", REPO / "pyproject.toml"]
    for folder in (REPO / "cjeditor", REPO / "resources"):
        found += [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return found


def bundle_is_current() -> bool:
    if not (GUI.is_file() and CLI.is_file()):
        return False
    built = min(GUI.stat().st_mtime, CLI.stat().st_mtime)
    return all(path.stat().st_mtime <= built for path in sources())


@pytest.fixture(scope="module")
def bundle(request) -> Path:
    if not asked_for(request.config):
        pytest.skip("the bundle test is slow: make test-slow, CJEDITOR_SLOW=1 or -m slow")
    if sys.platform != "linux":
        pytest.skip("the bundle test runs the Linux build")
    if not bundle_is_current():
        started = time.monotonic()
        build = subprocess.run(["make", "bundle"], cwd=REPO, capture_output=True, text=True,
                               timeout=1800)
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        print(f"\nbundle built in {time.monotonic() - started:.0f} s")
        assert GUI.is_file() and CLI.is_file()
    return DIST


def environment(home: Path, **extra: str) -> dict[str, str]:
    """A clean start: a fresh home and XDG folders, no Python of the test's own."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "PYTEST"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen",
               LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.update(extra)
    return env


def unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(allowed in line for allowed in ALLOWED_STDERR)]


def test_the_bundle_carries_what_it_needs(bundle):
    internal = bundle / "_internal"
    resources = internal / "cjeditor" / "resources"
    for name in ("cjmap.schema.json", "fonts/DejaVuSans.ttf", "translations/cjeditor_es.qm",
                 "templates/moments-of-truth.json", "desktop/cjeditor.desktop",
                 "examples/zapatillas-running.cjmap", "icons/cjeditor.svg"):
        assert (resources / name).is_file(), name
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for name in ("platforms/libqoffscreen.so", "platforms/libqxcb.so",
                 "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert (plugins / name).is_file(), name
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_es.qm").is_file()
    assert not (internal / "mypy").exists()


def test_the_bundle_exports_the_example_to_pdf(bundle, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "póster.pdf"
    result = subprocess.run([str(CLI), "export", str(EXAMPLE), "-o", str(out), "--paper", "A2"],
                            env=environment(tmp_path / "home"), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Compra online de zapatillas de running" in text
    assert "Concienciación" in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - 594) < 1  # A2 landscape


def test_the_bundle_opens_a_window_for_three_seconds(bundle, tmp_path):
    home = tmp_path / "home"
    started = time.monotonic()
    result = subprocess.run([str(GUI), str(EXAMPLE), "--lang", "es"],
                            env=environment(home, CJEDITOR_QUIT_AFTER_MS="3000"),
                            capture_output=True, text=True, timeout=300)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert elapsed >= 3.0
    assert unexpected(result.stderr) == [], result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_the_bundle_starts_quickly(bundle, tmp_path):
    """Start-up to the first window (then quit at once), and the command line's start."""
    times = []
    for _ in range(3):
        started = time.monotonic()
        result = subprocess.run([str(GUI), str(EXAMPLE)],
                                env=environment(tmp_path / "home", CJEDITOR_QUIT_AFTER_MS="0"),
                                capture_output=True, text=True, timeout=300)
        times.append(time.monotonic() - started)
        assert result.returncode == 0, result.stderr
    started = time.monotonic()
    version = subprocess.run([str(CLI), "--version"], env=environment(tmp_path / "home"),
                             capture_output=True, text=True, timeout=120)
    cli_time = time.monotonic() - started
    assert version.returncode == 0 and version.stdout.startswith("cjeditor ")
    print(f"\nbundle start to first window and quit: best {min(times):.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in times)}); cjeditor-cli --version "
          f"{cli_time:.2f} s; size {du(bundle)}")
    assert min(times) < 15.0


def du(path: Path) -> str:
    tool = shutil.which("du")
    if tool is None:
        return "?"
    return subprocess.run([tool, "-sh", str(path)], capture_output=True, text=True,
                          check=False).stdout.split("\t")[0]


def test_the_bundle_installs_its_own_launcher(bundle, tmp_path):
    home = tmp_path / "home"
    env = environment(home)
    result = subprocess.run([str(CLI), "--install-desktop"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = Path(env["XDG_DATA_HOME"])
    entry = (data / "applications" / "cjeditor.desktop").read_text(encoding="utf-8")
    assert f"\nExec={GUI} %f\n" in entry  # the windowed program beside cjeditor-cli
    png = data / "icons" / "hicolor" / "256x256" / "apps" / "cjeditor.png"
    assert png.read_bytes()[:4] == b"\x89PNG"  # drawn by the bundle's own SVG plugin
    result = subprocess.run([str(CLI), "--uninstall-desktop"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not [p for p in data.rglob("*") if p.is_file()]
