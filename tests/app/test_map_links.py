"""Links between maps (issue 13, item 6): a card or stage links to another .cjmap.

Set with "Link to Map…" (context menu, Edit menu, properties dock) as a path
relative to the map's file, one undo step each; a badge and the path, laid out
and painted by the one painter on screen and paper; a double-click on the badge,
the context menu or Ctrl+Shift+O open the linked map through the safe reader, and
a missing or refused one is the load-problems dialog. Real files on disk, real
events sent to the canvas.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from maps import base_map
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip

from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.linked_maps import LinkField
from cjeditor.canvas.menus import context_menu
from cjeditor.commands import SetMapLinkCommand, push
from cjeditor.document import MapDocument
from cjeditor.document.map_paths import linked_path, relative_map_path
from cjeditor.fileio import load, save
from cjeditor.layout import STYLE, compute_layout, default_metrics
from cjeditor.layout.poster import compute_poster
from cjeditor.model import JourneyMap

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import double_click  # noqa: E402

M = default_metrics()
LONG = "../../una carpeta con nombre largo/subcarpeta/detalle-de-la-búsqueda-online.cjmap"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def write_map(path: Path, title: str = "Mapa", **links: str) -> Path:
    data = base_map()
    data["meta"]["title"] = title
    for stage in data["stages"]:
        if stage["id"] in links:
            stage["link"] = links[stage["id"]]
    for lane in data["lanes"]:
        for card in lane["cards"]:
            if card["id"] in links:
                card["link"] = links[card["id"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    save(JourneyMap.model_validate(data), path)
    return path


@pytest.fixture
def maps(tmp_path):
    """main.cjmap links nothing yet; sub/compra.cjmap and ../otro/pago.cjmap exist."""
    main = write_map(tmp_path / "mapas" / "main.cjmap", "Principal")
    sub = write_map(tmp_path / "mapas" / "sub" / "compra.cjmap", "Compra en detalle")
    other = write_map(tmp_path / "otro" / "pago.cjmap", "Pago")
    return main, sub, other


@pytest.fixture
def shown(manager, maps):
    window = manager.open_path(maps[0])
    assert window is not None
    window.resize(1500, 1000)
    window.show()
    settle()
    return window


def actions(menu) -> dict:
    return {a.text(): a for a in menu.actions() if a.text()}


def pick_file(monkeypatch, path: Path | str) -> list[str]:
    """The native open dialog answers `path`; returns the captions it was asked with."""
    asked: list[str] = []

    def answer(parent, caption, start, filters):
        asked.append(f"{caption}|{start}|{filters}")
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    return asked


def capture_messages(monkeypatch, answer=QMessageBox.StandardButton.Ok) -> list[str]:
    said: list[str] = []

    def exec_(box):
        said.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        return answer.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def capture_load_problems(monkeypatch) -> list[str]:
    shown: list[str] = []

    def exec_(dialog):
        shown.append(dialog.text())
        return 0

    monkeypatch.setattr(LoadProblemsDialog, "exec", exec_)
    return shown


def badge_point(view, object_id: str) -> QPointF:
    """The scene point at the centre of the link badge of a card or stage."""
    scene = view.map_scene
    if view.doc.kind_of(object_id) == "stage":
        item = scene.stages[object_id]
        b = item.geom.link_badge
        return item.mapToScene(QPointF(b.x + b.w / 2, b.y + b.h / 2))
    item = scene.cards[object_id]
    b, r = item.geom.link_badge, item.geom.rect
    return item.mapToScene(QPointF(b.x + b.w / 2 - r.x, b.y + b.h / 2 - r.y))


def reveal(view, object_id: str) -> None:
    scene = view.map_scene
    item = scene.stages[object_id] if view.doc.kind_of(object_id) == "stage" \
        else scene.cards[object_id]
    view.ensureVisible(item, 40, 40)
    settle()


# ------------------------------------------------------------------ map paths
def test_map_paths_relative_with_slashes_and_back(tmp_path):
    here = tmp_path / "a" / "b" / "map.cjmap"
    assert relative_map_path(tmp_path / "a" / "b" / "c" / "x.cjmap", here) == "c/x.cjmap"
    assert relative_map_path(tmp_path / "z" / "y.cjmap", here) == "../../z/y.cjmap"
    assert linked_path(here, "../../z/y.cjmap") == (tmp_path / "z" / "y.cjmap").resolve()
    with pytest.raises(ValueError, match="not a .cjmap"):
        relative_map_path(tmp_path / "x.json", here)


# ------------------------------------------------------------------ commands
def test_link_commands_name_the_change_and_undo_exactly(qapp):
    doc = MapDocument(JourneyMap.model_validate(base_map()))
    before = doc.map.model_dump()
    assert push(doc, SetMapLinkCommand(doc, ["s-2"], "compra.cjmap"))
    assert doc.undo_stack.text(0) == "Link stage “Elección” to “compra.cjmap”"
    assert doc.stage("s-2").link == "compra.cjmap"
    assert push(doc, SetMapLinkCommand(doc, ["c-tp"], "../otro/pago.cjmap"))
    assert doc.undo_stack.text(1) == "Link card “Google” to “../otro/pago.cjmap”"
    assert not push(doc, SetMapLinkCommand(doc, ["s-2"], "compra.cjmap"))  # nothing to do
    assert push(doc, SetMapLinkCommand(doc, ["s-2", "c-tp", "l-tp"], None))  # lanes skipped
    assert doc.undo_stack.text(2) == "Remove the links of 2 items"
    assert doc.stage("s-2").link is None and doc.card("c-tp").link is None
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.map.model_dump() == before
    for refused in ("a\\b.cjmap", "/abs/x.cjmap", "c:/x.cjmap", "x.json"):
        with pytest.raises(ValueError):
            push(doc, SetMapLinkCommand(doc, ["s-1"], refused))
        assert doc.map.model_dump() == before
    with pytest.raises(ValueError):
        SetMapLinkCommand(doc, ["l-tp"], "x.cjmap")  # a lane cannot link


# ------------------------------------------------------------------ layout
def linked_map() -> JourneyMap:
    data = base_map()
    data["stages"][0]["link"] = LONG
    data["stages"][1]["link"] = "compra.cjmap"
    for lane in data["lanes"]:
        for card in lane["cards"]:
            if card["id"] in ("c-tp", "c-emo2", "c-exp"):
                card["link"] = LONG if card["id"] != "c-exp" else "e.cjmap"
    return JourneyMap.model_validate(data)


def inside(inner, outer, eps: float = 1e-6) -> bool:
    return (outer.x - eps <= inner.x and inner.right <= outer.right + eps
            and outer.y - eps <= inner.y and inner.bottom <= outer.bottom + eps)


def test_the_badge_and_path_fit_inside_cards_and_headers():
    doc = linked_map()
    geom = compute_layout(doc)
    plain = compute_layout(JourneyMap.model_validate(base_map()))
    for card_id in ("c-tp", "c-emo2", "c-exp"):
        g = geom.cards[card_id]
        assert g.link_badge is not None and g.link_text is not None
        assert inside(g.link_badge, g.rect) and inside(g.link_text.rect, g.rect), card_id
        (line,) = g.link_text.lines  # one line, elided at its start when too long
        assert M.width(line, g.link_text.size) <= g.link_text.rect.w + 1e-6
        assert g.link_text.size == STYLE.link_size >= 7.0
        assert not (g.link_badge.right > g.link_text.rect.x)  # the path after the badge
        for block in (g.title, g.body, g.extra):  # nothing drawn over the title or text
            if block is not None and block.lines:
                assert block.rect.bottom <= g.link_badge.y + 1e-6
    assert geom.cards["c-tp"].link_text.lines[0].startswith("…")
    assert geom.cards["c-tp"].link_text.lines[0].endswith("detalle-de-la-búsqueda-online.cjmap")
    assert geom.cards["c-exp"].link_text.lines == ("e.cjmap",)
    assert geom.cards["c-tp"].rect.h > plain.cards["c-tp"].rect.h  # room made, not overlap
    for col in geom.columns:
        if col.link_badge is not None:
            assert inside(col.link_badge, col.header) and inside(col.link_text.rect, col.header)
            assert col.badge is None or col.badge.bottom <= col.link_badge.y
            if col.description is not None:
                assert col.description.rect.bottom <= col.link_badge.y
    assert geom.columns[2].link_badge is None  # a stage without a link: no badge
    assert len({round(c.header.h, 6) for c in geom.columns}) == 1
    keys = [item.key for item in compute_poster(doc, geom).legend_items]
    assert "map_link" in keys  # the paper explains the badge


# ------------------------------------------------------------------ setting
def test_link_to_map_from_the_stage_and_card_menus(shown, maps, monkeypatch):
    main, sub, other = maps
    view, doc = shown.view, shown.document
    before = doc.map.model_dump()
    asked = pick_file(monkeypatch, sub)
    stage = view.map_scene.stages["s-2"]
    menu = context_menu(view, stage, stage.sceneBoundingRect().center())
    assert "Open Linked Map" not in actions(menu)  # nothing to open yet
    actions(menu)["Link to Map…"].trigger()
    assert "*.cjmap" in asked[0] and str(main.parent) in asked[0]
    assert doc.stage("s-2").link == "sub/compra.cjmap"
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == \
        "Link stage “Elección” to “sub/compra.cjmap”"
    settle()
    assert view.map_scene.stages["s-2"].geom.link_badge is not None  # drawn at once
    assert view.map_scene.geometry == compute_layout(doc.map)  # incremental = from scratch

    pick_file(monkeypatch, other)
    card = view.map_scene.cards["c-tp"]
    actions(context_menu(view, card, card.sceneBoundingRect().center()))["Link to Map…"].trigger()
    assert doc.card("c-tp").link == "../otro/pago.cjmap"
    settle()
    assert view.map_scene.geometry == compute_layout(doc.map)
    assert view.map_scene.cards["c-tp"].geom.link_badge is not None
    menu = context_menu(view, card, card.sceneBoundingRect().center())
    assert {"Open Linked Map", "Remove Link"} <= set(actions(menu))
    actions(menu)["Remove Link"].trigger()
    assert doc.card("c-tp").link is None
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == "Remove the link of card “Google”"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.map.model_dump() == before

    shown.files.save()  # saved and read back: the link is in the file as the spec says
    push(doc, SetMapLinkCommand(doc, ["s-2"], "sub/compra.cjmap"))
    shown.files.save()
    assert load(main).stages[1].link == "sub/compra.cjmap"
    assert b'"link": "sub/compra.cjmap"' in main.read_bytes()


def test_edit_menu_links_the_selection_and_refuses_what_cannot_be_a_path(
        shown, maps, tmp_path, monkeypatch):
    view, doc = shown.view, shown.document
    link = view.map_links
    menu = shown.actions.menus["edit"].actions()
    edit = {"Link to Map…": link.link_action, "Remove Link": link.remove_action,
            "Open Linked Map": link.open_action}
    assert all(action in menu for action in edit.values())
    assert [a.text() for a in edit.values()] == ["&Link to Map…", "Remo&ve Link",
                                                 "&Open Linked Map"]
    assert link.open_action.shortcut().toString() == "Ctrl+Shift+O"
    view.select_ids(["c-exp", "s-3"])
    settle()
    assert edit["Link to Map…"].isEnabled() and not edit["Remove Link"].isEnabled()
    assert not edit["Open Linked Map"].isEnabled()
    pick_file(monkeypatch, maps[1])
    edit["Link to Map…"].trigger()
    assert doc.card("c-exp").link == doc.stage("s-3").link == "sub/compra.cjmap"
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == \
        "Link 2 items to “sub/compra.cjmap”"
    assert edit["Remove Link"].isEnabled()
    before = doc.map.model_dump()

    said = capture_messages(monkeypatch)
    pick_file(monkeypatch, tmp_path / "notes.txt")
    assert not link.link_selected()
    assert said[-1] == "Choose a journey map (a .cjmap file)."
    pick_file(monkeypatch, maps[0])
    assert not link.link_selected()
    assert said[-1] == "A map cannot link to itself: choose another map."
    pick_file(monkeypatch, tmp_path / "raro\\nombre.cjmap")  # a "\" cannot be in a map path
    assert not link.link_selected()
    assert "raro\\nombre.cjmap" in said[-1] and "cannot be linked" in said[-1]

    loop = maps[0].parent / "bucle.cjmap"  # a symbolic link to itself: never a crash
    loop.symlink_to(loop)
    pick_file(monkeypatch, loop)
    assert not link.link_selected()
    assert "cannot be linked" in said[-1] and "bucle.cjmap" in said[-1]

    def other_drive(*_args):
        raise ValueError("path is on mount 'D:', start on mount 'C:'")

    monkeypatch.setattr("cjeditor.document.map_paths.os.path.relpath", other_drive)
    pick_file(monkeypatch, maps[2])
    assert not link.link_selected()
    assert "another drive" in said[-1] and str(maps[2]) in said[-1]
    assert doc.map.model_dump() == before  # nothing changed by a refusal


def test_an_untitled_map_is_saved_first_or_not_linked(manager, maps, tmp_path, monkeypatch):
    window = manager.new_map("blank", "es")
    window.show()
    settle()
    doc = window.document
    stage_id = doc.map.stages[0].id
    said = capture_messages(monkeypatch, QMessageBox.StandardButton.Cancel)
    asked = pick_file(monkeypatch, maps[1])
    assert not window.view.map_links.ask_link([stage_id])
    assert "has not been saved yet" in said[-1] and not asked
    assert doc.stage(stage_id).link is None

    capture_messages(monkeypatch, QMessageBox.StandardButton.Save)
    target = tmp_path / "mapas" / "nuevo.cjmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.view.map_links.ask_link([stage_id])
    assert target.exists() and doc.stage(stage_id).link == "sub/compra.cjmap"


# ------------------------------------------------------------------ opening
def test_double_click_on_the_badge_opens_the_linked_map_once(shown, maps, monkeypatch):
    view, doc, manager = shown.view, shown.document, shown.manager
    push(doc, SetMapLinkCommand(doc, ["c-tp"], "sub/compra.cjmap"))
    push(doc, SetMapLinkCommand(doc, ["s-2"], "../otro/pago.cjmap"))
    settle()
    reveal(view, "c-tp")
    double_click(view, badge_point(view, "c-tp"))
    settle()
    assert view.editor is None  # the badge opens, it does not edit the title
    assert len(manager.windows) == 2
    opened = manager.windows[1]
    assert opened.document.path == maps[1].resolve()
    assert opened.document.map.meta.title == "Compra en detalle"
    double_click(view, badge_point(view, "c-tp"))  # already open: raised, not opened again
    settle()
    assert len(manager.windows) == 2

    reveal(view, "s-2")
    double_click(view, badge_point(view, "s-2"))
    settle()
    assert len(manager.windows) == 3
    assert manager.windows[2].document.path == maps[2].resolve()

    card = view.map_scene.cards["c-tp"]  # elsewhere on the card: edit, as before
    r = card.sceneBoundingRect()
    double_click(view, QPointF(r.center().x(), r.top() + 12))
    settle()
    assert view.editor is not None  # the title's editor, in place
    assert len(manager.windows) == 3


def test_open_linked_map_from_the_menu_and_the_shortcut(shown, maps):
    view, doc, manager = shown.view, shown.document, shown.manager
    push(doc, SetMapLinkCommand(doc, ["s-1"], "sub/compra.cjmap"))
    settle()
    stage = view.map_scene.stages["s-1"]
    actions(context_menu(view, stage, stage.sceneBoundingRect().center()))[
        "Open Linked Map"].trigger()
    settle()
    assert [w.document.path for w in manager.windows[1:]] == [maps[1].resolve()]
    manager.windows[1].close()
    settle()
    view.select_ids(["s-1"])
    shown.activateWindow()
    view.setFocus()
    settle()
    QTest.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert [w.document.path for w in manager.windows[1:]] == [maps[1].resolve()]


def test_a_missing_or_refused_target_is_the_load_problems_dialog(shown, maps, monkeypatch):
    view, doc, manager = shown.view, shown.document, shown.manager
    problems = capture_load_problems(monkeypatch)
    push(doc, SetMapLinkCommand(doc, ["c-tp"], "falta/no-existe.cjmap"))
    broken = maps[0].parent / "roto.cjmap"
    broken.write_text('{"format": "cjmap", "version": 2, "meta": ', encoding="utf-8")
    push(doc, SetMapLinkCommand(doc, ["s-2"], "roto.cjmap"))
    settle()
    reveal(view, "c-tp")
    double_click(view, badge_point(view, "c-tp"))
    settle()
    missing = maps[0].parent / "falta" / "no-existe.cjmap"
    assert len(problems) == 1 and str(missing) in problems[0]
    assert "does not exist" in problems[0] and "main.cjmap" in problems[0]
    reveal(view, "s-2")
    double_click(view, badge_point(view, "s-2"))
    settle()
    assert len(problems) == 2 and "roto.cjmap" in problems[1] and "cut off" in problems[1]
    push(doc, SetMapLinkCommand(doc, ["c-emo2"], "emociones.cjmap"))  # under a face's label
    settle()
    reveal(view, "c-emo2")
    double_click(view, badge_point(view, "c-emo2"))
    settle()
    assert len(problems) == 3 and "emociones.cjmap" in problems[2]
    assert view.editor is None
    loop = maps[0].parent / "bucle.cjmap"  # a loop of symbolic links: a message, no crash
    loop.symlink_to(loop)
    push(doc, SetMapLinkCommand(doc, ["c-emo2"], "bucle.cjmap"))
    assert view.map_links.open_link("c-emo2")
    settle()
    assert len(problems) == 4 and "bucle.cjmap" in problems[3]
    assert len(manager.windows) == 1  # nothing opened, and this map is as it was
    assert doc.card("c-tp").link == "falta/no-existe.cjmap" and doc.path == maps[0].resolve()


def test_the_badge_tooltip_shows_the_path_as_plain_text(shown, monkeypatch):
    view, doc = shown.view, shown.document
    push(doc, SetMapLinkCommand(doc, ["c-tp"], "<b>negrita</b> & más.cjmap"))
    settle()
    reveal(view, "c-tp")
    tips: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda _p, text, *a: tips.append(
        text)))
    pos = view.mapFromScene(badge_point(view, "c-tp"))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert len(tips) == 1
    assert "&lt;b&gt;negrita&lt;/b&gt; &amp; más.cjmap" in tips[0] and "<b>" not in tips[0]
    card = view.map_scene.cards["c-tp"].sceneBoundingRect()  # off the badge: the card's own
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, view.mapFromScene(card.center()), QPoint(0, 0)))
    assert len(tips) == 1


def test_properties_dock_shows_the_link_and_its_buttons(shown, maps, monkeypatch):
    view, doc, manager = shown.view, shown.document, shown.manager
    view.select_ids(["s-2"])
    settle()
    field = shown.properties.form.editors["link"].widget
    assert isinstance(field, LinkField) and field.path.isReadOnly()
    assert field.value() is None and not field.open.isEnabled()
    pick_file(monkeypatch, maps[1])
    field.choose.click()
    assert doc.stage("s-2").link == "sub/compra.cjmap"
    settle()
    field = shown.properties.form.editors["link"].widget
    assert field.path.text() == "sub/compra.cjmap" and field.open.isEnabled()
    field.open.click()
    settle()
    assert manager.windows[-1].document.path == maps[1].resolve()
    shown.activateWindow()
    field.clear.click()
    assert doc.stage("s-2").link is None
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == \
        "Remove the link of stage “Elección”"
    doc.undo_stack.undo()
    settle()
    assert shown.properties.form.editors["link"].widget.path.text() == "sub/compra.cjmap"
    view.select_ids(["c-exp"])  # cards have it too
    settle()
    assert isinstance(shown.properties.form.editors["link"].widget, LinkField)


# ------------------------------------------------------------------ looking
def test_screen_and_paper_pictures_of_linked_items(shown, output_dir):
    """Kept under tests/output to look at: the canvas with a linked card and stage, and
    the same map's poster rasterised from the PDF."""
    pdfium = pytest.importorskip("pypdfium2")
    from cjeditor.export.pdf import write_poster_1to1

    view, doc = shown.view, shown.document
    push(doc, SetMapLinkCommand(doc, ["s-2"], "sub/compra.cjmap"))
    push(doc, SetMapLinkCommand(doc, ["c-tp"], LONG))
    push(doc, SetMapLinkCommand(doc, ["c-emo2"], "emociones.cjmap"))
    view.set_zoom(1.6)
    view.centerOn(view.map_scene.stages["s-2"].sceneBoundingRect().topLeft() + QPointF(20, 190))
    settle()
    picture = view.grab()
    assert not picture.isNull()
    picture.save(str(output_dir / "map-links-canvas.png"))
    image = picture.toImage()
    b = view.map_scene.stages["s-2"].geom.link_badge
    spot = view.mapFromScene(QPointF(b.x + b.w * 0.12, b.y + b.h * 0.5))  # inside its edge
    color = image.pixelColor(spot.x(), spot.y())  # the badge's blue, not the dark header
    assert color.blue() > color.red() + 60

    buf = io.BytesIO()
    width, height = write_poster_1to1(doc.map, buf)
    page = pdfium.PdfDocument(buf.getvalue())[0]
    text = page.get_textpage().get_text_range()
    assert "sub/compra.cjmap" in text and "emociones.cjmap" in text  # the path, on paper
    assert "detalle-de-la-búsqueda-online.cjmap" in text
    bitmap = page.render(scale=2.0).to_pil()
    bitmap.crop((0, 0, bitmap.width * 2 // 3, bitmap.height * 2 // 3)).save(
        output_dir / "map-links-poster.png")


def test_in_spanish_the_menus_history_and_dock_speak_spanish(app, shown, maps, monkeypatch,
                                                              output_dir):
    from cjeditor.app.i18n import install_translators

    install_translators(app, "es")
    view, doc = shown.view, shown.document
    pick_file(monkeypatch, maps[1])
    stage = view.map_scene.stages["s-2"]
    menu = actions(context_menu(view, stage, stage.sceneBoundingRect().center()))
    menu["Enlazar con un mapa…"].trigger()
    assert doc.undo_stack.text(doc.undo_stack.count() - 1) == \
        "Enlazar la etapa «Elección» con «sub/compra.cjmap»"
    menu = actions(context_menu(view, stage, stage.sceneBoundingRect().center()))
    assert {"Abrir el mapa enlazado", "Quitar el enlace"} <= set(menu)
    assert "Mapa enlazado: sub/compra.cjmap" in view.map_links.tooltip("s-2")
    view.select_ids(["s-2"])
    settle()
    field = shown.properties.form.editors["link"].widget
    assert field.open.toolTip() == "Abrir el mapa enlazado"
    shown.properties.show()
    shown.properties.raise_()
    settle()
    shown.properties.grab().save(str(output_dir / "map-links-dock-es.png"))


def test_the_badge_in_the_frozen_stage_row_opens_too(shown, maps, monkeypatch):
    """Scrolled past the stage headers, they are painted along the top (frozen): a
    double-click on a badge there opens the linked map, elsewhere it renames."""
    from PySide6.QtGui import QMouseEvent

    view, doc, manager, band = shown.view, shown.document, shown.manager, shown.frozen.stages
    push(doc, SetMapLinkCommand(doc, ["s-2"], "sub/compra.cjmap"))
    view.set_zoom(1.5)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    settle()
    assert band.isVisible()
    b = view.map_scene.geometry.columns[1].link_badge
    view.horizontalScrollBar().setValue(round(b.x * 1.5) - 300)
    settle()
    spot = band.scene_transform().map(QPointF(b.x + b.w / 2, b.y + b.h / 2))

    def send(kind, buttons):
        QApplication.sendEvent(band, QMouseEvent(
            kind, spot, band.mapToGlobal(spot), Qt.MouseButton.LeftButton, buttons,
            Qt.KeyboardModifier.NoModifier))

    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
        pressed = kind != QEvent.Type.MouseButtonRelease
        send(kind, Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton)
    settle()
    assert view.editor is None
    assert [w.document.path for w in manager.windows[1:]] == [maps[1].resolve()]


def test_links_laid_out_incrementally_equal_a_layout_from_scratch(shown):
    """Links set, changed, removed, undone and redone among other edits: the canvas's
    geometry stays the from-scratch layout's (the header row comes and goes)."""
    from cjeditor.commands import EditCardFieldsCommand, EditStageCommand

    view, doc = shown.view, shown.document
    steps = [
        SetMapLinkCommand(doc, ["s-3"], "a.cjmap"),
        EditStageCommand(doc, "s-3", {"width": 0.5}),
        SetMapLinkCommand(doc, ["s-3"], LONG),
        SetMapLinkCommand(doc, ["c-note", "c-emo1", "c-met"], "b/c.cjmap"),
        EditCardFieldsCommand(doc, "c-note", {"text": "Una nota larga " * 8}),
        EditStageCommand(doc, "s-1", {"description": "Descripción de la etapa " * 3}),
        SetMapLinkCommand(doc, ["s-3", "c-emo1"], None),
    ]
    for command in steps:
        assert push(doc, command)
        settle()
        assert view.map_scene.geometry == compute_layout(doc.map)
    narrow = view.map_scene.geometry.columns[2]
    assert narrow.link_badge is None
    for _ in steps:
        doc.undo_stack.undo()
        settle()
        assert view.map_scene.geometry == compute_layout(doc.map)
    for _ in steps[:3]:
        doc.undo_stack.redo()
    settle()
    geometry = view.map_scene.geometry
    assert geometry == compute_layout(doc.map)
    col = geometry.columns[2]
    assert inside(col.link_badge, col.header) and inside(col.link_text.rect, col.header)
    assert col.link_text.lines[0].startswith("…") and col.link_text.lines[0].endswith(".cjmap")


def _path_strategy():
    from hypothesis import strategies as st

    segment = st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                                    blacklist_characters="/\\:\x00"), min_size=1, max_size=40)
    return st.builds(lambda ups, parts: "/".join(["..."[:2]] * ups + parts) + ".cjmap",
                     st.integers(0, 3), st.lists(segment, min_size=1, max_size=4))


def test_any_map_path_fits_its_row_on_one_line():
    """Whatever the path (emoji, accents, spaces, very long): one line inside the card,
    the emotion label and the header, ending as the path does unless it is elided."""
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_path_strategy(), _path_strategy())
    def check(card_link: str, stage_link: str) -> None:
        data = base_map()
        data["stages"][2].update(link=stage_link, width=0.5)
        for lane in data["lanes"]:
            for card in lane["cards"]:
                if card["id"] in ("c-exp", "c-emo1"):
                    card["link"] = card_link
        doc = JourneyMap.model_validate(data)
        geom = compute_layout(doc)
        for g, container in ((geom.cards["c-exp"], geom.cards["c-exp"].rect),
                             (geom.cards["c-emo1"], geom.cards["c-emo1"].rect),
                             (geom.columns[2], geom.columns[2].header)):
            text = g.link_text
            assert inside(g.link_badge, container) and inside(text.rect, container)
            assert len(text.lines) == 1
            assert M.width(text.lines[0], text.size) <= text.rect.w + 1e-6
            assert text.lines[0].endswith(".cjmap") or text.lines[0] == "…"

    check()
