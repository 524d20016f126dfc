"""Is the editor that wrote a recovery copy alive? The lock file decides (QLockFile).

A real second process writes a copy and holds its lock; killed with SIGKILL, its
copy becomes stale. The decision needs neither /proc nor signals: the tests hide
/proc, and check that nothing is sent to a process outside POSIX."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjeditor.app import recovery
from cjeditor.app.recovery import RecoveryStore, editor_alive, lock_held, lock_name
from cjeditor.fileio import load

WRITER = """
import sys, time
from cjeditor.app.recovery import RecoveryStore
from cjeditor.fileio import load
store = RecoveryStore(sys.argv[1])
key = store.new_key()
store.write(key, load(sys.argv[2]), None)
print(key, flush=True)
time.sleep(60)
"""


@pytest.fixture
def writer(tmp_path, example_map_path):
    """A second editor process that wrote one recovery copy and keeps running."""
    root = tmp_path / "rec"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(root), str(example_map_path)],
                            stdout=subprocess.PIPE, text=True)
    key = proc.stdout.readline().strip()
    assert key, "the writer did not start"
    yield root, key, proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    proc.stdout.close()


@pytest.fixture
def no_proc(monkeypatch):
    """As on macOS or Windows: nothing to read in /proc."""
    monkeypatch.setattr(recovery, "_command_line", lambda pid: None)
    monkeypatch.setattr(recovery, "_proc_start_ticks", lambda pid: None)


def test_a_running_editor_keeps_its_copy_a_killed_one_leaves_it(writer, no_proc):
    root, key, proc = writer
    store = RecoveryStore(root)
    [entry] = store.entries()
    assert entry.key == key and entry.lock == lock_name(proc.pid, key.split("-")[1])
    assert (root / entry.lock).exists()
    assert store.alive(entry)
    assert store.stale() == []
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    [stale] = store.stale()
    assert stale.key == key
    assert not (root / entry.lock).exists()  # the stale lock was cleared on the way


def test_a_copy_without_its_sidecar_finds_the_lock_through_its_key(writer, no_proc):
    root, key, proc = writer
    RecoveryStore(root).info_path(key).unlink()  # a crash between the copy and its sidecar
    [entry] = RecoveryStore(root).entries()
    assert entry.lock is None
    assert editor_alive(root, key, entry.pid)
    proc.kill()
    proc.wait()
    assert not editor_alive(root, key, entry.pid)


def test_a_lock_of_a_dead_process_is_stale(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    path = tmp_path / lock_name(dead.pid, "abcd1234")
    path.write_text(f"{dead.pid}\npython3\n{socket.gethostname()}\n\n\n")
    assert lock_held(path) is False
    assert not path.exists()


def test_a_lock_from_another_computer_is_left_alone(tmp_path):
    """A shared home folder: an editor on another host cannot be asked, so it is alive."""
    path = tmp_path / lock_name(4242, "abcd1234")
    path.write_text("4242\ncjeditor\nanother-host.example\n\n\n")
    old = time.time() - 7 * 24 * 3600
    os.utime(path, (old, old))  # its age does not make it stale either
    assert lock_held(path) is True
    assert editor_alive(tmp_path, "4242-abcd1234-00ff00ff", 4242)


def test_our_own_copies_are_alive(tmp_path, example_map_path):
    store = RecoveryStore(tmp_path)
    key = store.new_key()
    store.write(key, load(example_map_path), None)
    [entry] = store.entries()
    assert entry.lock is not None and (tmp_path / entry.lock).exists()
    assert store.alive(entry) and store.stale() == []


def test_a_sidecar_naming_another_process_lock_is_not_believed(tmp_path, example_map_path):
    store = RecoveryStore(tmp_path)
    mine = store.new_key()
    store.write(mine, load(example_map_path), None)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    key = f"{dead.pid}-0a0b0c0d-11223344"
    store.write(key, load(example_map_path), None)
    info = json.loads(store.info_path(key).read_text())
    info["pid"] = dead.pid  # claims our lock, which a dead pid cannot hold
    store.info_path(key).write_text(json.dumps(info))
    assert [e.key for e in store.stale()] == [key]


def test_nothing_is_sent_to_a_process_outside_posix(monkeypatch):
    """On Windows os.kill(pid, 0) would end the process: it is never called there."""
    def forbidden(*args):
        raise AssertionError("os.kill called")

    monkeypatch.setattr(os, "kill", forbidden)
    monkeypatch.setattr(os, "name", "nt")
    assert recovery.pid_running(os.getppid()) is False
    assert recovery.pid_is_editor(os.getppid()) is False


def test_legacy_copies_without_proc_use_the_pid(tmp_path, no_proc, example_map_path):
    """Copies written before locks (key `<pid>-<hex>`): a dead pid is stale."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store = RecoveryStore(tmp_path)
    key = f"{dead.pid}-0123456789ab"
    store.copy_path(key).write_bytes(Path(example_map_path).read_bytes())
    assert [e.key for e in store.stale()] == [key]
