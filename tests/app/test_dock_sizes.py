"""The docks are usable in a 1366 × 768 window (audit g3: F7 the phase's properties,
F11 the Prioritise matrix, F12 the Map check). Pictures: tests/output/small-*.png."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from cjeditor.app.i18n import install_translators


@pytest.fixture
def small(manager, example_map_path):
    install_translators(QApplication.instance(), "es")  # the longer words
    window = manager.open_path(example_map_path)
    window.resize(1366, 768)
    window.show()
    QTest.qWait(50)
    return window


def settle(ms: int = 100) -> None:
    QApplication.processEvents()
    QTest.qWait(ms)


def test_the_phase_form_fits_the_panel(small, output_dir):
    window = small
    phase = window.document.map.phases[0]
    window.properties.show_ids([phase.id])
    settle()
    viewport = window.properties.scroll.viewport()
    page = window.properties.scroll.widget()
    assert page.width() <= viewport.width()  # no part of the form past the panel's edge
    colour = window.properties.form.editors["color"].widget
    for part in (colour.findChild(QLineEdit), colour.findChild(QToolButton)):
        right = part.mapTo(viewport, QPoint(part.width(), 0)).x()
        assert part.isVisible() and right <= viewport.width()
    window.properties.grab().save(str(output_dir / "small-phase-properties.png"))


def test_prioritise_opens_tall_enough_for_its_matrix(small, output_dir):
    window = small
    window.prioritise.toggleViewAction().trigger()
    settle(600)
    assert window.prioritise.height() >= 0.35 * window.height()
    matrix = window.prioritise.matrix
    assert matrix.transform().m11() >= 0.85  # the cards' titles stay readable
    window.grab().save(str(output_dir / "small-window-prioritise.png"))


def test_the_map_check_shows_its_eight_keys(small, output_dir):
    window = small
    window.check.show()
    window.check.raise_()
    settle(600)
    tree = window.check.tree
    assert tree.topLevelItemCount() == 8
    for index in range(8):
        rect = tree.visualItemRect(tree.topLevelItem(index))
        assert rect.isValid() and rect.bottom() <= tree.viewport().height(), index
    window.check.grab().save(str(output_dir / "small-map-check.png"))
