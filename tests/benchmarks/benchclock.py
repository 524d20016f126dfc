"""The clock of the in-process benchmarks: wall time, or with `run.py --cpu` this
process's CPU time (steadier on a machine shared with other work; it leaves
out time spent waiting, so it is a lower bound of what a user waits)."""

from __future__ import annotations

import time
from collections.abc import Callable

now: Callable[[], float] = time.perf_counter


def use_cpu_time() -> None:
    global now
    now = time.process_time
