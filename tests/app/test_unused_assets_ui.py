"""A photo removed in the window leaves the saved file (audit F19): the Personas dock's
"Picture…" and "No picture", deleting or cutting image cards. Undo brings the photo
back; a cut picture comes back with its card on Paste."""

from __future__ import annotations

import json

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from cjeditor.fileio import dumps


def _saved(window, path) -> dict:
    assert window.files._write(path)
    return json.loads(path.read_text(encoding="utf-8"))


def _body(doc) -> dict:
    """The map as saved, but the date of the last save (a save stamps it, undo keeps it)."""
    data = json.loads(dumps(doc.map))
    data["meta"].pop("modified", None)
    return data


def _unused(data: dict) -> list[str]:
    used = {p.get("image") for p in data["personas"]}
    used |= {c.get("asset") for lane in data["lanes"] for c in lane["cards"]}
    return [a["id"] for a in data["assets"] if a["id"] not in used]


def test_opening_and_saving_changes_nothing(example_window, example_map_path, tmp_path):
    out = tmp_path / "same.cjmap"
    _saved(example_window, out)
    assert out.read_bytes() == example_map_path.read_bytes()


def test_replaced_and_removed_persona_photo_is_not_saved(example_window, tmp_path,
                                                         monkeypatch):
    window = example_window
    doc = window.document
    opened = _body(doc)
    dock = window.personas
    dock.list.setCurrentRow(0)
    laura = doc.map.personas[0].id
    assert doc.persona(laura).image == "a-laura"
    for i, colour in enumerate(("#ff0000", "#00ff00", "#0000ff")):
        picture = tmp_path / f"p{i}.png"
        image = QImage(300, 200, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        assert image.save(str(picture))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, p=picture, **k: (str(p), "")))
        dock.picture_button.click()
        QApplication.processEvents()
        assert "a-laura" not in [a.id for a in doc.map.assets]
        assert len(doc.map.assets) == 3  # the two storyboard pictures and the new photo
    dock.clear_picture_button.click()
    QApplication.processEvents()
    assert doc.persona(laura).image is None
    data = _saved(window, tmp_path / "sent.cjmap")
    assert [a["id"] for a in data["assets"]] == ["a-movil", "a-caja"]
    assert _unused(data) == []
    for _ in range(4):
        doc.undo_stack.undo()
    assert _body(doc) == opened
    assert dock.picture.pixmap() is not None and not dock.picture.pixmap().isNull()


def test_deleted_and_cut_image_cards_take_their_pictures(example_window, tmp_path):
    window = example_window
    doc, view = window.document, window.view
    opened = _body(doc)
    view.setFocus()
    view.select_ids(["img-1"])  # a-movil: this card's alone
    assert view.cut()
    assert "a-movil" not in [a.id for a in doc.map.assets]
    view.select_ids(["ev-3", "img-2"])  # both pictures of a-caja
    window.actions.delete.trigger()
    QApplication.processEvents()
    data = _saved(window, tmp_path / "sent.cjmap")
    assert [a["id"] for a in data["assets"]] == ["a-laura"]
    view.select_ids([doc.map.stages[0].id])
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert _body(doc) == opened
    view.select_ids(["ev-3"])
    assert view.paste()  # the cut card, with its picture from the clipboard
    pasted = view.selected_card_ids()
    assert [doc.card(c).asset for c in pasted] == ["a-movil"]
    assert "a-movil" in [a.id for a in doc.map.assets]
