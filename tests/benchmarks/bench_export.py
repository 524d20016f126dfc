"""Benchmark rows for layout and export (imported by run.py)."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

from cjeditor.export.options import ExportOptions
from cjeditor.export.pdf import write_pdf
from cjeditor.export.svg import write_svg
from cjeditor.layout import ReportlabMetrics, compute_layout
from cjeditor.model import JourneyMap


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def rows(doc_3000: JourneyMap) -> list[tuple[str, float]]:
    """(name, seconds) at 3,000 cards: layout (warm and cold text caches), PDF
    posters in memory, SVG."""

    def pdf(options: ExportOptions) -> Callable[[], object]:
        return lambda: write_pdf(doc_3000, io.BytesIO(), options)

    compute_layout(doc_3000)  # fonts loaded once, as in a running editor
    return [
        ("layout (warm text cache)", _median(lambda: compute_layout(doc_3000), 9)),
        ("layout (cold text cache)",
         _median(lambda: compute_layout(doc_3000, ReportlabMetrics()), 5)),
        ("export PDF A0", _median(pdf(ExportOptions(paper="A0")), 3)),
        ("export PDF A1 tiled on A4", _median(pdf(ExportOptions(paper="A1", tile="A4")), 3)),
        ("export SVG", _median(lambda: write_svg(doc_3000, io.BytesIO(), ExportOptions()), 3)),
    ]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from genmap import make_map

    for name, seconds in rows(make_map(3_000)):
        print(f"{name:<32}{seconds * 1000:>9.1f} ms")
