"""Performance table: `make bench` (or `python tests/benchmarks/run.py [options]`).

Prints median times at 300, 3,000 and 20,000 cards, the targets of the issues
and, below the table, ratio rows (the A0 poster against the bare-reportlab
floor). Exits 1 when any row misses its target, so a regression is noticed.

`--cpu` times the in-process rows in CPU time, which other programs on a busy
machine disturb far less than wall time. `--target NAME@CARDS=VALUE` overrides one
target (seconds, MB or a ratio), e.g. to check that a tightened target fails:
`run.py --only editor --target "edit: retitle@3000=0.0001"`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchclock  # noqa: E402
from genmap import make_map  # noqa: E402

from cjeditor import fileio  # noqa: E402

SIZES = (300, 3_000, 20_000)
EDITOR_SIZES = (3_000, 20_000)
EDITS = ("edit: retitle", "edit: add card", "edit: move to another cell",
         "edit: emotion score", "edit: delete card", "edit: undo")

# name -> {cards: target}; seconds, or MB for rows whose name says "(MB)".
TARGETS: dict[str, dict[int, float]] = {
    "load+validate": {3_000: 0.060},
    "save": {3_000: 0.080},
    "cjeditor validate (process)": {3_000: 0.4},
    "cjeditor export A0 PDF (process)": {3_000: 0.7, 20_000: 3.0},
    "cjeditor export A1 tiled on A4 (process)": {3_000: 3.0},
    "cjeditor export PNG 150 dpi (process)": {3_000: 3.0},
    "cjeditor export A0 PDF peak memory (MB)": {3_000: 300},
    "cjeditor export PNG 150 dpi peak memory (MB)": {3_000: 1_000},
    **{name: {3_000: 0.016, 20_000: 0.050} for name in EDITS},
    "drag: mouse-move + repaint": {3_000: 0.008, 20_000: 0.016},
    "open file to interactive window": {3_000: 0.300, 20_000: 1.5},
    "scroll one screen at 100 % (painted)": {3_000: 0.016, 20_000: 0.016},
    "zoom to fit (painted)": {3_000: 0.050, 20_000: 0.150},
    "editor resident memory (MB)": {3_000: 300, 20_000: 800},
}
# (name, numerator row, denominator row, cards, target ratio)
RATIOS = [("A0 poster in process / floor", "export PDF A0 (in process)",
           "floor: boxes + titles, bare reportlab, A0", 3_000, 4.0)]

Table = dict[str, dict[int, float]]


def median_time(action: Callable[[], object], runs: int, clock: Callable[[], float] | None = None
                ) -> float:
    now = clock or (lambda: benchclock.now())
    times = []
    for _ in range(runs):
        start = now()
        action()
        times.append(now() - start)
    return statistics.median(times)


def map_file(folder: Path, cards: int) -> Path:
    path = folder / f"map-{cards}.cjmap"
    if not path.exists():
        fileio.save(make_map(cards), path)
    return path


def core_rows(cards: int, folder: Path, runs: int) -> list[tuple[str, float]]:
    path = map_file(folder, cards)
    doc = fileio.load(path)
    command = [sys.executable, "-m", "cjeditor", "validate", str(path)]
    return [
        ("load+validate", median_time(lambda: fileio.load(path), runs)),
        ("save", median_time(lambda: fileio.save(doc, path), runs)),
        ("cjeditor validate (process)",
         median_time(lambda: subprocess.run(command, check=True, capture_output=True),
                     max(3, runs // 3), time.perf_counter)),
        ("file size (MB)", path.stat().st_size / 1e6),
    ]


def run_process(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed with {os.waitstatus_to_exitcode(status)}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def export_process_rows(folder: Path, cards: int, runs: int) -> list[tuple[str, float]]:
    """`cjeditor export` as whole processes, with their peak memory."""
    path = map_file(folder, cards)
    jobs = [("A0 PDF", ".pdf", ["--paper", "A0"])]
    if cards <= 3_000:
        jobs += [("A1 tiled on A4", ".pdf", ["--tile", "A4"]),
                 ("PNG 150 dpi", ".png", ["--dpi", "150"])]
    rows = []
    for name, suffix, extra in jobs:
        out = folder / f"out-{cards}{suffix}"
        command = [sys.executable, "-m", "cjeditor", "export", str(path), "-o", str(out), *extra]
        try:
            results = [run_process(command) for _ in range(runs)]
        except RuntimeError as exc:
            print(f"  {exc}", file=sys.stderr)
            continue
        rows.append((f"cjeditor export {name} (process)", statistics.median(r[0] for r in results)))
        rows.append((f"cjeditor export {name} peak memory (MB)", max(r[1] for r in results)))
    return rows


def editor_section(folder: Path, sizes: tuple[int, ...], runs: int) -> Table:
    import bench_app
    import bench_editor

    table: Table = {}
    for cards in sizes:
        path = map_file(folder, cards)
        rows = [*bench_editor.editor_rows(fileio.load(path), runs),
                *bench_app.open_rows(path, max(3, runs // 2)),
                ("editor resident memory (MB)", bench_app.resident_mb(path))]
        for name, value in rows:
            table.setdefault(name, {})[cards] = value
    return table


def export_section(folder: Path, runs: int) -> Table:
    """In-process layout and export rows at 3,000 cards, plus other areas' bench_*.py."""
    import importlib

    table: Table = {}
    doc_3000 = fileio.load(map_file(folder, 3_000))
    for area in sorted(p.stem for p in HERE.glob("bench_*.py")):
        module = importlib.import_module(area)
        if not hasattr(module, "rows"):
            continue
        try:
            rows = module.rows(doc_3000)
        except Exception as exc:  # noqa: BLE001 - one broken area must not hide the others
            print(f"  {area}: {type(exc).__name__}: {exc}", file=sys.stderr)
            table.setdefault(f"{area} (failed)", {})[3_000] = float("inf")
            continue
        for name, value in rows:
            table.setdefault(name, {})[3_000] = value
    for cards in (3_000, 20_000):
        for name, value in export_process_rows(folder, cards, max(3, runs // 3)):
            table.setdefault(name, {})[cards] = value
    return table


def _fmt(name: str, value: float) -> str:
    return f"{value:>9.1f}   " if "(MB)" in name else f"{value * 1000:>9.1f} ms"


def verdicts(table: Table) -> list[str]:
    """Names of the rows (and ratio rows) that miss a target."""
    missed = [f"{name}@{n:,}" for name, targets in TARGETS.items() for n, target in
              targets.items() if n in table.get(name, {}) and table[name][n] > target]
    missed += [name for name in table if name.endswith("(failed)")]
    for name, top, bottom, n, target in RATIOS:
        if n in table.get(top, {}) and n in table.get(bottom, {}) and \
                table[top][n] / table[bottom][n] > target:
            missed.append(name)
    return missed


def print_table(table: Table) -> None:
    print(f"{'benchmark (median)':<46}" + "".join(f"{n:>12,}" for n in SIZES)
          + "   targets")
    for name, values in table.items():
        cells = "".join(_fmt(name, values[n]) if n in values else f"{'':>12}" for n in SIZES)
        marks = []
        for n, target in TARGETS.get(name, {}).items():
            if n in values:
                shown = f"{target:g} MB" if "(MB)" in name else f"{target * 1000:g} ms"
                verdict = "ok" if values[n] <= target else "MISSED"
                marks.append(f"{shown}@{n // 1000}k {verdict}")
        print(f"{name:<46}{cells}   {'; '.join(marks)}")
    for name, top, bottom, n, target in RATIOS:
        if n in table.get(top, {}) and n in table.get(bottom, {}):
            ratio = table[top][n] / table[bottom][n]
            verdict = "ok" if ratio <= target else "MISSED"
            print(f"ratio: {name:<39}{ratio:>20.1f}x   <= {target:g}x {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--cpu", action="store_true",
                        help="in-process rows in this process's CPU time (a shared machine)")
    parser.add_argument("--only", choices=("core", "export", "editor"), action="append",
                        help="run only these sections (repeatable)")
    parser.add_argument("--target", action="append", default=[], metavar="NAME@CARDS=VALUE",
                        help="override one target, e.g. 'edit: undo@3000=0.001'")
    args = parser.parse_args(argv)
    for spec in args.target:
        key, value = spec.rsplit("=", 1)
        name, cards = key.rsplit("@", 1)
        TARGETS.setdefault(name, {})[int(cards)] = float(value)
    runs = 5 if args.quick else 15
    if args.cpu:
        import benchclock

        benchclock.use_cpu_time()
        print("in-process rows in CPU time; process rows in wall time")
    sections = set(args.only or ("core", "export", "editor"))
    table: Table = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if "core" in sections:
            for cards in SIZES:
                for name, value in core_rows(cards, folder, runs):
                    table.setdefault(name, {})[cards] = value
        if "export" in sections:
            for name, values in export_section(folder, runs).items():
                table.setdefault(name, {}).update(values)
        if "editor" in sections:
            for name, values in editor_section(folder, EDITOR_SIZES, max(5, runs // 2)).items():
                table.setdefault(name, {}).update(values)
    print_table(table)
    missed = verdicts(table)
    if missed:
        print(f"\n{len(missed)} target(s) missed: " + ", ".join(missed))
        return 1
    print("\nevery target met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
