"""SIGKILL the real editor at random moments, 100 times: nothing is lost.

cjeditor_crash_driver.py runs the editor (WindowManager/MainWindow on a real file,
autosave interval and debounce set small in its settings) and edits, autosaves and
saves from timers, acknowledging each step on a pipe. Each run is killed:
- at a random moment after start,
- right after an autosave began (the copy or its sidecar half-written), or
- right after a save began (the temporary file, the .bak or the rename under way).
Then:
- the map file loads and is exactly the original or one of the saved states
  (cards "card 1".."card k" for a k that was being saved, and at least the last
  acknowledged save), never partial;
- the next start finds a recovery copy (RecoveryStore lists it as stale: its
  editor is dead) that loads and holds at least the edits before the last
  acknowledged autosave; every 10th run restores it through the recovery dialog.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjeditor.app.dialogs.recovery import RecoveryDialog, offer_recovery
from cjeditor.app.recovery import RecoveryStore
from cjeditor.fileio import MapLoadError, load

DRIVER = Path(__file__).with_name("cjeditor_crash_driver.py")
RUNS = 100
SEED = 4242
TRIGGER_TIMEOUT = 3.0  # a run whose trigger never comes is killed anyway


class Server:
    """The fork server: one Python + PySide6 start-up for all the runs."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, str(DRIVER), "--serve"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, bufsize=1, env=env)
        assert self.readline(20) == "SERVER READY"

    def readline(self, timeout: float) -> str:
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise AssertionError("the crash driver server did not answer")
        return self.proc.stdout.readline().strip()

    def start(self, run_dir: Path, seed: int, fifo: Path) -> int:
        self.proc.stdin.write(f"RUN {run_dir} {seed} {fifo}\n")
        self.proc.stdin.flush()
        word, pid = self.readline(20).split()
        assert word == "PID"
        return int(pid)

    def wait_exit(self, pid: int) -> int:
        word, got, status = self.readline(20).split()
        assert word == "EXIT" and int(got) == pid
        return int(status)

    def close(self) -> None:
        try:
            self.proc.stdin.write("QUIT\n")
            self.proc.stdin.flush()
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def run_once(server: Server, run_dir: Path, seed: int, plan: tuple[str, int, float]):
    """Start a run, kill it as `plan` says, return its acknowledged lines."""
    fifo = run_dir / "out.fifo"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        pid = server.start(run_dir, seed, fifo)
        kind, nth, delay = plan
        lines: list[str] = []
        buffer = b""
        started = time.monotonic()
        kill_at = None
        seen = 0
        while True:
            now = time.monotonic()
            if kill_at is not None and now >= kill_at:
                break
            if now - started > TRIGGER_TIMEOUT:
                break
            wait = 0.05 if kill_at is None else max(0.0, kill_at - now)
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                if lines:
                    break  # the editor ended (it never should before the kill)
                time.sleep(0.001)  # no writer yet
                continue
            buffer += chunk
            *complete, buffer = buffer.split(b"\n")
            for raw in complete:
                line = raw.decode()
                lines.append(line)
                if kill_at is not None:
                    continue
                if kind == "random" and line == "READY":
                    kill_at = time.monotonic() + delay
                elif kind != "random" and line.startswith(kind):
                    seen += 1
                    if seen == nth:
                        kill_at = time.monotonic() + delay
        os.kill(pid, signal.SIGKILL)
        status = server.wait_exit(pid)
        # Everything the editor wrote before it died is still in the pipe.
        while True:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                break
            if not chunk:
                break
            buffer += chunk
        lines += [raw.decode() for raw in buffer.split(b"\n") if raw]
        return lines, status
    finally:
        os.close(fd)


def card_numbers(journey) -> list[int]:
    return sorted(int(card.title.split()[1]) for lane in journey.lanes for card in lane.cards
                  if card.title.startswith("card "))


def state_of(journey) -> int:
    """k if the map holds exactly cards 1..k (a consistent state), else fail."""
    numbers = card_numbers(journey)
    assert numbers == list(range(1, len(numbers) + 1)), f"inconsistent cards {numbers}"
    return len(numbers)


def last_ack(lines: list[str]) -> tuple[str | None, int]:
    for line in reversed(lines):
        word, _, n = line.partition(" ")
        if word in ("AUTOSAVED", "SAVED"):
            return word, int(n)
    return None, 0


def numbers_of(lines: list[str], word: str) -> list[int]:
    return [int(line.split()[1]) for line in lines if line.startswith(word + " ")]


def in_flight(lines: list[str]) -> str | None:
    """Which write the kill interrupted, from the last begun/finished lines."""
    for line in reversed(lines):
        word = line.split(" ")[0]
        if word in ("AUTOSAVED", "SAVED", "EDIT"):
            return None
        if word == "AUTOSAVING":
            return "autosave"
        if word == "SAVING":
            return "save"
    return None


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing(tmp_path, example_map_path, manager,
                                                 monkeypatch):
    rng = random.Random(SEED)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    server = Server(env)
    original = example_map_path.read_bytes()
    stats = {"runs": 0, "kill_in_autosave": 0, "kill_in_save": 0, "with_copy": 0,
             "copy_required": 0, "file_saved": 0, "restored": 0, "edits": 0}
    monkeypatch.setattr(RecoveryDialog, "exec", lambda self: RecoveryDialog.RESTORE)
    started = time.monotonic()
    try:
        for index in range(RUNS):
            run_dir = tmp_path / f"run{index:03d}"
            (run_dir / "map").mkdir(parents=True)
            map_path = run_dir / "map" / "mapa.cjmap"
            map_path.write_bytes(original)
            kind = ("random", "AUTOSAVING", "SAVING")[index % 3]
            plan = (kind, rng.randint(1, 3) if kind != "random" else 0,
                    rng.uniform(0.0, 0.004) if kind != "random" else rng.uniform(0.0, 0.45))
            lines, status = run_once(server, run_dir, rng.randrange(1 << 30), plan)
            context = f"run {index} plan {plan} last lines {lines[-6:]}"
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, context
            assert "READY" in lines, context
            stats["runs"] += 1
            stats["edits"] += len(numbers_of(lines, "EDIT"))
            where = in_flight(lines)
            if where == "autosave":
                stats["kill_in_autosave"] += 1
            elif where == "save":
                stats["kill_in_save"] += 1

            # 1. The map file: intact, and one of the states that were being saved.
            try:
                on_disk = load(map_path)
            except MapLoadError as error:
                raise AssertionError(f"{context}: the map file is broken: {error}") from None
            k = state_of(on_disk)
            saving = numbers_of(lines, "SAVING")
            saved = numbers_of(lines, "SAVED")
            if k == 0:
                assert map_path.read_bytes() == original, context
                assert not saved, context
            else:
                stats["file_saved"] += 1
                assert k in saving, context
                assert k >= (saved[-1] if saved else 0), context
            bak = map_path.with_name("mapa.cjmap.bak")
            if bak.exists():
                state_of(load(bak))  # a backup is a whole earlier version too

            # 2. The next start: the recovery copy is stale and holds the edits.
            store = RecoveryStore(run_dir / "state" / "cjeditor" / "recovery")
            stale = store.stale()
            assert store.entries() == stale, context  # the editor is dead
            ack, n = last_ack(lines)
            if ack == "AUTOSAVED" and k < n:
                # The edits live only in the copy. (Killed after a save's rename but
                # before "SAVED" was printed, the file holds them and the copy may be gone.)
                stats["copy_required"] += 1
                assert len(stale) == 1, context
            assert len(stale) <= 1, context
            for entry in stale:
                stats["with_copy"] += 1
                copy = entry.load()  # never partial
                c = state_of(copy)
                assert c >= n, f"{context}: copy has {c} edits, {ack} {n} was acknowledged"
                assert c <= max(numbers_of(lines, "EDIT"), default=0), context
                if entry.has_info:
                    assert entry.original == str(map_path.resolve()), context
                    assert json.loads(entry.info_path.read_text())["pid"] == entry.pid
                if index % 10 == 0:  # restore it through the start-up dialog
                    [window] = offer_recovery(manager, None, store=store)
                    assert state_of(window.document.map) == c
                    assert window.document.modified
                    # Killed between the copy and its first sidecar: the copy is
                    # restored as an untitled map (its original path is unknown).
                    expected = map_path.resolve() if entry.has_info else None
                    assert window.document.path == expected, context
                    stats["restored"] += 1
                    window.document.undo_stack.setClean()
                    window.close()
            # stale() also swept the half-written temporaries of the dead editor
            assert list(store.root.glob(".*.tmp")) == [], context
            shutil.rmtree(run_dir / "config", ignore_errors=True)
    finally:
        server.close()
    elapsed = time.monotonic() - started
    print(f"\ncrash test: {stats['runs']} SIGKILLed runs in {elapsed:.1f} s; "
          f"{stats['edits']} edits; killed inside an autosave {stats['kill_in_autosave']}x, "
          f"inside a save {stats['kill_in_save']}x; map file held a saved state "
          f"{stats['file_saved']}x; recovery copy found {stats['with_copy']}x "
          f"(required {stats['copy_required']}x), restored {stats['restored']}x")
    assert stats["runs"] == RUNS
    assert stats["kill_in_autosave"] >= 5 and stats["kill_in_save"] >= 5
    assert stats["copy_required"] >= 30
