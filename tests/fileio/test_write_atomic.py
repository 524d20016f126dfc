"""The one atomic writer (fileio.write_atomic), used by save, recovery and every export.

Real files on disk; a write the disk refuses is made real with RLIMIT_FSIZE in a child
process (the kernel answers EFBIG), not by patching os functions.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from maps import base_map

from cjeditor.fileio import MapSaveError, dumps, load, save, write_atomic
from cjeditor.model import JourneyMap

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and limits")


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_child(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


# A child whose files may not grow past 4 KiB: a write beyond that fails with EFBIG.
LIMITED = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
"""


# ------------------------------------------------------------------ content forms

def test_bytes_and_producer_write_the_same_file(tmp_path):
    data = "¿Qué tal? € “sí” 😀\n".encode() * 1000
    write_atomic(tmp_path / "a.bin", data)

    def producer(handle):
        for start in range(0, len(data), 777):
            handle.write(data[start : start + 777])

    write_atomic(tmp_path / "b.bin", producer)
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes() == data
    assert names(tmp_path) == ["a.bin", "b.bin"]


def test_a_producer_failure_goes_through_unchanged_and_leaves_nothing(tmp_path):
    out = tmp_path / "poster.pdf"
    out.write_bytes(b"the old poster")

    class DrawingFailed(Exception):
        pass

    def producer(handle):
        handle.write(b"%PDF half a file" * 100_000)
        raise DrawingFailed("the picture cannot be drawn")

    with pytest.raises(DrawingFailed):
        write_atomic(out, producer)
    assert out.read_bytes() == b"the old poster"
    assert names(tmp_path) == ["poster.pdf"]


def test_an_os_error_of_the_producer_is_not_a_write_failure(tmp_path):
    """Pillow says "image file is truncated" with an OSError: that is drawing, not writing."""
    error = OSError("image file is truncated")

    def producer(handle):
        handle.write(b"x")
        raise error

    with pytest.raises(OSError) as info:
        write_atomic(tmp_path / "poster.pdf", producer)
    assert info.value is error and not isinstance(info.value, MapSaveError)
    assert names(tmp_path) == []


def test_a_cancel_goes_through_and_leaves_nothing(tmp_path):
    class Cancelled(BaseException):
        pass

    def producer(handle):
        handle.write(b"x" * 10)
        raise Cancelled

    with pytest.raises(Cancelled):
        write_atomic(tmp_path / "x.svg", producer)
    assert names(tmp_path) == []


# ------------------------------------------------------------------ real write failures

@posix_only
@pytest.mark.parametrize("how", ["bytes", "producer", "producer that wraps the error"])
def test_a_write_the_disk_refuses_is_a_save_error(tmp_path, how):
    target = tmp_path / "m.cjmap"
    target.write_text("old content", encoding="utf-8")
    code = LIMITED + r"""
from cjeditor.fileio import MapSaveError, write_atomic
target, how = sys.argv[1], sys.argv[2]
def producer(handle):
    handle.write(b"x" * 100_000)
    handle.flush()
def wrapping(handle):
    try:
        producer(handle)
    except OSError as exc:
        raise RuntimeError("drawing library: cannot save") from exc
content = {"bytes": b"x" * 100_000, "producer": producer}.get(how, wrapping)
try:
    write_atomic(target, content)
except MapSaveError as exc:
    print(exc.errno, exc.filename, "|", exc)
"""
    result = run_child(code, str(target), how)
    code_, filename, *_ = result.stdout.split()
    assert int(code_) == errno.EFBIG and filename == str(target)
    assert f"cannot write {target}: " in result.stdout
    assert target.read_text(encoding="utf-8") == "old content"
    assert names(tmp_path) == ["m.cjmap"]


def test_replace_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "m.cjmap"
    target.write_text("old", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(MapSaveError) as info:
        write_atomic(target, b"new")
    assert info.value.errno == errno.EACCES and info.value.filename == str(target)
    assert target.read_text(encoding="utf-8") == "old" and names(tmp_path) == ["m.cjmap"]


def test_missing_folder_and_folder_in_the_way(tmp_path):
    with pytest.raises(MapSaveError, match="does not exist") as info:
        write_atomic(tmp_path / "gone" / "m.cjmap", b"x")
    assert info.value.errno == errno.ENOENT
    (tmp_path / "m.cjmap").mkdir()
    with pytest.raises(MapSaveError) as info:
        write_atomic(tmp_path / "m.cjmap", b"x")
    assert info.value.errno == errno.EISDIR and (tmp_path / "m.cjmap").is_dir()


def test_no_overwrite_refuses_an_existing_file(tmp_path):
    target = tmp_path / "m.cjmap"
    target.write_bytes(b"mine")
    with pytest.raises(MapSaveError) as info:
        write_atomic(target, b"theirs", overwrite=False)
    assert info.value.errno == errno.EEXIST and target.read_bytes() == b"mine"
    write_atomic(tmp_path / "new.cjmap", b"fresh", overwrite=False)
    assert (tmp_path / "new.cjmap").read_bytes() == b"fresh"
    assert names(tmp_path) == ["m.cjmap", "new.cjmap"]


def test_a_relative_name_in_a_deleted_folder_is_named_in_the_error(tmp_path, monkeypatch):
    """Issue 8, item 9: resolving the path is inside the error handling."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    with pytest.raises(MapSaveError) as info:
        write_atomic("rel.cjmap", b"x")
    assert info.value.errno == errno.ENOENT
    assert str(info.value).startswith("cannot write rel.cjmap: ")
    assert "folder" in info.value.strerror


def test_a_long_name_gets_a_legal_temporary_name(tmp_path):
    name = "ñ" * 100 + ".cjmap"  # 206 bytes: the temporary name is cut to stay under 255
    write_atomic(tmp_path / name, b"x")
    assert names(tmp_path) == [name]


# ------------------------------------------------------------------ permissions

@posix_only
@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o027, 0o640),
                                                 (0o002, 0o664)])
def test_a_new_file_gets_the_mode_open_would_give(tmp_path, umask, expected):
    code = r"""
import os, sys
os.umask(int(sys.argv[2], 8))  # the child's own umask, set before any writing
from cjeditor.fileio import write_atomic
write_atomic(sys.argv[1], b"x")
print(oct(os.umask(0)))  # and write_atomic left it alone
"""
    result = run_child(code, str(tmp_path / "new.cjmap"), oct(umask))
    assert mode(tmp_path / "new.cjmap") == expected
    assert int(result.stdout, 8) == umask


@posix_only
@pytest.mark.parametrize("kept", [0o600, 0o640, 0o755])
def test_a_replaced_file_keeps_its_mode(tmp_path, kept):
    target = tmp_path / "m.cjmap"
    target.write_bytes(b"old")
    target.chmod(kept)
    write_atomic(target, b"new")
    assert mode(target) == kept and target.read_bytes() == b"new"


def test_the_process_umask_is_never_touched(tmp_path, monkeypatch):
    def no(*args):
        raise AssertionError("os.umask is process-wide: library code must not call it")

    monkeypatch.setattr(os, "umask", no)
    write_atomic(tmp_path / "a.cjmap", b"x")
    write_atomic(tmp_path / "a.cjmap", b"y")
    assert (tmp_path / "a.cjmap").read_bytes() == b"y"


# ------------------------------------------------------------------ symlinks

@posix_only
def test_writes_go_through_a_chain_of_links(tmp_path):
    real = tmp_path / "real" / "map.cjmap"
    real.parent.mkdir()
    real.write_bytes(b"old")
    (tmp_path / "hop.cjmap").symlink_to("real/map.cjmap")  # relative
    link = tmp_path / "link.cjmap"
    link.symlink_to(tmp_path / "hop.cjmap")
    write_atomic(link, b"new")
    assert link.is_symlink() and (tmp_path / "hop.cjmap").is_symlink()
    assert real.read_bytes() == b"new"
    assert names(real.parent) == ["map.cjmap"]


@posix_only
def test_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "link.cjmap"
    link.symlink_to(tmp_path / "target.cjmap")
    write_atomic(link, b"made")
    assert link.is_symlink() and (tmp_path / "target.cjmap").read_bytes() == b"made"


# ------------------------------------------------------------------ threads

def distinct_maps(count: int) -> list[JourneyMap]:
    docs = []
    for i in range(count):
        raw = base_map()
        raw["meta"]["title"] = f"Mapa {i} ¿listo? 😀"
        raw["stages"][0]["name"] = "Etapa " + "x" * (i * 37 % 150)
        docs.append(JourneyMap.model_validate(raw))
    return docs


def test_saves_on_many_threads_each_file_correct(tmp_path):
    docs = distinct_maps(6)
    paths = [tmp_path / f"m{i}.cjmap" for i in range(len(docs))]
    start = threading.Barrier(6)

    def work(i: int) -> None:
        start.wait()
        for _round in range(15):
            save(docs[i], paths[i])

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(work, range(6)))
    for doc, path in zip(docs, paths, strict=True):
        assert path.read_text(encoding="utf-8") == dumps(doc)
        assert load(path) == doc
    assert names(tmp_path) == sorted(p.name for p in paths)  # no temporary file left


def test_two_threads_saving_one_file_leave_one_whole_version(tmp_path):
    first, second = distinct_maps(2)
    path = tmp_path / "shared.cjmap"
    start = threading.Barrier(2)

    def work(doc: JourneyMap) -> None:
        start.wait()
        for _round in range(25):
            save(doc, path)

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(work, (first, second)))
    assert path.read_text(encoding="utf-8") in (dumps(first), dumps(second))
    assert names(tmp_path) == ["shared.cjmap"]
    json.loads(path.read_text(encoding="utf-8"))
