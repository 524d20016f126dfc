"""Decisions on screen (issue 12, items 3 and 4 in the editor): the overlaid emotion
chart drawn on the canvas by the painter's parts, and "Compare with counterpart" (the
other map's curve as a ghost line, marks on the stages that differ). Real windows,
offscreen; pictures for a human in tests/output (Spanish)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from cjeditor.app.dialogs.compare import CompareDock
from cjeditor.app.dialogs.load_problems import LoadProblemsDialog
from cjeditor.app.docks.views import ID_ROLE
from cjeditor.app.i18n import install_translators
from cjeditor.canvas.chart import OverlayPointItem
from cjeditor.check.compare import compare_maps
from cjeditor.commands import EditMetaCommand, EditStageCommand, push
from cjeditor.fileio import load
from cjeditor.layout.compute import compute_layout
from cjeditor.layout.ghost import ghost_geometry
from cjeditor.layout.incremental import LayoutCache
from cjeditor.paint import style as S

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "canvas"))
from canvas_helpers import drag  # noqa: E402

FUTURE = "zapatillas-running-futuro.cjmap"


def dump(window) -> dict:
    return window.document.map.model_dump(mode="json")


def settle(window=None, ms: int = 0) -> None:
    """Let queued events run (and wait `ms` more)."""
    QApplication.processEvents()
    QApplication.processEvents()
    if ms:
        from PySide6.QtTest import QTest

        QTest.qWait(ms)


@pytest.fixture
def shown(example_window):
    example_window.resize(1500, 1000)
    example_window.show()
    settle(example_window)
    return example_window


def lane_image(window, lane_id: str) -> QImage:
    """The lane (header and band) as the scene paints it, at 2 px per point."""
    scene = window.view.map_scene
    lane = next(lg for lg in scene.geometry.lanes if lg.lane_id == lane_id)
    width = scene.geometry.columns[-1].x + scene.geometry.columns[-1].width
    source = QRectF(0, lane.y, width, lane.height)
    image = QImage(int(width * 2), int(lane.height * 2), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def count_near(image: QImage, color: str, tolerance: int = 18) -> int:
    """Pixels within `tolerance` of `color` (every 2nd pixel of every 2nd row)."""
    want = QColor(color)
    n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) + abs(c.green() - want.green())
                    + abs(c.blue() - want.blue())) <= tolerance:
                n += 1
    return n


# ------------------------------------------------------------------ layout
@pytest.mark.parametrize("persona", [None, "p-laura", "p-andres"])
def test_the_incremental_layout_overlays_as_compute_layout_does(example_map_path, persona):
    doc = load(example_map_path)
    cache = LayoutCache()
    for overlay in (False, True, False, True):  # toggled on one cache
        expected = compute_layout(doc, cache.metrics, persona, overlay=overlay)
        got = cache.update(doc, persona, None, overlay)
        assert got.overlay is overlay
        assert got.curves == expected.curves
        assert got.lanes == expected.lanes
        assert dict(got.cards) == dict(expected.cards)
        assert got.height == expected.height


# ----------------------------------------------------------------- overlay
def test_overlay_draws_one_curve_per_persona_and_undo_restores_exactly(shown):
    window, doc = shown, shown.document
    scene = window.view.map_scene
    menu = window.chart_menu.overlay
    lanes = ["l-emociones", "l-emociones-andres"]
    window.views.switch(None)
    dock = window.views
    for i in range(dock.lanes.count()):
        item = dock.lanes.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in lanes
                           else Qt.CheckState.Unchecked)
    view_id = dock.save_current("Curvas sin superponer")  # overlay off
    assert view_id is not None and doc.view(view_id).lanes == lanes
    settle()
    assert not scene.geometry.overlay and not menu.isChecked()
    assert list(scene.curves) == ["l-emociones"]  # Andrés's lane is collapsed
    plain = lane_image(window, "l-emociones")
    saved = dump(window)
    count = doc.undo_stack.count()

    menu.trigger()  # View ▸ Overlay Emotion Curves: the chosen view changes, one step
    settle()
    assert doc.view(view_id).overlay_emotions is True
    assert doc.undo_stack.count() == count + 1
    assert window.views.overlay.isChecked()
    assert scene.geometry.overlay
    assert not scene.curves  # the overlaid curves are the chart's, ...
    assert scene.points and all(type(p) is OverlayPointItem  # ... dots, not faces
                                for p in scene.points.values())
    assert sorted(scene.charts.curves) == lanes  # one curve per persona ...
    colors = {key: item.key[1] for key, item in scene.charts.curves.items()}
    assert colors == {"l-emociones": "#E6504A",  # ... in the persona's colour
                      "l-emociones-andres": "#2E7D9A"}
    assert list(scene.charts.legends) == ["l-emociones"]  # the legend in the chart's header
    overlaid = lane_image(window, "l-emociones")
    assert overlaid != plain
    assert count_near(overlaid, "#2E7D9A") > 50  # Andrés's curve is drawn
    assert count_near(plain, "#2E7D9A") == 0
    assert count_near(overlaid, "#E6504A") > 50

    doc.undo_stack.undo()
    settle()
    assert dump(window) == saved
    assert not scene.geometry.overlay and not menu.isChecked()
    assert not scene.charts.curves and not scene.charts.legends
    assert list(scene.curves) == ["l-emociones"]
    assert lane_image(window, "l-emociones") == plain  # exactly as before
    doc.undo_stack.redo()
    settle()
    assert lane_image(window, "l-emociones") == overlaid


def test_a_dot_of_the_overlaid_chart_is_dragged_like_a_face(shown):
    """Andrés's lane is collapsed: on the overlaid chart its dots still change scores,
    one undo step each."""
    window, doc = shown, shown.document
    scene, view = window.view.map_scene, window.view
    window.views.switch("v-curvas")
    settle()
    andres = next(c for c in scene.geometry.curves if c.lane_id == "l-emociones-andres")
    point = andres.points[0]
    dot = scene.points[point.card_id]
    assert type(dot) is OverlayPointItem and dot.lane_id == "l-emociones-andres"
    before = dump(window)
    view.centerOn(point.x, point.y)
    settle()
    target = -2 if point.score != -2 else 2
    drag(view, QPointF(point.x, point.y), QPointF(point.x, andres.score_y[target]))
    settle()
    assert doc.card(point.card_id).score == target
    moved = next(c for c in scene.geometry.curves if c.lane_id == "l-emociones-andres")
    assert moved.points[0].y == andres.score_y[target]  # the curve follows at once
    doc.undo_stack.undo()
    settle()
    assert dump(window) == before


def test_overlay_without_a_saved_view_changes_only_the_screen(shown):
    window, doc = shown, shown.document
    scene = window.view.map_scene
    window.views.switch(None)
    count = doc.undo_stack.count()
    window.views.overlay.setChecked(True)
    settle()
    assert window.chart_menu.overlay.isChecked()
    assert scene.geometry.overlay and sorted(scene.charts.curves) == ["l-emociones",
                                                                      "l-emociones-andres"]
    assert doc.undo_stack.count() == count  # nothing in the map changed
    window.chart_menu.overlay.trigger()
    settle()
    assert not window.views.overlay.isChecked() and not scene.geometry.overlay


# ----------------------------------------------------------------- compare
def test_ghost_geometry_matches_stages_by_id_then_name(example_map_path):
    current = load(example_map_path)
    future = load(example_map_path.parent / FUTURE)
    geom = compute_layout(current)
    ghosts = ghost_geometry(geom, current, future, compare_maps(current, future), True)
    [ghost] = ghosts.curves
    assert ghost.other_lane == "l-emociones" and ghost.curve.lane_id == "l-emociones"
    columns = {c.stage_id: c for c in geom.columns}
    target = next(c for c in geom.curves if c.lane_id == "l-emociones")
    scores = {c.stage: c.score for lane in future.lanes if lane.id == "l-emociones"
              for c in lane.cards}
    assert [p.stage_id for p in ghost.curve.points] == [
        s for s in columns if s in scores]  # the future's "Guía de tallas" has no column
    for p in ghost.curve.points:
        assert p.x == columns[p.stage_id].x + columns[p.stage_id].width / 2
        assert p.y == target.score_y[scores[p.stage_id]]
    marks = {m.stage_id: m.status for m in ghosts.marks}
    assert marks["s-amot"] == "removed"  # not in the future map
    assert marks[None] == "added"  # "Guía de tallas", only in the future map
    gap = next(m for m in ghosts.marks if m.stage_id is None)
    zmot = columns["s-zmot"]
    assert gap.x == zmot.x + zmot.width  # where it stands in the future: after ZMOT

    # seen from the future map: the same marks, the other way round
    fgeom = compute_layout(future)
    back = ghost_geometry(fgeom, future, current, compare_maps(current, future), False)
    fmarks = {m.stage_id: m.status for m in back.marks}
    assert fmarks["s-talla"] == "added" and fmarks[None] == "removed"


def test_compare_with_counterpart_ghost_marks_and_off(shown, qtbot):
    window, doc = shown, shown.document
    scene = window.view.map_scene
    action = window.chart_menu.compare.action
    assert action.isEnabled()  # the example names its future counterpart
    before = lane_image(window, "l-emociones")
    faded = S.ghost(S.CURVE)
    edges = count_near(before, faded, 10)  # antialiased edges of the map's own curve

    heard: list[str] = []
    window.chart_menu.compare.compared.connect(lambda other, path: heard.append(path.name))
    window.chart_menu.compare.stopped.connect(lambda: heard.append("stopped"))
    action.trigger()
    settle()
    assert action.isChecked()
    assert heard == [FUTURE]  # the hook for a list of the changes
    listed = window.findChild(CompareDock)  # File ▸ Compare with File…'s list, reused
    assert listed is not None and listed.isVisible() and listed.path.name == FUTURE
    # by id, from this (current) map to the future one: what the future adds reads
    # "added", and a click on what it drops shows it here, on this map's canvas
    changes = listed.changes
    assert "From this map to" in changes.summary.text()
    by_stage = {c.id: c for c in changes.changes if c.kind == "stage"}
    assert by_stage["s-amot"].change == "removed"  # 'Espera de la entrega': gone
    assert any(c.change == "added" for c in by_stage.values())  # 'Guía de tallas'
    assert changes.target(by_stage["s-amot"]) == ("s-amot", "")
    added = next(c for c in by_stage.values() if c.change == "added")
    assert changes.target(added)[0] is None  # only in the future map
    ghost = scene.charts.ghost
    assert list(ghost.curves) == ["l-emociones"]
    marks = {m.stage_id: m for m in ghost.geometry.marks}
    assert marks["s-amot"].status == "removed" and marks[None].status == "added"
    assert set(ghost.marks) == {m.row for m in ghost.geometry.marks}
    with_ghost = lane_image(window, "l-emociones")
    assert count_near(with_ghost, faded, 10) > edges + 100  # the ghost, lighter and dashed
    legend = scene.charts.legends["l-emociones"].key[1]
    assert [(e.label, e.dashed) for e in legend] == [("Actual", False), ("Futuro", True)]
    amot = ghost.marks[marks["s-amot"].row]
    assert "What the future map changes" in amot.toolTip()
    assert "Impaciente" in amot.toolTip()  # an emotion the future map does not have
    gap = ghost.marks[marks[None].row]
    assert "Guía de tallas" in gap.toolTip()
    assert "added" in window.statusBar().currentMessage() or \
        "stage" in window.statusBar().currentMessage()

    # an edit of the map updates the marks (after a short pause): the stage the future
    # map adds, named so here, is matched by name
    assert doc.stage("s-amot").name == "Espera de la entrega"
    push(doc, EditStageCommand(doc, "s-amot", {"name": "Guía de tallas"}))
    qtbot.waitUntil(lambda: all(m.stage_id is not None for m in ghost.geometry.marks),
                    timeout=3000)
    assert {m.stage_id: m.status for m in ghost.geometry.marks}["s-amot"] == "changed"
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: any(m.stage_id is None for m in ghost.geometry.marks),
                    timeout=3000)

    action.trigger()  # off: the ghost, its legend and the marks go
    settle()
    assert not action.isChecked()
    assert heard[-1] == "stopped" and heard.count(FUTURE) >= 3  # after each edit too
    assert not listed.isVisible()
    assert not ghost.curves and not ghost.marks and not scene.charts.legends
    assert lane_image(window, "l-emociones") == before


def test_compare_on_the_overlaid_chart(shown):
    window = shown
    scene = window.view.map_scene
    window.views.switch("v-curvas")
    window.chart_menu.compare.action.trigger()
    settle()
    # the future map has both curves too: each drawn as a ghost on the one chart
    assert list(scene.charts.ghost.curves) == ["l-emociones", "l-emociones-andres"]
    entries = scene.charts.legends["l-emociones"].key[1]
    assert [e.label for e in entries] == ["Laura Martín", "Andrés Gil",
                                          "Futuro · Laura Martín", "Futuro · Andrés Gil"]
    assert entries[2].dashed and entries[2].color == S.ghost("#E6504A")
    assert entries[3].dashed and entries[3].color == S.ghost(entries[1].color)
    window.chart_menu.compare.action.trigger()


def _open_copy(manager, tmp_path: Path, example_map_path: Path, future: bytes | None):
    shutil.copy(example_map_path, tmp_path / example_map_path.name)
    if future is not None:
        (tmp_path / FUTURE).write_bytes(future)
    window = manager.open_path(tmp_path / example_map_path.name)
    window.show()
    settle()
    return window


@pytest.mark.parametrize("future", [None, b'{"format": "cjmap", "version": 2, "meta": {}}'],
                         ids=["missing", "refused"])
def test_a_missing_or_refused_counterpart_is_the_load_problems_dialog(
        manager, tmp_path, example_map_path, monkeypatch, future):
    shown_dialogs: list[LoadProblemsDialog] = []

    def fake_exec(self):
        shown_dialogs.append(self)
        return 0

    monkeypatch.setattr(LoadProblemsDialog, "exec", fake_exec)
    window = _open_copy(manager, tmp_path, example_map_path, future)
    action = window.chart_menu.compare.action
    assert action.isEnabled()
    action.trigger()
    settle()
    assert len(shown_dialogs) == 1
    dialog = shown_dialogs[0]
    assert dialog.path == str(tmp_path / FUTURE)
    assert dialog.problems
    if future is None:
        assert "does not exist" in " ".join(dialog.problems)
    assert not action.isChecked()
    assert not window.view.map_scene.charts.ghost.active
    assert not window.view.map_scene.charts.ghost.marks


def test_compare_needs_a_counterpart(manager, tmp_path, example_map_path):
    window = manager.new_map()
    window.show()
    settle()
    action = window.chart_menu.compare.action
    assert not action.isEnabled()
    # the example opened from a copy, its counterpart cleared then chosen again
    window = _open_copy(manager, tmp_path, example_map_path, (example_map_path.parent
                                                              / FUTURE).read_bytes())
    action = window.chart_menu.compare.action
    doc = window.document
    push(doc, EditMetaCommand(doc, {"counterpart": None}))
    assert not action.isEnabled()
    doc.undo_stack.undo()
    assert action.isEnabled()
    action.trigger()
    settle()
    assert window.view.map_scene.charts.ghost.marks
    push(doc, EditMetaCommand(doc, {"counterpart": None}))  # gone while comparing: off
    settle()
    assert not action.isChecked() and not action.isEnabled()
    assert not window.view.map_scene.charts.ghost.marks


# --------------------------------------------------------------- pictures
def _picture(window, lane_id: str, path: Path) -> None:
    """The canvas scrolled to show the stage headers and the lane, saved for a human."""
    view = window.view
    scene = view.map_scene
    lane = next(lg for lg in scene.geometry.lanes if lg.lane_id == lane_id)
    view.ensureVisible(QRectF(lane.header.x, lane.y, 10, lane.height), 10, 10)
    view.ensureVisible(QRectF(0, 0, 10, 10), 10, 10)
    view.ensureVisible(QRectF(lane.header.x, lane.y, 10, lane.height), 10, 10)
    settle(window, 30)
    image = window.grab()
    assert not image.isNull()
    assert image.save(str(path))


def test_pictures_of_the_overlay_and_the_ghost_in_spanish(manager, example_map_path,
                                                          output_dir):
    """For a human to look at: tests/output/overlay-screen.png, compare-ghost.png."""
    install_translators(QApplication.instance(), "es")
    window = manager.open_path(example_map_path)
    window.resize(1600, 1000)
    window.show()
    settle(window)
    window.views.show()
    window.views.raise_()
    window.views.switch("v-curvas")
    window.view.set_zoom(1.25)
    settle(window)
    assert window.chart_menu.overlay.text() == "Superponer las &curvas emocionales"
    _picture(window, "l-emociones", output_dir / "overlay-screen.png")

    window.views.switch(None)
    window.chart_menu.compare.action.trigger()
    settle(window)
    assert window.chart_menu.compare.action.text() == "Co&mparar con el mapa pareja"
    window.brief.raise_()
    for dock in (window.properties, window.history, window.check):
        dock.hide()  # room for the whole chart
    window.resize(1800, 1000)
    # scrolled down to the emotion lane: the frozen stage headers carry the marks too
    view = window.view
    view.set_zoom(0.9)
    lane = next(lg for lg in view.map_scene.geometry.lanes if lg.lane_id == "l-emociones")
    view.verticalScrollBar().setValue(round(lane.y * 0.9) - 260)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    settle(window, 30)
    band = window.frozen.stages
    assert band.isVisible()
    strip = band.grab().toImage()
    assert count_near(strip, S.COMPARE_CHANGE["changed"], 12) > 20
    assert count_near(strip, S.COMPARE_CHANGE["removed"], 12) > 5  # one mark: "−"
    image = window.grab()
    assert image.save(str(output_dir / "compare-ghost.png"))
    marks = window.view.map_scene.charts.ghost.marks
    assert any("Lo que cambia el mapa futuro" in item.toolTip() for item in marks.values())
    # hovering a mark in the frozen strip shows that mark's tooltip, as on the header
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    mark = next(item for item in marks.values() if item.toolTip())
    at = band.scene_transform().map(mark.sceneBoundingRect().center())
    pos = QPoint(round(at.x()), round(at.y()))
    tips: list[str] = []
    shown = QToolTip.showText
    QToolTip.showText = staticmethod(lambda _p, text, *a: tips.append(text))  # type: ignore
    try:
        QApplication.sendEvent(band, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                band.mapToGlobal(pos)))
    finally:
        QToolTip.showText = shown  # type: ignore
    assert tips == [mark.toolTip()]


def test_the_ghost_prints_with_the_same_parts(example_map_path):
    """paint_ghost (every ghost part at once, for paper) on an SVG pen: the dashed,
    lighter curve and one sign per differing stage."""
    from cjeditor.layout.metrics import default_metrics
    from cjeditor.paint.ghost import paint_ghost
    from cjeditor.paint.parts import MapPainter
    from cjeditor.paint.svg_pen import SvgPen

    current = load(example_map_path)
    future = load(example_map_path.parent / FUTURE)
    geom = compute_layout(current)
    ghosts = ghost_geometry(geom, current, future, compare_maps(current, future), True)
    pen = SvgPen()
    paint_ghost(MapPainter(pen, default_metrics()), current, geom, ghosts)
    svg = "".join(pen.parts)
    assert f'stroke="{S.ghost(S.CURVE)}"' in svg and 'stroke-dasharray="5 3"' in svg
    signs = [S.STAGE_MARK_SIGN[m.status] for m in ghosts.marks]
    assert sum(svg.count(f">{sign}<") for sign in set(signs)) == len(signs)
