"""Fixtures for canvas tests: a shown MapView on a small map (disposed cleanly)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from maps import base_map

from cjeditor.model import JourneyMap

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for canvas_helpers (importlib mode)
from canvas_helpers import dispose, make_view  # noqa: E402


@pytest.fixture
def view(qapp):
    v = make_view(JourneyMap.model_validate(base_map()))
    yield v
    dispose(v)


@pytest.fixture
def doc(view):
    return view.doc
