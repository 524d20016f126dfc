"""Performance table: `make bench` (or `python tests/benchmarks/run.py [--quick]`).

Prints median times over several runs. Other areas add rows through a module
`bench_<area>.py` here with a function `rows(doc_3000) -> [(name, seconds)]`.
"""

from __future__ import annotations

import argparse
import importlib
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

from genmap import make_map  # noqa: E402

from cjeditor import fileio  # noqa: E402

SIZES = (300, 3_000, 20_000)
MEMORY_TARGET_MB = 300
TARGETS = {  # issue targets at 3,000 cards, seconds
    "load+validate": 0.060,
    "save": 0.080,
    "cjeditor validate (process)": 0.4,
    "cjeditor export A0 PDF (process)": 1.5,
    "cjeditor export A1 tiled on A4 (process)": 3.0,
    "editor: open 3,000-card file to window": 1.0,
    "editor: open 3,000-card file, first (cold)": 1.0,
    "editor: drag mouse-move handler": 0.008,
    "editor: zoom_to_fit (painted)": 0.1,
}


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def core_rows(cards: int, folder: Path, runs: int) -> list[tuple[str, float]]:
    doc = make_map(cards)
    path = folder / f"map-{cards}.cjmap"
    fileio.save(doc, path)
    command = [sys.executable, "-m", "cjeditor", "validate", str(path)]
    return [
        ("load+validate", median_time(lambda: fileio.load(path), runs)),
        ("save", median_time(lambda: fileio.save(doc, path), runs)),
        ("cjeditor validate (process)",
         median_time(lambda: subprocess.run(command, check=True, capture_output=True),
                     max(3, runs // 3))),
        ("file size (MB)", path.stat().st_size / 1e6),
    ]


def run_process(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{command} failed with {proc.returncode}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def export_process_rows(folder: Path, runs: int) -> list[tuple[str, float]]:
    """`cjeditor export` of the 3,000-card map as whole processes (issue targets)."""
    path = folder / "map-3000.cjmap"
    rows = []
    for name, extra in (("A0 PDF", ["--paper", "A0"]), ("A1 tiled on A4", ["--tile", "A4"])):
        out = folder / f"out-{len(rows)}.pdf"
        command = [sys.executable, "-m", "cjeditor", "export", str(path), "-o", str(out), *extra]
        results = [run_process(command) for _ in range(runs)]
        rows.append((f"cjeditor export {name} (process)",
                     statistics.median(r[0] for r in results)))
        rows.append((f"cjeditor export {name} peak memory (MB)", max(r[1] for r in results)))
    return rows


def _verdict(name: str, value: float | None) -> str:
    """The issue's target at 3,000 cards and whether it is met."""
    if value is None:
        return ""
    if "peak memory" in name:
        return f"{MEMORY_TARGET_MB} MB " + ("ok" if value <= MEMORY_TARGET_MB else "HIGH")
    target = TARGETS.get(name)
    if target is None:
        return ""
    return f"{target * 1000:.0f} ms " + ("ok" if value <= target else "SLOW")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    args = parser.parse_args()
    runs = 5 if args.quick else 15
    table: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for cards in SIZES:
            for name, value in core_rows(cards, Path(tmp), runs):
                table.setdefault(name, {})[cards] = value
        for name, value in export_process_rows(Path(tmp), max(3, runs // 3)):
            table.setdefault(name, {})[3_000] = value
    doc_3000 = make_map(3_000)
    for area in sorted(p.stem for p in HERE.glob("bench_*.py")):
        module = importlib.import_module(area)
        for name, value in module.rows(doc_3000):
            table.setdefault(name, {})[3_000] = value
    print(f"{'benchmark (median)':<46}" + "".join(f"{n:>12,}" for n in SIZES)
          + f"{'target@3000':>16}")
    for name, values in table.items():
        in_mb = "(MB)" in name
        cells = "".join(
            (f"{values[n]:>9.1f}   " if in_mb else f"{values[n] * 1000:>9.1f} ms")
            if n in values else f"{'':>12}"
            for n in SIZES
        )
        print(f"{name:<46}{cells}{_verdict(name, values.get(3_000)):>16}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
