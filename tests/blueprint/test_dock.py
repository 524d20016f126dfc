"""The properties dock edits a selected connection (label, style) and a lane's line."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from cjeditor.app.docks.properties import PropertiesDock
from cjeditor.document import MapDocument
from cjeditor.templates import create_map


def test_dock_edits_a_connections_label_and_style(qapp):
    doc = MapDocument(create_map("service-blueprint", "en"))
    dock = PropertiesDock(doc)
    try:
        connection = next(c for c in doc.map.connections if c.label and c.style == "flow")
        before = doc.map.model_dump()
        dock.show_ids([connection.id])
        assert dock.current_kind == "connection"
        label = dock.form.editors["label"].widget
        assert isinstance(label, QLineEdit) and label.text() == connection.label
        label.setText("when it is within 30 days")
        label.editingFinished.emit()
        assert doc.connection(connection.id).label == "when it is within 30 days"
        style = dock.form.editors["style"].widget
        style.setCurrentIndex(style.findData("dependency"))
        style.activated.emit(style.currentIndex())  # as a user's choice
        assert doc.connection(connection.id).style == "dependency"
        assert doc.undo_stack.count() == 2
        doc.undo_stack.undo()
        assert style.currentData() == "flow"  # the form follows undo
        doc.undo_stack.undo()
        assert doc.map.model_dump() == before
        delete = next(b for b in dock.findChildren(QPushButton)
                      if b.text() == "Delete connection")
        delete.click()
        assert doc.kind_of(connection.id) is None
        assert dock.current is None  # the dock let go of the deleted arrow
    finally:
        dock.deleteLater()


def test_dock_refuses_a_line_out_of_order_with_the_rule(qapp):
    doc = MapDocument(create_map("service-blueprint", "en"))
    dock = PropertiesDock(doc)
    try:
        top = doc.map.lanes[0].id
        dock.show_ids([top])
        combo = dock.form.editors["line_below"].widget
        before = doc.map.model_dump()
        combo.setCurrentIndex(combo.findData("visibility"))  # already under another lane
        combo.activated.emit(combo.currentIndex())
        assert doc.map.model_dump() == before
        assert combo.currentData() is None  # the form shows the lane as it is
    finally:
        dock.deleteLater()
