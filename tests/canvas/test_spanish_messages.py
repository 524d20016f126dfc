"""In the Spanish interface every refusal on the canvas is a Spanish sentence from the
one message path, never English and never pydantic's wording (issue 8, item 3)."""

from __future__ import annotations

import pytest
from canvas_helpers import center_of, drag, palette_drop
from maps import png_bytes
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from qt_support import drop_files

from cjeditor.app.i18n import install_translators
from cjeditor.canvas import CARD_MIME
from cjeditor.commands import AddCardCommand, EditCardFieldsCommand, push

PYDANTIC_WORDS = ("should", "Input", "String", "validation error", "pydantic", "Value error",
                  "type=", "[", "literal_error")


def plain_spanish(message: str) -> None:
    assert message, "no message"
    for word in PYDANTIC_WORDS:
        assert word not in message, message
    for english in ("cannot", "already", "The ", "card"):
        assert english not in message, message


@pytest.fixture
def spanish(view):
    install_translators(QApplication.instance(), "es")
    messages: list[str] = []
    view.status_message.connect(messages.append)
    yield messages
    install_translators(QApplication.instance(), "en")


def test_refused_palette_drops_speak_spanish(view, doc, spanish):
    before = doc.map.model_dump()
    target = view.map_scene.cell_rect("l-emo", "s-3").center()
    accepted, drop = palette_drop(view, target, CARD_MIME, {"kind": "opportunity"})
    assert not accepted and not drop.isAccepted()
    # the lane named once: its title is its type's name
    assert spanish[-1] == ('Las tarjetas de tipo «Oportunidad» no pueden ir en el carril '
                           '«Emociones»; admite: Emoción.')
    plain_spanish(spanish[-1])
    target = view.map_scene.cell_rect("l-emo", "s-1").center()
    accepted, _ = palette_drop(view, target, CARD_MIME, {"kind": "emotion"})
    assert not accepted
    assert spanish[-1] == 'Este carril ya tiene una emoción para la etapa «Búsqueda».'
    assert doc.map.model_dump() == before


def test_refused_card_drag_speaks_spanish(view, doc, spanish):
    before = doc.map.model_dump()
    scene = view.map_scene
    drag(view, center_of(scene.cards["c-tp"]), scene.cell_rect("l-pain", "s-1").center())
    assert doc.map.model_dump() == before
    assert spanish[-1].startswith("Las tarjetas de tipo «Punto de contacto» no pueden ir")
    plain_spanish(spanish[-1])


def test_paste_that_does_not_fit_says_why_in_spanish(view, doc, spanish):
    view.select_ids(["c-emo1"])
    assert view.copy()
    view.select_ids(["c-emo2"])  # paste onto the stage that already has an emotion
    assert not view.paste()
    assert spanish[-1] == ('No se ha podido colocar 1 tarjeta: Este carril ya tiene una '
                           'emoción para la etapa «Elección».')
    plain_spanish(spanish[-1].split(":", 1)[1])


def test_unreadable_picture_drop_speaks_spanish(view, doc, spanish, tmp_path):
    path = tmp_path / "foto.png"
    path.write_bytes(b"GIF89a" + png_bytes(4, 4)[8:])  # named .png, but not a PNG
    drop_files(view, view.map_scene.cell_rect("l-img", "s-1").center(), path)
    assert doc.cell_cards("l-img", "s-1") == []
    assert spanish[-1] == ("No se puede añadir foto.png: se declara como image/png pero sus "
                           "datos son otra cosa que una imagen PNG o JPEG")
    plain_spanish(spanish[-1])


def test_invalid_field_edit_speaks_spanish(view, doc, spanish):
    """document/checks.validated() words a refused value as the reader does."""
    before = doc.map.model_dump()
    assert not view.run(EditCardFieldsCommand(doc, "c-tp", {"color": "#12"}))
    assert spanish[-1] == 'Color: no es un color: escríbalo como "#RRGGBB", p. ej. "#1F6FB2"'
    assert not view.run(EditCardFieldsCommand(doc, "c-pain", {"severity": 9}))
    assert spanish[-1] == "Gravedad: debe ser como máximo 5"
    assert not view.run(EditCardFieldsCommand(doc, "c-tp", {"channel": "paloma"}))
    assert spanish[-1].startswith("Canal: debe ser uno de estos valores: 'social', ")
    assert " o 'other'" in spanish[-1]
    assert not view.run(EditCardFieldsCommand(doc, "c-tp", {"title": "x" * 400}))
    assert spanish[-1] == "Título: es demasiado largo: como máximo 300 caracteres"
    for message in spanish:
        plain_spanish(message.split(":", 1)[1] if "valores" in message else message)
    assert doc.map.model_dump() == before


def test_the_same_refusals_in_english(view, doc):
    messages: list[str] = []
    view.status_message.connect(messages.append)
    assert not view.run(EditCardFieldsCommand(doc, "c-tp", {"color": "#12"}))
    assert messages[-1] == 'Colour: is not a colour: write it as "#RRGGBB", e.g. "#1F6FB2"'
    with pytest.raises(ValueError, match=r"^Opportunity cards cannot go in the lane "
                                         r'"Emociones" \(Emotions\); it takes: Emotion\.$'):
        push(doc, AddCardCommand(doc, "l-emo", "s-3", "opportunity"))


def test_a_refusal_leaves_the_status_bar_once_the_drop_is_allowed(view, doc, spanish):
    """Issue 14: the refusal no longer stays in the status bar after a successful drop."""
    import json


    mime = QMimeData()
    mime.setData(CARD_MIME, json.dumps({"kind": "note"}).encode("utf-8"))

    def event(cls, cell):
        pos = view.mapFromScene(view.map_scene.cell_rect(*cell).center())
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)
        return cls(QPointF(pos) if cls is QDropEvent else pos, *args)

    QApplication.sendEvent(view.viewport(), event(QDragEnterEvent, ("l-emo", "s-3")))
    QApplication.sendEvent(view.viewport(), event(QDragMoveEvent, ("l-emo", "s-3")))
    assert spanish[-1].startswith("Las tarjetas de tipo «Nota» no pueden ir")
    QApplication.sendEvent(view.viewport(), event(QDragMoveEvent, ("l-notes", "s-3")))
    assert spanish[-1] == ""
    drop = event(QDropEvent, ("l-notes", "s-3"))
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted() and len(doc.cell_cards("l-notes", "s-3")) == 1
    assert spanish[-1] == ""
    view.editor.cancel()


def test_a_broken_rule_names_things_as_the_user_named_them(view, doc, spanish):
    """A refused structure names its phase and its lanes by their names, not by the ids
    and JSON paths a file's refusal gives (those are for `cjeditor validate`)."""
    from cjeditor.commands import EditLaneCommand, EditStageCommand

    before = doc.map.model_dump()
    assert view.run(EditStageCommand(doc, "s-3", {"phase": "ph-1"}))
    assert not view.run(EditStageCommand(doc, "s-2", {"phase": None}))  # would split it
    assert "«Compra»" in spanish[-1] and "ph-1" not in spanish[-1], spanish[-1]
    assert view.run(EditLaneCommand(doc, "l-tp", {"line_below": "interaction"}))
    assert not view.run(EditLaneCommand(doc, "l-pain", {"line_below": "interaction"}))
    tp = doc.lane("l-tp").title
    assert f"«{tp}»" in spanish[-1] and "lanes[" not in spanish[-1], spanish[-1]
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump() == before
