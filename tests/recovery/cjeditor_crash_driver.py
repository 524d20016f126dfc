"""Drive the real editor so a test can SIGKILL it at random moments.

One run: a MainWindow (through WindowManager.open_path) on RUN_DIR/map/mapa.cjmap,
with its own settings and state folder under RUN_DIR (autosave interval and
debounce set small in the settings). Timers add note cards titled "card <n>",
n = 1, 2, 3 ..., one command per edit, and save now and then. It prints, flushed:

    READY                 the window is up
    EDIT <n>              edit n is in the document
    AUTOSAVING <n>        a recovery copy of edits 1..n is being written
    AUTOSAVED <n>         ... and it is on disk, with its sidecar
    SAVING <n>            a save of edits 1..n began (File > Save)
    SAVED <n>             ... and completed

fsync is slowed a little (a slow disk) so kills often land inside a write.

    python cjeditor_crash_driver.py --run RUN_DIR SEED      one run, lines on stdout
    python cjeditor_crash_driver.py --serve                 a fork server (below)

The fork server pays the Python and PySide6 import once: for each stdin line
`RUN <run_dir> <seed> <fifo>` it forks a child that runs the editor and writes
its lines to the FIFO, prints `PID <pid>`, waits for the child (the test kills
it) and prints `EXIT <pid> <status>`. Every child is a fresh process with its own
QApplication; nothing Qt exists in the server. The file name mentions cjeditor,
as the editor's command line does (the recovery store's pid check looks for it).
"""

from __future__ import annotations

import os
import random
import sys
import time

# Imported once in the server, before any fork; no QApplication here.
from PySide6.QtCore import QTimer  # noqa: E402

import cjeditor.app.window  # noqa: F401,E402  (imports every module a window uses)
from cjeditor.app.main import create_application  # noqa: E402
from cjeditor.app.recovery import RecoveryStore  # noqa: E402
from cjeditor.app.settings import AppSettings  # noqa: E402
from cjeditor.app.windows import WindowManager  # noqa: E402
from cjeditor.commands import AddCardCommand, push  # noqa: E402

LIFETIME = 6.0  # seconds: a run that is never killed ends itself


def run(run_dir: str, seed: int, emit) -> None:
    os.environ["HOME"] = run_dir
    os.environ["XDG_CONFIG_HOME"] = os.path.join(run_dir, "config")
    os.environ["XDG_STATE_HOME"] = os.path.join(run_dir, "state")
    os.environ["XDG_DATA_HOME"] = os.path.join(run_dir, "data")
    os.environ["XDG_CACHE_HOME"] = os.path.join(run_dir, "cache")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    rng = random.Random(seed)

    real_fsync = os.fsync

    def slow_fsync(fd):  # a slow disk: writes take a few milliseconds
        time.sleep(rng.uniform(0.0, 0.004))
        real_fsync(fd)

    os.fsync = slow_fsync
    state = {"n": 0, "next_save": rng.randint(6, 25)}

    real_write = RecoveryStore.write

    def write(self, *args, **kwargs):
        emit(f"AUTOSAVING {state['n']}")
        return real_write(self, *args, **kwargs)

    RecoveryStore.write = write

    app = create_application(["cjeditor"])
    settings = AppSettings()
    settings.autosave_interval = rng.choice((0.08, 0.12, 0.2))
    settings.autosave_debounce = rng.choice((0.02, 0.04))
    settings.keep_backup = rng.random() < 0.5
    manager = WindowManager(settings)
    window = manager.open_path(os.path.join(run_dir, "map", "mapa.cjmap"), show=False)
    doc = window.document
    lane = next(lane.id for lane in doc.map.lanes if lane.type == "notes")
    stages = [stage.id for stage in doc.map.stages]
    window.autosaver.autosaved.connect(lambda _path: emit(f"AUTOSAVED {state['n']}"))

    def step():
        state["n"] += 1
        n = state["n"]
        push(doc, AddCardCommand(doc, lane, stages[n % len(stages)], "note",
                                 {"title": f"card {n}"}))
        emit(f"EDIT {n}")
        if n >= state["next_save"]:
            state["next_save"] = n + rng.randint(8, 30)
            emit(f"SAVING {n}")
            if window.files.save():
                emit(f"SAVED {n}")
        # mostly quick edits; now and then a pause long enough for the debounce
        delay = rng.randint(2, 10) if rng.random() < 0.9 else rng.randint(40, 90)
        QTimer.singleShot(delay, step)

    QTimer.singleShot(0, step)
    QTimer.singleShot(int(LIFETIME * 1000), app.quit)
    emit("READY")
    app.exec()


def _serve() -> None:
    out = sys.stdout
    out.write("SERVER READY\n")
    out.flush()
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "QUIT":
            break
        _cmd, run_dir, seed, fifo = parts
        pid = os.fork()
        if pid == 0:  # the editor
            status = 0
            try:
                fd = os.open(fifo, os.O_WRONLY)
                run(run_dir, int(seed),
                    lambda text, fd=fd: os.write(fd, (text + "\n").encode()))
            except BaseException:  # report and leave: a child never returns to the server
                import traceback

                traceback.print_exc()
                status = 3
            finally:
                os._exit(status)
        out.write(f"PID {pid}\n")
        out.flush()
        _pid, status = os.waitpid(pid, 0)
        out.write(f"EXIT {pid} {status}\n")
        out.flush()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        _serve()
        return 0
    if argv[:1] == ["--run"] and len(argv) == 3:
        def emit(text: str) -> None:
            sys.stdout.write(text + "\n")
            sys.stdout.flush()

        run(argv[1], int(argv[2]), emit)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
