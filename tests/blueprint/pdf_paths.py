"""A small reader of a PDF page's vector drawing: every stroked and filled path with its
colour, in page coordinates (points, y up). Enough of the PDF imaging model for the
posters reportlab writes (q/Q/cm, m/l/c/re/h, S/f/B and their variants, RG/rg)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ContentStream


@dataclass
class Drawn:
    points: list[tuple[float, float]]  # the path's points (curves: their end points)
    closed: bool
    stroke: tuple[float, ...] | None  # RGB when stroked
    fill: tuple[float, ...] | None  # RGB when filled
    width: float
    dash: list[float] = field(default_factory=list)


def _mul(a, b):
    """Matrix product of two PDF matrices [a b c d e f] (a then b)."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def page_paths(path: str, page: int = 0) -> list[Drawn]:
    reader = PdfReader(path)
    pdf_page = reader.pages[page]
    content = ContentStream(pdf_page.get_contents(), reader)
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    state = {"ctm": ctm, "stroke": (0.0, 0.0, 0.0), "fill": (0.0, 0.0, 0.0), "width": 1.0,
             "dash": []}
    stack = []
    current: list[tuple[float, float]] = []
    subpaths: list[tuple[list[tuple[float, float]], bool]] = []
    out: list[Drawn] = []

    def point(x, y):
        m = state["ctm"]
        return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])

    def scale():
        m = state["ctm"]
        return (abs(m[0] * m[3] - m[1] * m[2])) ** 0.5

    def finish(stroke, fill, close=False):
        nonlocal current, subpaths
        if current:
            subpaths.append((current, close))
        for pts, closed in subpaths:
            out.append(Drawn(pts, closed or close, state["stroke"] if stroke else None,
                             state["fill"] if fill else None, state["width"] * scale(),
                             list(state["dash"])))
        current, subpaths = [], []

    for operands, op in content.operations:
        op = op.decode() if isinstance(op, bytes) else op
        nums = [float(v) for v in operands if isinstance(v, (int, float))] \
            if op not in ("d",) else []
        if op == "q":
            stack.append(dict(state, ctm=list(state["ctm"])))
        elif op == "Q":
            state = stack.pop()
        elif op == "cm":
            state["ctm"] = _mul(nums, state["ctm"])
        elif op == "RG":
            state["stroke"] = tuple(nums)
        elif op == "rg":
            state["fill"] = tuple(nums)
        elif op == "G":
            state["stroke"] = (nums[0],) * 3
        elif op == "g":
            state["fill"] = (nums[0],) * 3
        elif op == "w":
            state["width"] = nums[0]
        elif op == "d":
            state["dash"] = [float(v) for v in operands[0]]
        elif op == "m":
            if current:
                subpaths.append((current, False))
            current = [point(*nums)]
        elif op == "l":
            current.append(point(*nums))
        elif op == "c":
            current.append(point(nums[4], nums[5]))
        elif op in ("v", "y"):
            current.append(point(nums[2], nums[3]))
        elif op == "h":
            if current:
                subpaths.append((current, True))
                current = []
        elif op == "re":
            x, y, w, h = nums
            if current:
                subpaths.append((current, False))
            subpaths.append(([point(x, y), point(x + w, y), point(x + w, y + h),
                              point(x, y + h)], True))
            current = []
        elif op in ("S",):
            finish(True, False)
        elif op == "s":
            finish(True, False, close=True)
        elif op in ("f", "F", "f*"):
            finish(False, True, close=True)
        elif op in ("B", "B*", "b", "b*"):
            finish(True, True, close=True)
        elif op == "n":
            current, subpaths = [], []
    return out


def rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def same_color(a, b, tol=0.01) -> bool:
    return a is not None and len(a) == 3 and all(
        abs(x - y) <= tol for x, y in zip(a, b, strict=True))
