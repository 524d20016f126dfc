"""In the main window: clicking a connection shows it in the properties dock, whose
edits are one undo step each; a picture of the window for a person to look at."""

from __future__ import annotations

from itertools import pairwise

import pytest
from canvas_helpers import press, release
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from qt_support import flush_deletes

from cjeditor.app.i18n import install_translators
from cjeditor.app.main import create_application
from cjeditor.app.settings import AppSettings
from cjeditor.app.windows import WindowManager


@pytest.fixture
def manager(qapp, monkeypatch):
    """A WindowManager as tests/app makes one; its windows closed without prompts."""
    install_translators(create_application(), "en")
    mgr = WindowManager(AppSettings())
    yield mgr
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Discard)
    for window in list(mgr.windows):
        window.close()
    flush_deletes()
    mgr.deleteLater()
    flush_deletes()


def test_a_clicked_connection_is_edited_in_the_dock(manager, output_dir):
    window = manager.new_map("service-blueprint", "en")
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    view, doc = window.view, window.document
    geom = view.map_scene.geometry
    target = next(c for c in geom.connections if c.label and len(c.points) >= 3)
    a, b = max(pairwise(target.points),
               key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1]))
    spot = QPointF(a[0] + (b[0] - a[0]) * 0.15, a[1] + (b[1] - a[1]) * 0.15)
    view.centerOn(spot)
    QApplication.processEvents()
    press(view, spot)
    release(view, spot)
    assert window.selection == [target.connection_id]
    dock = window.properties
    assert dock.current_kind == "connection"
    label = dock.form.editors["label"].widget
    assert isinstance(label, QLineEdit)
    before = doc.map.model_dump()
    label.setText("sends at once")
    label.editingFinished.emit()
    assert doc.connection(target.connection_id).label == "sends at once"
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    QApplication.processEvents()
    window.grab().save(str(output_dir / "blueprint-window.png"))
