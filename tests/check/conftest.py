"""Fixtures of the health check tests (the maps are in check_maps.py)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_maps import good_dict  # noqa: E402


@pytest.fixture
def good() -> dict[str, Any]:
    return copy.deepcopy(good_dict())


@pytest.fixture
def write_map(tmp_path: Path):
    def write(data: dict[str, Any], name: str = "map.cjmap") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path
    return write
