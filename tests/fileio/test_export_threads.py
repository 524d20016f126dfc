"""Exports run on worker threads: two at once give the same bytes as one after the other.

Exports are deterministic (reportlab's invariant mode: no time stamps or random ids in
the PDF), so a byte comparison is the test. Each export waits for the other at its
first progress report, so both are drawing at the same time, not merely started.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cjeditor.export import ExportError, ExportOptions, ExportWriteError, export_map
from cjeditor.fileio import MapSaveError, load
from cjeditor.model import JourneyMap
from cjeditor.templates import create_map

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "examples" / "zapatillas-running.cjmap"

Job = tuple[JourneyMap, str, ExportOptions]


@pytest.fixture(scope="module")
def maps() -> tuple[JourneyMap, JourneyMap]:
    return load(EXAMPLE), create_map("six-moments", "en")


def exported_together(jobs: list[Job], folder: Path) -> list[bytes]:
    barrier = threading.Barrier(len(jobs))

    def run(job: Job) -> bytes:
        doc, name, options = job
        met = False

        def progress(_fraction: float) -> None:
            nonlocal met
            if not met:
                met = True
                barrier.wait(timeout=120)

        out = folder / name
        export_map(doc, out, options, progress)
        return out.read_bytes()

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(run, jobs))


def exported_alone(jobs: list[Job], folder: Path) -> list[bytes]:
    outputs = []
    for doc, name, options in jobs:
        export_map(doc, folder / name, options)
        outputs.append((folder / name).read_bytes())
    return outputs


def test_two_pdf_posters_at_once_match_one_after_the_other(tmp_path, maps):
    example, template = maps
    jobs = [(example, "example.pdf", ExportOptions()),
            (template, "template.pdf", ExportOptions(paper="A2", tile="A4"))]
    (tmp_path / "alone").mkdir()
    (tmp_path / "together").mkdir()
    alone = exported_alone(jobs, tmp_path / "alone")
    for _round in range(2):
        assert exported_together(jobs, tmp_path / "together") == alone
    assert alone[0] != alone[1] and all(data.startswith(b"%PDF") for data in alone)


def test_pdf_png_and_svg_at_once(tmp_path, maps):
    example, template = maps
    jobs = [(example, "a.png", ExportOptions(dpi=30)),
            (template, "b.png", ExportOptions(dpi=30)),
            (template, "c.svg", ExportOptions()),
            (example, "d.pdf", ExportOptions(paper="A3"))]
    (tmp_path / "alone").mkdir()
    (tmp_path / "together").mkdir()
    assert exported_together(jobs, tmp_path / "together") == exported_alone(
        jobs, tmp_path / "alone")


def test_export_errors_say_drawing_or_writing(tmp_path, maps):
    example, _template = maps
    with pytest.raises(ExportWriteError) as info:
        export_map(example, tmp_path / "nope" / "map.pdf", ExportOptions())
    error = info.value
    assert isinstance(error, OSError) and isinstance(error, MapSaveError)
    assert isinstance(error, ExportError)
    assert str(error) == f"cannot write {tmp_path / 'nope' / 'map.pdf'}: " + error.strerror
    assert not issubclass(ExportError, OSError)  # a drawing failure is not a failed write


def test_export_writes_through_a_symlink(tmp_path, maps):
    example, _template = maps
    real = tmp_path / "real.svg"
    real.write_bytes(b"old")
    link = tmp_path / "link.svg"
    link.symlink_to(real)
    export_map(example, link, ExportOptions())
    assert link.is_symlink() and real.read_bytes().startswith(b"<?xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.svg", "real.svg"]
