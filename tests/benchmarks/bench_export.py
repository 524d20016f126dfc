"""Benchmark rows for layout and export, in process (imported by run.py).

The "floor" row is what reportlab alone costs for the poster's bulk: the same
number of boxes, each with its title, on one A0 page in memory. The poster is
reported as a ratio to it, so a slower machine does not hide a slower poster.
"""

from __future__ import annotations

import io
import statistics
from collections.abc import Callable

import benchclock
from reportlab.lib.pagesizes import A0
from reportlab.pdfgen.canvas import Canvas

from cjeditor.export.options import ExportOptions
from cjeditor.export.pdf import write_pdf
from cjeditor.export.svg import write_svg
from cjeditor.layout import ReportlabMetrics, compute_layout
from cjeditor.model import JourneyMap

FLOOR = "floor: boxes + titles, bare reportlab, A0"
POSTER = "export PDF A0 (in process)"


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = benchclock.now()
        action()
        times.append(benchclock.now() - start)
    return statistics.median(times)


def floor_pdf(titles: list[str]) -> bytes:
    """One box and its title per card on an A0 page: the least a poster can cost."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A0)
    canvas.setFont("Helvetica", 4)
    columns = 60
    for i, title in enumerate(titles):
        x, y = 20 + (i % columns) * 39, 40 + (i // columns) * 60
        canvas.rect(x, y, 36, 24, stroke=1, fill=0)
        canvas.drawString(x + 2, y + 18, title[:30])
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def rows(doc_3000: JourneyMap) -> list[tuple[str, float]]:
    """(name, seconds) at 3,000 cards: layout (warm and cold text caches), the floor,
    PDF posters in memory, SVG."""

    def pdf(options: ExportOptions) -> Callable[[], object]:
        return lambda: write_pdf(doc_3000, io.BytesIO(), options)

    titles = [card.title for card in doc_3000.all_cards()]
    compute_layout(doc_3000)  # fonts loaded once, as in a running editor
    return [
        ("layout (warm text cache)", _median(lambda: compute_layout(doc_3000), 9)),
        ("layout (cold text cache)",
         _median(lambda: compute_layout(doc_3000, ReportlabMetrics()), 5)),
        (FLOOR, _median(lambda: floor_pdf(titles), 5)),
        (POSTER, _median(pdf(ExportOptions(paper="A0")), 5)),
        ("export PDF A1 tiled on A4", _median(pdf(ExportOptions(paper="A1", tile="A4")), 3)),
        ("export SVG", _median(lambda: write_svg(doc_3000, io.BytesIO(), ExportOptions()), 3)),
    ]


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from genmap import make_map

    for name, seconds in rows(make_map(3_000)):
        print(f"{name:<44}{seconds * 1000:>9.1f} ms")
