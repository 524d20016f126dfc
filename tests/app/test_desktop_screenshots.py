"""Screenshots for a person to look at (tests/output): the window in Spanish at
1600×1000 scrolled to the middle of the example map, a title being edited, and
the guide's three pages. Each is checked for what must be in it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from cjeditor.app.i18n import install_translators
from cjeditor.commands import EditLaneCommand, push
from cjeditor.paint import style as S


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_window_in_spanish_scrolled_to_the_middle(app, manager, example_map_path, output_dir):
    install_translators(app, "es")
    window = manager.open_path(example_map_path)
    window.resize(1600, 1000)
    window.show()
    settle()
    assert window.view.width() >= 0.65 * 1600
    start = window.grab()
    assert start.save(str(output_dir / "desktop-window-start-es.png"))
    doc = window.document
    lane = next(la for la in doc.map.lanes if la.type == "thoughts")
    push(doc, EditLaneCommand(doc, lane.id, {"collapsed": True}))
    view = window.view
    for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
        bar.setValue(bar.maximum() // 2)
    settle()
    assert window.grab().save(str(output_dir / "desktop-window-middle-es.png"))
    stages, lanes = window.frozen.stages, window.frozen.lanes
    assert stages.isVisible() and lanes.isVisible()  # both strips frozen in the middle
    corner = stages.grab().toImage().copy(0, 0, lanes.width() - 2, stages.height() - 2)
    assert {corner.pixel(x, y) for x in range(0, corner.width(), 7)
            for y in range(0, corner.height(), 7)} == {QColor(S.WHITE).rgb()}  # blank corner
    card = next(c for c in doc.map.lanes[2].cards)
    view.select_ids([card.id])
    editor = view.edit_title(card.id)
    settle()
    assert editor is not None and editor.isVisible()
    assert view.viewport().rect().contains(editor.geometry())  # scrolled to it
    for band in (window.frozen.stages, window.frozen.lanes):  # and not under a strip
        if band.isVisible():
            shown = band.geometry().translated(-view.viewport().x(), -view.viewport().y())
            assert not shown.intersects(editor.geometry()), band.objectName()
    assert window.grab().save(str(output_dir / "desktop-editing-es.png"))
    editor.cancel()
    assert doc.undo_stack.undoText() == f"Plegar el carril «{lane.title}»"
    view.select_ids([])


def test_guide_pages_in_spanish(app, manager, output_dir):
    install_translators(app, "es")
    window = manager.new_map("blank", "es")
    dialog = window.show_guide()
    settle()
    try:
        assert dialog.windowTitle() == "Guía de cjeditor"
        for tab, name in enumerate(("guide", "glossary", "keyboard")):
            dialog.tabs.setCurrentIndex(tab)
            settle()
            assert dialog.grab().save(str(output_dir / f"desktop-{name}-es.png"))
        assert "Tipos de carril" in dialog.page_text(1)
        assert "Deshacer" in dialog.page_text(2)
    finally:
        dialog.close()
