"""Every way the window adds things, on a map already full of them (audit F6): the
refusal is the one sentence of the document, in the interface language, in the status
bar; the map does not change, and no traceback reaches the user."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from full_maps import full_map
from maps import png_bytes, v2_map
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from qt_support import drop_files

from cjeditor.app.i18n import install_translators
from cjeditor.canvas.connections import ConnectDialog
from cjeditor.fileio import dumps
from cjeditor.model import limits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import drag, move  # noqa: E402


@pytest.fixture
def open_full(app, manager, tmp_path):
    """open_full(what) -> a window in Spanish on a map full of `what` (or on the map
    `what` itself, a dict)."""
    install_translators(app, "es")

    def open_map(what: str | dict):
        raw = full_map(what) if isinstance(what, str) else what
        path = tmp_path / f"{len(manager.windows)}.cjmap"
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        window = manager.open_path(path)
        assert window is not None
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        return window

    yield open_map
    install_translators(app, "en")


class Watch:
    """The map as saved, the status bar's messages and the history, before a gesture."""

    def __init__(self, window) -> None:
        self.window, self.doc = window, window.document
        self.before = dumps(self.doc.map)
        self.steps = self.doc.undo_stack.count()
        self.said: list[str] = []
        window.statusBar().clearMessage()  # the same sentence again is a change too
        window.statusBar().messageChanged.connect(lambda text: text and self.said.append(text))

    def refused(self, sentence: str) -> None:
        QApplication.processEvents()
        assert sentence in self.said, self.said
        assert not any("Traceback" in s or "Error" in s for s in self.said), self.said
        assert dumps(self.doc.map) == self.before
        assert self.doc.undo_stack.count() == self.steps


def test_personas_dock_add(open_full):
    window = open_full("personas")
    watch = Watch(window)
    window.personas.add_button.click()
    watch.refused("Un mapa admite como máximo 50 personas.")


def test_views_dock_save_view(open_full):
    window = open_full("views")
    watch = Watch(window)
    assert window.views.save_current("Una más") is None  # what "Guardar vista…" ▸ OK does
    watch.refused("Un mapa admite como máximo 50 vistas guardadas.")


def test_insert_menu_stage_phase_lane(open_full):
    window = open_full("stages")
    watch = Watch(window)
    window.view.select_ids([window.document.map.stages[-1].id])
    window.actions.add_stage.trigger()
    watch.refused("Un mapa admite como máximo 200 etapas.")

    window = open_full("phases")
    watch = Watch(window)
    window.view.select_ids(["s-3"])
    window.actions.add_phase.trigger()
    watch.refused("Un mapa admite como máximo 50 fases.")

    window = open_full("lanes")
    watch = Watch(window)
    window.actions.add_lane["notes"].trigger()
    watch.refused("Un mapa admite como máximo 100 carriles.")


def test_paste_and_duplicate_into_a_full_lane(open_full):
    window = open_full("lane_cards")
    view = window.view
    view.select_ids(["c-f0"])
    assert view.copy()
    watch = Watch(window)
    view.select_ids(["c-f5"])
    assert not view.paste()
    watch.refused('El carril «Llena» admite como máximo 2000 tarjetas.')
    assert not view.duplicate()
    watch.refused('El carril «Llena» admite como máximo 2000 tarjetas.')


def test_paste_into_a_full_map(open_full):
    window = open_full("cards")
    view = window.view
    view.select_ids(["c-note"])
    watch = Watch(window)
    assert not view.duplicate()
    watch.refused("Un mapa admite como máximo 20\u00a0000 tarjetas.")


def test_connection_by_drag_and_by_ctrl_k(open_full, monkeypatch):
    """With the format's limit lowered to the map's 4 arrows: a window on 5000 arrows
    takes half a minute to route them (tests/commands checks the real 5000)."""
    monkeypatch.setattr(limits, "MAX_CONNECTIONS", 4)
    window = open_full(v2_map())
    view, doc = window.view, window.document
    scene = view.map_scene

    def center(card_id: str) -> QPointF:
        r = scene.geometry.cards[card_id].rect
        return QPointF(r.x + r.w / 2, r.y + r.h / 2)

    view.ensureVisible(scene.cards["c-note"])
    QApplication.processEvents()
    watch = Watch(window)
    move(view, center("c-note"), buttons=Qt.MouseButton.NoButton)  # hover: the handle
    assert view.connector.handle.isVisible()
    drag(view, view.connector.handle.pos(), center("c-tp"), steps=6)
    watch.refused("Un mapa admite como máximo 4 conexiones.")

    watch = Watch(window)

    def pick(dialog):
        dialog.filter.setText("Google")
        assert dialog.chosen() == "c-tp"
        return ConnectDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectDialog, "exec", pick)
    view.select_ids(["c-note"])
    view.connector.connect_selected()  # Ctrl+K
    watch.refused("Un mapa admite como máximo 4 conexiones.")
    assert len(doc.map.connections) == 4


def test_persona_picture_and_image_drop(open_full, tmp_path):
    window = open_full("assets")
    doc = window.document
    personas = window.personas
    personas.add_button.click()  # a persona without a picture, one undo step
    watch = Watch(window)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    personas._set_picture(image)  # what "Imagen…" does once the file is chosen
    watch.refused("Un mapa admite como máximo 500 imágenes.")
    assert doc.map.personas[-1].image is None

    path = tmp_path / "foto.png"
    path.write_bytes(png_bytes(8, 6))
    view = window.view
    view.ensureVisible(view.map_scene.cell_rect("l-img", "s-1"))
    QApplication.processEvents()
    watch = Watch(window)
    drop_files(view, view.map_scene.cell_rect("l-img", "s-1").center(), path)
    watch.refused("Un mapa admite como máximo 500 imágenes.")
