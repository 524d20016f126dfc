"""The editor keeps Qt's fills on the thread that paints (app/main.py, SERIAL_FILLS_ENV).

Qt reads the setting once per process, when it first fills, so each case runs in a
process of its own: a translucent shape of some hundred rows (the size at which Qt
hands a fill to its pool of threads), then the threads Qt started are counted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication
    if sys.argv[1] == "editor":
        from cjeditor.app.main import create_application
        create_application(["cjeditor"])
    else:
        QApplication(["plain"])
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(200, 100, 50, 120))
    for i in range(20):
        painter.drawRoundedRect(QRectF(10.5 + i, 10.5, 300.3, 300.3), 8, 8)
    painter.end()
    tasks = os.listdir("/proc/self/task")
    names = [open(f"/proc/self/task/{t}/comm").read().strip() for t in tasks]
    print(sum(1 for name in names if "pooled" in name))
""")


def _pool_threads(how: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", SCRIPT, how], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    return int(done.stdout.split()[-1])


def test_the_editor_fills_on_the_painting_thread() -> None:
    assert _pool_threads("plain") > 0  # Qt's default: the fills went to its threads
    assert _pool_threads("editor") == 0
