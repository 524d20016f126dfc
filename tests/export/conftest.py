"""Export tests share the maps built in tests/layout/cj_testmaps.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "layout"))

from cj_testmaps import EXAMPLE, rich_map  # noqa: E402

from cjeditor.model import JourneyMap  # noqa: E402


@pytest.fixture(scope="session")
def rich() -> JourneyMap:
    return rich_map()


@pytest.fixture(scope="session")
def example() -> JourneyMap:
    """The shipped example map if it is there, else the rich test map."""
    if EXAMPLE.exists():
        return JourneyMap.model_validate_json(EXAMPLE.read_text(encoding="utf-8"))
    return rich_map()
