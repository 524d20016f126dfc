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
TARGETS = {  # issue targets at 3,000 cards, seconds
    "load+validate": 0.060,
    "save": 0.080,
    "cjeditor validate (process)": 0.4,
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
    doc_3000 = make_map(3_000)
    for area in sorted(p.stem for p in HERE.glob("bench_*.py")):
        module = importlib.import_module(area)
        for name, value in module.rows(doc_3000):
            table.setdefault(name, {})[3_000] = value
    print(f"{'benchmark (median)':<40}" + "".join(f"{n:>12,}" for n in SIZES)
          + f"{'target@3000':>14}")
    for name, values in table.items():
        unit = "" if "(MB)" in name else " ms"
        scale = 1 if "(MB)" in name else 1000
        cells = "".join(
            f"{values[n] * scale:>9.1f}{unit:<3}" if n in values else f"{'':>12}" for n in SIZES
        )
        target = TARGETS.get(name)
        mark = ""
        if target is not None and 3_000 in values:
            mark = f"{target * 1000:>8.0f} ms " + ("ok" if values[3_000] <= target else "SLOW")
        print(f"{name:<40}{cells}{mark:>14}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
