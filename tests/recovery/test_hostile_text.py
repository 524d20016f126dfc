"""User text that looks like markup is shown literally everywhere.

`<b>x</b><img src="file:///etc/passwd">` in a title must appear as those very
characters on the canvas, in the docks, in tooltips (escaped, so Qt renders the
characters) and in the PDF poster; nothing is fetched.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

HOSTILE = '<b>x</b><img src="file:///etc/passwd">'
AMPERSAND = "Tom & Jerry &amp; co"


def shown_as(tooltip: str) -> str:
    """What a user reads in a tooltip: Qt renders it as rich text if it looks like it."""
    if GuiQt.mightBeRichText(tooltip):
        doc = QTextDocument()
        doc.setHtml(tooltip)
        return doc.toPlainText()
    return tooltip


@pytest.fixture
def hostile_file(tmp_path, example_map_path):
    data = json.loads(example_map_path.read_text(encoding="utf-8"))
    data["meta"]["title"] = HOSTILE
    data["meta"]["product"] = HOSTILE
    data["stages"][0]["name"] = HOSTILE
    data["stages"][0]["description"] = HOSTILE
    data["stages"][1]["name"] = AMPERSAND
    data["lanes"][0]["title"] = HOSTILE
    data["lanes"][1]["title"] = AMPERSAND
    if data["phases"]:
        data["phases"][0]["name"] = HOSTILE
    if data["personas"]:
        data["personas"][0]["name"] = HOSTILE
    card = data["lanes"][0]["cards"][0]
    card["title"] = HOSTILE
    card["text"] = HOSTILE + "\n" + AMPERSAND
    path = tmp_path / "hostil.cjmap"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, data


@pytest.fixture
def hostile_window(manager, hostile_file):
    path, data = hostile_file
    window = manager.open_path(path)
    assert window is not None
    return window, data


def scene_of(window):
    view = window.view
    if not hasattr(view, "scene_"):
        pytest.skip("the canvas (cjeditor.canvas.MapView) is not available yet")
    return view.scene_()


def test_canvas_draws_the_characters(hostile_window, qtbot):
    window, data = hostile_window
    scene = scene_of(window)
    card_id = data["lanes"][0]["cards"][0]["id"]
    item = scene.item_for(card_id)
    # Cards paint wrapped lines with QPainter.drawText (never rich text): the lines
    # are the title's characters, only broken to fit.
    drawn = "".join(item.geom.title.lines).replace(" ", "")
    assert drawn.rstrip("…") and HOSTILE.replace(" ", "").startswith(drawn.rstrip("…"))
    assert "<b>" in drawn
    stage = scene.item_for(data["stages"][0]["id"])
    assert "<b>x</b>" in "".join(stage.geom.name.lines)
    image = window.view.grab()  # painting hostile text works
    assert not image.isNull()


def test_canvas_tooltips_are_escaped(hostile_window):
    window, data = hostile_window
    scene = scene_of(window)
    card = scene.item_for(data["lanes"][0]["cards"][0]["id"])
    assert HOSTILE in shown_as(card.toolTip())
    assert AMPERSAND in shown_as(card.toolTip())
    stage = scene.item_for(data["stages"][0]["id"])
    assert shown_as(stage.toolTip()).startswith(HOSTILE)
    lane = scene.item_for(data["lanes"][0]["id"])
    assert shown_as(lane.toolTip()).splitlines()[0] == HOSTILE  # the title, then its type


def test_canvas_header_tooltips_with_ampersands(hostile_window):
    window, data = hostile_window
    scene = scene_of(window)
    stage_tip = shown_as(scene.item_for(data["stages"][1]["id"]).toolTip())
    assert stage_tip.splitlines()[0] == AMPERSAND  # the name, then the description
    assert shown_as(scene.item_for(data["lanes"][1]["id"]).toolTip()).splitlines()[0] \
        == AMPERSAND


def test_properties_dock_shows_the_characters(hostile_window):
    window, data = hostile_window
    card_id = data["lanes"][0]["cards"][0]["id"]
    window.properties.show_ids([card_id])
    texts = [w.text() for w in window.properties.findChildren(QLineEdit)]
    assert HOSTILE in texts
    plain = [w.toPlainText() for w in window.properties.findChildren(QPlainTextEdit)]
    assert HOSTILE + "\n" + AMPERSAND in plain
    for kind_id in (data["stages"][0]["id"], data["lanes"][0]["id"]):
        window.properties.show_ids([kind_id])
        assert HOSTILE in [w.text() for w in window.properties.findChildren(QLineEdit)]


def test_brief_dock_shows_the_characters(hostile_window):
    window, _data = hostile_window
    texts = [w.text() for w in window.brief.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in window.brief.findChildren(QPlainTextEdit)]
    assert HOSTILE in texts


def test_no_widget_renders_user_text_as_rich_text(hostile_window):
    """Audit every label, button and tooltip in the window after showing each object."""
    window, data = hostile_window
    targets = [[data["lanes"][0]["cards"][0]["id"]], [data["stages"][0]["id"]],
               [data["lanes"][0]["id"]], [data["stages"][1]["id"]], []]
    if data["phases"]:
        targets.append([data["phases"][0]["id"]])
    offenders, audited = [], 0
    for ids in targets:
        window.properties.show_ids(ids)
        for widget in window.findChildren(QWidget):
            tip = widget.toolTip()
            if "<b>x</b>" in shown_as(tip) or "&" in shown_as(tip):
                audited += 1
            if any(n in tip and n not in shown_as(tip) for n in (HOSTILE, AMPERSAND)):
                offenders.append(("tooltip", type(widget).__name__, tip))
            if isinstance(widget, QLabel):
                text = widget.text()
                if "<b>x</b>" in text or AMPERSAND in text:
                    audited += 1
                    if widget.textFormat() != Qt.TextFormat.PlainText \
                            and GuiQt.mightBeRichText(text):
                        offenders.append(("label", widget.objectName(), text))
    assert offenders == []
    assert audited > 0  # the audit saw user text
    title = window.windowTitle()
    assert "hostil.cjmap" in title  # the title shows the file name, itself plain


def test_pdf_shows_the_characters(hostile_file, tmp_path, monkeypatch):
    try:
        from cjeditor.export import ExportOptions, export_map
    except ImportError as error:
        pytest.skip(f"cjeditor.export is not importable yet: {error}")
    pypdf = pytest.importorskip("pypdf")
    import socket
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("the PDF export tried to use the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    real_open = open

    def guarded_open(file, *args, **kwargs):
        assert "passwd" not in str(file), "the PDF export opened a file named in the map"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    from cjeditor.fileio import load

    path, _data = hostile_file
    out = tmp_path / "poster.pdf"
    export_map(load(path), out, ExportOptions(paper="A3"))
    monkeypatch.undo()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    flat = text.replace("\n", "").replace(" ", "")
    assert "<b>x</b>" in flat
    assert 'src="file:///etc/passwd">' in flat
