"""`cjeditor --install-desktop` / `--uninstall-desktop`: the editor in the Linux desktop.

For the current user, under the XDG data home (`$XDG_DATA_HOME`, else
`~/.local/share`), install what makes double-clicking a `.cjmap` open this
installation of cjeditor (freedesktop.org specifications):

- `applications/cjeditor.desktop`: the launcher, from resources/desktop/, its Exec
  line pointing at this installation (`python -m cjeditor`, or the bundle's program);
- `mime/packages/cjeditor.xml`: the `application/x-cjmap` type (glob `*.cjmap`);
- `icons/hicolor/<N>x<N>/apps/cjeditor.png` (drawn from the SVG) and
  `icons/hicolor/scalable/apps/cjeditor.svg`.

Then update-mime-database, update-desktop-database and gtk-update-icon-cache run
where they are installed (their absence is said, never an error). What was written,
and which folders were created for it, is recorded in `cjeditor/desktop-install.json`
under the data home, so uninstalling removes exactly that (and the folders it made,
once empty but for the caches those tools generate).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.resources import files
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
APP_ID = "cjeditor"
MIME_TYPE = "application/x-cjmap"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MANIFEST = Path(APP_ID) / "desktop-install.json"
# Files the desktop's tools generate in the folders we use: deleting them with a folder
# we created loses nothing (they are rebuilt from what is installed).
GENERATED = {
    Path("applications"): {"mimeinfo.cache"},
    Path("icons") / "hicolor": {"icon-theme.cache"},
}
TOOLS = (
    ("update-mime-database", "mime"),
    ("update-desktop-database", "applications"),
    ("gtk-update-icon-cache", "icons/hicolor"),
)


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if set to an absolute path (the spec ignores a relative one),
    else ~/.local/share."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def _resource(*parts: str) -> bytes:
    return files("cjeditor.resources").joinpath(*parts).read_bytes()


# ------------------------------------------------------------------ the launcher
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry
    specification asks (then escaped once more as a string value)."""
    text = argument.replace("%", "%%")
    if any(ch in _RESERVED for ch in argument):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
        text = f'"{inner}"'
    return text.replace("\\", "\\\\")  # the string value's own escape


def launch_command() -> list[str]:
    """How to start this installation of the editor."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: its windowed program
        program = Path(sys.executable)
        gui = program.with_name(APP_ID)
        return [str(gui if gui.is_file() else program)]
    return [sys.executable, "-m", APP_ID]


def desktop_entry(command: Sequence[str]) -> str:
    """resources/desktop/cjeditor.desktop with its Exec line for `command`."""
    lines = _resource("desktop", "cjeditor.desktop").decode("utf-8").splitlines()
    exec_line = "Exec=" + " ".join(exec_quote(part) for part in command) + " %f"
    out = [exec_line if line.startswith("Exec=") else line for line in lines]
    if exec_line not in out:
        raise ValueError("resources/desktop/cjeditor.desktop has no Exec line")
    return "\n".join(out) + "\n"


# -------------------------------------------------------------------- the icons
def icon_png(size: int) -> bytes:
    """The application icon drawn at `size` pixels (Qt's SVG image reader)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QImageReader, QImageWriter

    svg = QByteArray(_resource("icons", f"{APP_ID}.svg"))
    source = QBuffer(svg)
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image: QImage = reader.read()
    if image.isNull():
        raise OSError(f"cannot draw the icon at {size} px: {reader.errorString()}")
    data = QByteArray()
    target = QBuffer(data)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(target, QByteArray(b"png")).write(image):
        raise OSError(f"cannot write the {size} px icon")
    return bytes(data.data())


# --------------------------------------------------------------------- the plan
@dataclass
class Report:
    """What was done, for the user."""

    lines: list[str] = field(default_factory=list)

    def say(self, text: str) -> None:
        self.lines.append(text)


def planned_files(command: Sequence[str]) -> dict[Path, Callable[[], bytes]]:
    """Each file to install (relative to the data home) and how to make its bytes."""
    plan: dict[Path, Callable[[], bytes]] = {
        Path("applications") / f"{APP_ID}.desktop":
            lambda: desktop_entry(command).encode("utf-8"),
        Path("mime") / "packages" / f"{APP_ID}.xml":
            lambda: _resource("desktop", "cjeditor-mime.xml"),
        Path("icons") / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            lambda: _resource("icons", f"{APP_ID}.svg"),
    }
    for size in ICON_SIZES:
        plan[Path("icons") / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = \
            partial(icon_png, size)
    return plan


def _write(path: Path, data: bytes) -> None:
    """Write completely or not at all (a temporary file beside it, then a rename)."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _make_dirs(root: Path, folder: Path, created: list[str]) -> None:
    """mkdir -p `root/folder`, recording (relative to root) each folder it made."""
    root.mkdir(parents=True, exist_ok=True)  # the data home itself is the user's, kept
    missing: list[Path] = []
    current = root / folder
    while not current.exists() and current != root:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=0o755)
        created.append(str(path.relative_to(root)))


def run_tools(root: Path, report: Report, runner: Callable[..., object] = subprocess.run,
              which: Callable[[str], str | None] = shutil.which) -> None:
    """Refresh the desktop's caches for `root`, with whichever tools are installed."""
    missing = []
    for tool, folder in TOOLS:
        path = which(tool)
        if path is None:
            missing.append(tool)
            continue
        target = root / folder
        if not target.is_dir():
            continue
        args = [path, "-f", "-t", str(target)] if tool == "gtk-update-icon-cache" \
            else [path, str(target)]
        try:
            runner(args, check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError) as error:
            report.say(f"{tool} failed ({error}); the desktop may need a new login to notice")
            continue
        report.say(f"Ran {tool} {target}")
    if missing:
        report.say("Not installed, skipped: " + ", ".join(missing))


# ------------------------------------------------------------- install/uninstall
def install(root: Path | None = None, command: Sequence[str] | None = None,
            runner: Callable[..., object] = subprocess.run,
            which: Callable[[str], str | None] = shutil.which) -> Report:
    """Install the launcher, the MIME type and the icons under `root` (OSError on failure)."""
    root = root if root is not None else data_home()
    command = list(command) if command is not None else launch_command()
    report = Report()
    previous = _read_manifest(root)
    created: list[str] = list(previous.get("created", [])) if previous else []
    plan = planned_files(command)
    contents = {relative: make() for relative, make in plan.items()}  # before any write
    written: list[str] = []
    for relative, data in contents.items():
        _make_dirs(root, relative.parent, created)
        _write(root / relative, data)
        written.append(str(relative))
    _make_dirs(root, MANIFEST.parent, created)
    manifest = {"files": written, "created": created, "command": command}
    _write(root / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    report.say(f"Installed for the current user under {root}:")
    report.say(f"  applications/{APP_ID}.desktop  (runs: {' '.join(command)} FILE)")
    report.say(f"  mime/packages/{APP_ID}.xml  ({MIME_TYPE}: *.cjmap)")
    report.say(f"  icons/hicolor/{{{','.join(f'{s}x{s}' for s in ICON_SIZES)},scalable}}"
               f"/apps/{APP_ID}.png|svg")
    run_tools(root, report, runner, which)
    return report


def uninstall(root: Path | None = None,
              runner: Callable[..., object] = subprocess.run,
              which: Callable[[str], str | None] = shutil.which) -> Report:
    """Remove what install put under `root` (by its record, else by the known names)."""
    root = root if root is not None else data_home()
    report = Report()
    manifest = _read_manifest(root)
    if manifest is not None:
        names = [str(n) for n in manifest.get("files", [])]
        created = [str(n) for n in manifest.get("created", [])]
    else:
        names = [str(p) for p in planned_files([APP_ID])]
        created = []
    removed = [name for name in names if _unlink(_inside(root, name))]
    _unlink(root / MANIFEST)
    if removed:
        report.say(f"Removed from {root}: " + ", ".join(removed))
    else:
        report.say(f"Nothing of cjeditor's was installed under {root}.")
    run_tools(root, report, runner, which)
    gone = []
    for name in sorted(created, key=lambda n: len(Path(n).parts), reverse=True):
        path = _inside(root, name)
        if path is not None and _remove_if_only_generated(root, path):
            gone.append(name)
    if gone:
        report.say("Removed the folders it had made, now empty: " + ", ".join(sorted(gone)))
    return report


def _unlink(path: Path | None) -> bool:
    if path is None or not (path.is_file() or path.is_symlink()):
        return False
    path.unlink()
    return True


def _inside(root: Path, name: str) -> Path | None:
    """`root/name` if it stays under root (a record is not trusted further)."""
    relative = Path(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    return root / relative


def _remove_if_only_generated(root: Path, path: Path) -> bool:
    """Remove a folder install made, if nothing is left in it but what the desktop's
    tools generate (or, for mime/, nothing left to generate from)."""
    if not path.is_dir() or path.is_symlink():
        return False
    relative = path.relative_to(root)
    if relative == Path("mime"):
        packages = path / "packages"
        if packages.exists() and any(packages.iterdir()):
            return False
        shutil.rmtree(path)  # the database of an empty packages/ folder
        return True
    allowed = GENERATED.get(relative, set())
    entries = list(path.iterdir())
    if any(entry.name not in allowed or not entry.is_file() for entry in entries):
        return False
    for entry in entries:
        entry.unlink()
    path.rmdir()
    return True


def _read_manifest(root: Path) -> dict[str, list[str]] | None:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {key: [str(v) for v in value] for key, value in data.items()
            if key in ("files", "created") and isinstance(value, list)}


# ----------------------------------------------------------------- the command
def main(uninstalling: bool, platform: str | None = None) -> int:
    """The two options of the `cjeditor` command; returns the exit status."""
    platform = sys.platform if platform is None else platform
    flag = "--uninstall-desktop" if uninstalling else "--install-desktop"
    if not platform.startswith("linux"):
        print(f"cjeditor: {flag} is for Linux desktops (freedesktop.org menus and file "
              f"types); on this system ({platform}) use the installer or the app bundle.",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        report = uninstall() if uninstalling else install()
    except OSError as error:
        print(f"cjeditor: {flag}: {error}", file=sys.stderr)
        return EXIT_FAILED
    for line in report.lines:
        print(line)
    return EXIT_OK
