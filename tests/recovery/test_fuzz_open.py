"""Fuzz the editor's open path with 10,000+ mutated map files.

Every file goes through WindowManager.open_path (the problems dialog records
instead of showing). No crash, no hang, and no dialog says "Traceback". Accepted
files load into one reused untitled window (open_path's own reuse path), with a
fresh window now and then, so the docks and the canvas see them too.
"""

from __future__ import annotations

import copy
import json
import os
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from cjeditor.fileio import dumps
from cjeditor.templates import create_map, list_templates

RUNS = int(os.environ.get("CJ_FUZZ_RUNS", "10000"))  # at least 10,000 in the suite
SEED = 20_261_123
MAX_SECONDS_PER_FILE = 2.0

TOKENS = [b'"', b"{", b"}", b"[", b"]", b",", b":", b"null", b"true", b"-", b"0", b"1e999",
          b"NaN", b"Infinity", b"\\u0000", b"\\ud800", b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf",
          b'"format"', b'"version"', b'"id"', b"<b>x</b>", b"\n", b" " * 64, b"9" * 400]
VALUES = [None, True, False, -1, 0, 1, 2, 3.5, -2.5, 1e308, 10 ** 30, -(10 ** 30), "", "x" * 3000,
          "<b>x</b><img src=\"file:///etc/passwd\">", "#GGGGGG", "#ff0000", "s-zmot", "c-1",
          "zmot", "note", "emotion", "image/png", "AAAA", [], {}, [None], {"id": "x"},
          "2024-13-45T99:00:00+00:00", "\u202e", "\x00"]


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _bases(example_bytes: bytes) -> list[bytes]:
    bases = [example_bytes]
    for info in list_templates():
        for language in ("es", "en"):
            bases.append(dumps(create_map(info.name, language)).encode("utf-8"))
    return bases


def _paths(node, prefix=()):
    """Every (container, key) inside a JSON value."""
    out = []
    stack = [(node, prefix)]
    while stack:
        value, _path = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                out.append((value, key))
                stack.append((child, ()))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                out.append((value, index))
                stack.append((child, ()))
    return out


def mutate_structure(rng: random.Random, base: bytes) -> bytes:
    try:
        return _mutate_structure(rng, base)
    except (ValueError, RecursionError):  # a mutation the test itself cannot encode
        return base


def _mutate_structure(rng: random.Random, base: bytes) -> bytes:
    data = json.loads(base)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        slots = _paths(data)
        if not slots:
            break
        container, key = rng.choice(slots)
        action = rng.randrange(7)
        if action == 0:  # delete
            del container[key]
        elif action == 1:  # replace with an odd value
            container[key] = copy.deepcopy(rng.choice(VALUES))  # never share VALUES
        elif action == 2 and isinstance(container, list):  # duplicate (duplicate ids)
            container.insert(key, json.loads(json.dumps(container[key])))
        elif action == 3 and isinstance(container, dict):  # unknown key
            container[rng.choice(["extra", "Title", "<b>x</b>", "ïd"])] = 1
        elif action == 4 and isinstance(container, list) and len(container) > 1:
            other = rng.randrange(len(container))
            container[key], container[other] = container[other], container[key]
        elif action == 5:  # an id or reference pointing elsewhere
            ids = [v for c, k in slots if isinstance(c, dict) and k == "id"
                   for v in [c[k]]]
            if ids:  # copied: an earlier action may have made an "id" a list
                container[key] = copy.deepcopy(rng.choice(ids))
        else:  # deep nesting
            nested = []
            for _ in range(rng.choice((5, 50, 900))):
                nested = [nested]
            container[key] = nested
    return json.dumps(data, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def mutate_bytes(rng: random.Random, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(rng.choice((1, 1, 2, 4, 8))):
        n = len(data)
        if n == 0:
            data.extend(rng.choice(TOKENS))
            continue
        at = rng.randrange(n)
        action = rng.randrange(6)
        if action == 0:
            data[at] ^= 1 << rng.randrange(8)
        elif action == 1:
            data[at:at] = rng.choice(TOKENS)
        elif action == 2:
            del data[at:at + rng.choice((1, 2, 10, 100, 5000))]
        elif action == 3:
            end = min(n, at + rng.choice((1, 10, 200)))
            data[at:at] = data[at:end]
        elif action == 4:
            data[at] = rng.randrange(256)
        else:
            del data[at:]
    return bytes(data)


def mutations(rng: random.Random, bases: list[bytes]):
    while True:
        base = bases[0] if rng.random() < 0.35 else rng.choice(bases)
        yield mutate_structure(rng, base) if rng.random() < 0.5 else mutate_bytes(rng, base)


@pytest.fixture
def recorder(monkeypatch, problems_shown, boxes):
    return problems_shown, boxes


@pytest.mark.slow
def test_fuzz_open_path(manager, tmp_path, example_map_path, recorder):
    problems, boxes = recorder
    rng = random.Random(SEED)
    bases = _bases(example_map_path.read_bytes())
    target = tmp_path / "fuzz.cjmap"
    window = manager.new_map("blank", "en", show=False)
    counts = {"files": 0, "opened": 0, "refused": 0, "new_windows": 0}
    slowest = 0.0
    start = time.perf_counter()
    for data in mutations(rng, bases):
        if counts["files"] >= RUNS:
            break
        target.write_bytes(data)
        if counts["files"] % 200 == 0:
            flush_deletes()  # the recorded dialogs' deleteLater(), outside an event loop
        shown_before = len(problems)
        fresh = counts["opened"] % 100 == 99  # now and then a whole new window
        began = time.perf_counter()
        opened = manager.open_path(target, show=False, reuse=None if fresh else window)
        QApplication.processEvents()
        slowest = max(slowest, time.perf_counter() - began)
        counts["files"] += 1
        if opened is None:
            counts["refused"] += 1
            assert len(problems) == shown_before + 1, "a refused file must say why"
            assert "Traceback" not in problems[-1]
        else:
            counts["opened"] += 1
            assert len(problems) == shown_before
            if opened is window:
                window.document.path = None  # untitled and untouched again: reusable
            else:
                counts["new_windows"] += 1
                opened.close()
                opened.deleteLater()
                QApplication.processEvents()
            assert window.is_pristine()
    elapsed = time.perf_counter() - start
    print(f"\nfuzz: {counts['files']} mutated files through open_path in {elapsed:.1f} s: "
          f"{counts['opened']} opened ({counts['new_windows']} in new windows), "
          f"{counts['refused']} refused; slowest {slowest * 1000:.0f} ms")
    assert counts["files"] >= RUNS
    assert counts["opened"] > 100 and counts["refused"] > 1000  # both paths exercised
    assert slowest < MAX_SECONDS_PER_FILE
    assert not any("Traceback" in text for text in boxes.texts)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda s: s.encode("utf-8")))
def test_hypothesis_arbitrary_bytes_are_refused_cleanly(manager, tmp_path, recorder, blob):
    problems, _boxes = recorder
    target = tmp_path / "h.cjmap"
    target.write_bytes(blob)
    before = len(problems)
    opened = manager.open_path(target, show=False)
    if opened is None:
        assert len(problems) == before + 1 and "Traceback" not in problems[-1]
    else:  # a tiny valid map: fine, close it again
        opened.close()
