"""Reading files: every refusal is a MapLoadError with a plain message; files stay untouched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from maps import base_map

from cjeditor import fileio
from cjeditor.fileio import MapLoadError, load
from cjeditor.fileio.migrations import MIGRATIONS, migrate
from cjeditor.model.limits import FORMAT_VERSION, MAX_FILE_BYTES

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, data: bytes | str, name: str = "m.cjmap") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refusal(path: Path) -> MapLoadError:
    before = (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else None
    with pytest.raises(MapLoadError) as info:
        load(path)
    if before is not None:
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before, "a refused file changed"
    return info.value


def test_valid_file_loads(tmp_path):
    doc = load(write(tmp_path, json.dumps(base_map(), ensure_ascii=False)))
    assert doc.meta.title == "Mapa de prueba"
    assert [lane.type for lane in doc.lanes][:2] == ["actions", "touchpoints"]


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.cjmap"
    with path.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_FILE_BYTES + 1)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or
                        real_open(self, *a, **k))
    with pytest.raises(MapLoadError) as info:
        load(path)
    error = info.value
    assert path.stat().st_size == MAX_FILE_BYTES + 1
    assert "too large" in str(error.problems[0]) and "100 MiB" in str(error.problems[0])
    assert opened == []


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in str(refusal(tmp_path / "nope.cjmap"))
    assert "folder" in str(refusal(tmp_path))


def test_not_utf8_gives_line_and_column(tmp_path):
    error = refusal(write(tmp_path, b'{\n  "format": "cj\xe9map"}'))
    problem = error.problems[0]
    assert (problem.line, problem.column) == (2, 16)
    assert "UTF-8" in problem.message


def test_json_syntax_error_gives_line_and_column(tmp_path):
    error = refusal(write(tmp_path, '{\n  "format": "cjmap",\n  "version": 1,,\n}'))
    problem = error.problems[0]
    assert (problem.line, problem.column) == (3, 16)
    assert str(problem).startswith("line 3 column 16: is not valid JSON")


def test_deeply_nested_is_refused(tmp_path):
    error = refusal(write(tmp_path, "[" * 200_000 + "]" * 200_000))
    assert "nested too deeply" in str(error)


def test_nan_and_infinity_are_refused(tmp_path):
    doc = json.dumps(base_map()).replace('"score": 2.5', '"score": NaN')
    assert "NaN" in str(refusal(write(tmp_path, doc)))
    doc = json.dumps(base_map()).replace('"score": 2.5', '"score": 1e999')
    assert "lanes[5].cards[0].score: must be a finite number" in refusal(
        write(tmp_path, doc)).lines()[0]


def test_huge_integer_is_refused(tmp_path):
    doc = json.dumps(base_map()).replace('"score": 2.5', '"score": ' + "9" * 5000)
    assert "a number with too many digits" in str(refusal(write(tmp_path, doc)))


@pytest.mark.parametrize("digits", ["1" + "0" * 400, "-" + "9" * 400])
def test_a_whole_number_past_any_float_is_not_finite(tmp_path, digits):
    # valid JSON and a Python int, but no number a total or a chart can use (check and
    # export failed on it): refused where it is, as 1e400 is
    doc = json.dumps(base_map()).replace('"score": 2.5', '"score": ' + digits)
    assert [str(p) for p in refusal(write(tmp_path, doc)).problems] == [
        "lanes[5].cards[0].score: must be a finite number"]
    doc = json.dumps(base_map()).replace('"score": 2.5', '"score": ' + "9" * 308)
    assert load(write(tmp_path, doc)).lanes[5].cards[0].score == int("9" * 308)


def test_text_longer_than_a_file_may_be_is_refused_before_parsing():
    # loads(str): the clipboard's path; the same limit as a file's bytes
    from cjeditor.fileio import loads

    for text in (" " * (MAX_FILE_BYTES + 1), "é" * (MAX_FILE_BYTES // 2 + 1)):
        with pytest.raises(MapLoadError) as info:
            loads(text)
        assert "too large" in str(info.value.problems[0])


@pytest.mark.parametrize("text", ["[]", '"cjmap"', "{}", '{"format": "other", "version": 1}'])
def test_not_a_cjmap(tmp_path, text):
    assert "not a cjmap file" in str(refusal(write(tmp_path, text)))


def test_newer_version_names_both_versions_and_is_not_rewritten(tmp_path):
    doc = base_map()
    doc["version"] = 7
    doc["future_key"] = {"x": 1}
    error = refusal(write(tmp_path, json.dumps(doc)))
    assert error.problems[0].path == "version"
    message = error.problems[0].message
    assert "version 7" in message and f"version {FORMAT_VERSION}" in message


def test_unknown_old_version(tmp_path):
    doc = base_map()
    doc["version"] = -1
    assert "unknown" in str(refusal(write(tmp_path, json.dumps(doc))))


def test_bom_is_accepted(tmp_path):
    data = b"\xef\xbb\xbf" + json.dumps(base_map()).encode()
    assert load(write(tmp_path, data)).meta.title == "Mapa de prueba"


def test_lines_are_file_path_message(tmp_path):
    doc = base_map()
    doc["lanes"][1]["cards"][0]["stage"] = "s9"
    path = write(tmp_path, json.dumps(doc))
    assert refusal(path).lines() == [
        f'{path}: lanes[1].cards[0].stage: refers to stage "s9", which does not exist'
    ]


def test_migration_registry_upgrades_version_0(tmp_path):
    assert 0 in MIGRATIONS
    v1 = base_map()
    v0 = {key: value for key, value in v1.items() if key not in ("meta", "personas", "assets")}
    v0.update(version=0, title="Mapa antiguo", product="Zapatillas")
    for lane in v0["lanes"]:  # v0 had no personas and no assets
        lane.pop("persona", None)
    v0["lanes"] = [lane for lane in v0["lanes"] if lane["type"] != "images"]
    doc = load(write(tmp_path, json.dumps(v0)))
    assert doc.version == FORMAT_VERSION
    assert (doc.meta.title, doc.meta.product) == ("Mapa antiguo", "Zapatillas")
    assert doc.personas == [] and doc.assets == []


def test_migrate_checks_each_step_reaches_the_next_version(monkeypatch):
    monkeypatch.setitem(MIGRATIONS, 0, lambda data: dict(data, version=5))
    with pytest.raises(AssertionError):
        migrate({"version": 0})


def test_loads_from_text_and_bytes():
    text = json.dumps(base_map(), ensure_ascii=False)
    assert fileio.loads(text).meta.title == fileio.loads(text.encode()).meta.title


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = write(tmp_path, json.dumps(base_map()))
    path.chmod(0)
    assert "permission" in str(refusal(path))


def test_pipe_is_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.cjmap"
    os.mkfifo(fifo)
    error = refusal(fifo)  # would block forever if it were opened
    assert "not a regular file" in str(error)


def test_no_pydantic_plugin_sees_the_files_read():
    # a plugin installed beside cjeditor would see (and could change) every map validated
    import subprocess
    import sys

    code = ("from cjeditor.fileio import load\n"
            f"load({str(ROOT / 'resources/examples/zapatillas-running.cjmap')!r})\n"
            "from pydantic.plugin import _loader\n"
            "assert _loader._plugins is None, 'installed packages scanned for plugins'\n")
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
