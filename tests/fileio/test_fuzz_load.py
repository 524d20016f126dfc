"""Property test: random damage to valid documents only ever gives MapLoadError."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from maps import base_map

from cjeditor.fileio import MapLoadError, load

VALID = json.dumps(base_map(), ensure_ascii=False)

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.text(max_size=20), st.just("x" * 20_000), st.just(-(10**30)),
)


def _containers(data: Any) -> list[Any]:
    found = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list):
            found.append(item)
            stack.extend(item.values() if isinstance(item, dict) else item)
    return found


@st.composite
def damaged_json(draw) -> bytes:
    doc = base_map()
    depth = draw(st.integers(10, 50_000))
    for _ in range(draw(st.integers(1, 4))):
        containers = _containers(doc)
        target = draw(st.sampled_from(containers))
        if not target:
            continue
        key = draw(st.sampled_from(list(target) if isinstance(target, dict)
                                   else list(range(len(target)))))
        action = draw(st.sampled_from(["drop", "swap", "huge", "nest", "dup"]))
        if action == "drop":
            del target[key]
        elif action == "swap":
            target[key] = draw(st.one_of(SCALARS, st.just([]), st.just({})))
        elif action == "huge":
            target[key] = "ñ" * draw(st.integers(300, 30_000))
        elif action == "nest":
            target[key] = "__NEST__"
        elif action == "dup" and isinstance(target, list):
            target.append(target[key])
    text = json.dumps(doc, ensure_ascii=False)
    text = text.replace('"__NEST__"', "[" * depth + "]" * depth)
    return text.encode("utf-8")


@st.composite
def raw_damage(draw) -> bytes:
    data = bytearray(VALID.encode("utf-8"))
    action = draw(st.sampled_from(["truncate", "bytes", "insert"]))
    if action == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if action == "bytes":
        for _ in range(draw(st.integers(1, 20))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    spot = draw(st.integers(0, len(data)))
    return bytes(data[:spot]) + draw(st.binary(max_size=50)) + bytes(data[spot:])


def _check(tmp_path, payload: bytes) -> None:
    path = tmp_path / "fuzz.cjmap"
    path.write_bytes(payload)
    before = path.stat().st_mtime_ns
    try:
        load(path)
    except MapLoadError as exc:
        assert 1 <= len(exc.problems) <= 20
        assert all(problem.message for problem in exc.problems)
    assert path.read_bytes() == payload and path.stat().st_mtime_ns == before
    assert [p.name for p in tmp_path.iterdir()] == ["fuzz.cjmap"]


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(payload=damaged_json())
def test_damaged_documents_only_raise_load_error(tmp_path, payload):
    _check(tmp_path, payload)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(payload=raw_damage())
def test_damaged_bytes_only_raise_load_error(tmp_path, payload):
    _check(tmp_path, payload)


@settings(max_examples=200, deadline=2000, suppress_health_check=[
          HealthCheck.function_scoped_fixture])
@given(payload=st.binary(max_size=2000))
def test_random_bytes_only_raise_load_error(tmp_path, payload):
    _check(tmp_path, payload)
