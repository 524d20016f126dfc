"""RecoveryStore: where copies live, what the sidecar says, which copies are stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from cjeditor import __version__
from cjeditor.app import recovery
from cjeditor.app.recovery import RecoveryStore, pid_is_editor, recovery_dir
from cjeditor.fileio import dumps, load


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_recovery_lives_in_the_state_folder_not_cache_or_temp(_isolated_home):
    path = recovery_dir()
    assert path == _isolated_home / "state" / "cjeditor" / "recovery"
    assert "cache" not in path.parts


def test_write_makes_a_copy_and_a_sidecar(example_map_path, tmp_path):
    store = RecoveryStore(tmp_path / "rec")
    journey = load(example_map_path)
    key = store.new_key()
    assert key.startswith(f"{os.getpid()}-")
    store.write(key, journey, example_map_path)
    copy, info = store.copy_path(key), store.info_path(key)
    assert copy.read_text(encoding="utf-8") == dumps(journey)
    sidecar = json.loads(info.read_text(encoding="utf-8"))
    assert sidecar["original"] == str(example_map_path)
    assert sidecar["pid"] == os.getpid()
    assert sidecar["version"] == __version__
    assert sidecar["title"] == journey.meta.title
    assert "T" in sidecar["time"] and sidecar["time"][-6] in "+-"  # ISO 8601 with offset
    # the sidecar is written after the copy
    assert info.stat().st_mtime_ns >= copy.stat().st_mtime_ns
    assert (tmp_path / "rec").stat().st_mode & 0o777 == 0o700
    store.remove(key)
    assert not copy.exists() and not info.exists()


def test_untitled_map_has_null_original(example_map_path, tmp_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, load(example_map_path), None)
    assert json.loads(store.info_path(key).read_text())["original"] is None
    assert store.entries()[0].original_path is None


def test_own_copies_are_not_stale_dead_ones_are(example_map_path, tmp_path):
    store = RecoveryStore(tmp_path)
    journey = load(example_map_path)
    mine = store.new_key()
    store.write(mine, journey, example_map_path)
    dead = f"{dead_pid()}-abcdef"
    store.write(dead, journey, example_map_path)
    info = json.loads(store.info_path(dead).read_text())
    info["pid"] = int(dead.split("-")[0])
    store.info_path(dead).write_text(json.dumps(info))
    assert {e.key for e in store.entries()} == {mine, dead}
    stale = store.stale()
    assert [e.key for e in stale] == [dead]
    assert stale[0].load() == journey
    assert stale[0].display_title() == journey.meta.title


def test_a_live_pid_that_is_not_cjeditor_counts_as_dead(tmp_path):
    proc = subprocess.Popen(["sleep", "30"])
    try:
        assert not pid_is_editor(proc.pid)
        # a live cjeditor: its command line mentions cjeditor
        editor = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)",
                                   "cjeditor"])
        try:
            deadline = time.monotonic() + 5
            while b"cjeditor" not in _cmdline(editor.pid) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert pid_is_editor(editor.pid)
            # ... unless it started after the copy's process did (pid reused)
            assert not pid_is_editor(editor.pid, started=1)
        finally:
            editor.kill()
            editor.wait()
    finally:
        proc.kill()
        proc.wait()
    assert not pid_is_editor(proc.pid)


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def test_a_zombie_counts_as_dead():
    proc = subprocess.Popen([sys.executable, "-c", "pass", "cjeditor"])
    deadline = time.monotonic() + 5
    while proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not pid_is_editor(proc.pid)


def test_a_copy_without_sidecar_is_still_found(example_map_path, tmp_path):
    """A crash between the copy and its first sidecar: the pid is in the key."""
    store = RecoveryStore(tmp_path)
    key = f"{dead_pid()}-0123456789ab"
    store.copy_path(key).write_bytes(example_map_path.read_bytes())
    [entry] = store.stale()
    assert not entry.has_info and entry.original is None
    assert entry.display_title() == load(example_map_path).meta.title
    assert entry.when() is not None


@pytest.mark.parametrize("sidecar", [b"", b"[]", b"{\"pid\": \"x\", \"title\": 5}",
                                     b"\xff\xfe", b"{" * 100000])
def test_a_broken_sidecar_is_ignored(example_map_path, tmp_path, sidecar):
    store = RecoveryStore(tmp_path)
    key = f"{dead_pid()}-0123456789ab"
    store.copy_path(key).write_bytes(example_map_path.read_bytes())
    store.info_path(key).write_bytes(sidecar)
    [entry] = store.stale()
    assert entry.title == "" and entry.pid == int(key.split("-")[0])


def test_half_written_temporaries_of_dead_processes_are_removed(tmp_path):
    store = RecoveryStore(tmp_path)
    dead = tmp_path / f".{dead_pid()}-aa.cjmap.x1y2.tmp"
    dead.write_bytes(b"{ partial")
    live = tmp_path / f".{os.getpid()}-bb.cjmap.x1y2.tmp"
    live.write_bytes(b"{ in progress")
    assert store.stale() == []
    assert not dead.exists()
    assert live.exists()  # ours, and young: maybe being written right now


def test_missing_folder_lists_nothing(tmp_path):
    assert RecoveryStore(tmp_path / "nope").stale() == []


def test_process_start_ticks_reads_proc():
    if not os.path.exists("/proc/self/stat"):
        pytest.skip("no /proc on this system")
    assert isinstance(recovery.process_start_ticks(), int)
