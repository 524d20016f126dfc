"""Fixtures for the blueprint tests: a shown MapView on the service-blueprint template."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cjeditor.templates import create_map

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "canvas"))  # canvas_helpers: real viewport events
from canvas_helpers import dispose, make_view  # noqa: E402


@pytest.fixture
def view(qapp):
    v = make_view(create_map("service-blueprint", "en"), size=(1700, 1100))
    yield v
    dispose(v)


@pytest.fixture
def doc(view):
    return view.doc
