"""The frozen lane column keeps a tall lane named: scrolled down into a lane taller
than the view, its title (and subtitle) is drawn at the top of the column, and it
never leaves the lane; with the map not scrolled sideways, the column shows over
the real lane headers only while a lane's name is out of view. A selected header
is outlined in the column as on the real one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from cjeditor.canvas import MapView
from cjeditor.canvas.frozen import FrozenHeaders, sticky
from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap

sys.path.insert(0, str(Path(__file__).resolve().parent))
from canvas_helpers import dispose  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from genmap import make_map  # noqa: E402

SIZE = (1000, 700)


def _tall_map() -> tuple[JourneyMap, str]:
    """A map whose actions lane holds 45 notes in one stage: taller than the view."""
    data = make_map(300).model_dump(mode="json", by_alias=True, exclude_defaults=True)
    lane = next(lane for lane in data["lanes"] if lane["type"] == "actions")
    stage = data["stages"][3]["id"]
    lane["cards"] += [{"id": f"tall-{i}", "kind": "note", "stage": stage,
                       "title": f"Paso {i}: ¿qué hace ahora el cliente?"} for i in range(45)]
    return JourneyMap.model_validate(data), lane["id"]


@pytest.fixture
def tall(qapp):
    journey_map, lane_id = _tall_map()
    document = MapDocument(journey_map)
    view = MapView(document)
    document.setParent(view)  # owned, as in the editor's window (canvas_helpers.make_view)
    view.resize(*SIZE)
    view.show()
    frozen = FrozenHeaders(view)
    QApplication.processEvents()
    yield view, frozen, lane_id
    dispose(view)


def _dark_rows(image: QImage, top: int, bottom: int) -> int:
    """Rows between `top` and `bottom` with text-dark pixels (the lane names are ink)."""
    rows = 0
    for y in range(max(top, 0), min(bottom, image.height())):
        if any(QColor(image.pixel(x, y)).lightness() < 90 for x in range(4, image.width() - 4)):
            rows += 1
    return rows


def test_a_lane_taller_than_the_view_stays_named_in_the_frozen_column(tall):
    view, frozen, lane_id = tall
    geom = next(lane for lane in view.map_scene.geometry.lanes if lane.lane_id == lane_id)
    assert geom.height > 2 * SIZE[1]
    view.horizontalScrollBar().setValue(500)  # the real lane headers scroll out of view
    middle = geom.y + geom.height / 2  # the view's top in the middle of the tall lane
    view.verticalScrollBar().setValue(round(middle * view.zoom()))
    for _ in range(3):
        QApplication.processEvents()
    assert frozen.lanes.isVisible()
    strip = frozen.lanes.grab().toImage()
    # the title is at the column's top, where the lane's real title is long gone
    assert _dark_rows(strip, 0, 40) >= 6
    assert geom.title.rect.bottom < middle - SIZE[1]


def test_the_name_moves_no_further_than_its_lane(tall):
    view, _frozen, lane_id = tall
    geom = next(lane for lane in view.map_scene.geometry.lanes if lane.lane_id == lane_id)
    title, header = geom.title, geom.header
    assert sticky(geom, header.y - 50) is geom  # its header in view: as laid out
    moved = sticky(geom, header.y + 300)
    pad = title.rect.y - header.y
    assert moved.title.rect.y == pytest.approx(header.y + 300 + pad)
    assert moved.title.lines == title.lines and moved.title.rect.h == title.rect.h
    last = sticky(geom, header.bottom + 500)  # scrolled past the lane: at its bottom
    bottom = (last.subtitle or last.title).rect.bottom
    assert bottom == pytest.approx(header.bottom - pad)
    if geom.subtitle is not None:  # the subtitle goes with the title
        assert last.subtitle.rect.y - last.title.rect.y == pytest.approx(
            geom.subtitle.rect.y - geom.title.rect.y)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_not_scrolled_sideways_the_column_names_a_tall_lane_in_place(tall):
    view, frozen, lane_id = tall
    geom = next(lane for lane in view.map_scene.geometry.lanes if lane.lane_id == lane_id)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    _settle()
    assert not frozen.lanes.isVisible()  # every name in view: the real headers show
    view.verticalScrollBar().setValue(round((geom.y + geom.height / 2) * view.zoom()))
    _settle()
    assert frozen.lanes.isVisible()
    real_left = view.mapFromScene(frozen.left_of_column(), 0).x()
    assert frozen.lanes.x() == real_left  # over the real headers, the same look
    assert _dark_rows(frozen.lanes.grab().toImage(), 0, 40) >= 6
    # the mouse goes through to the real headers (drag to reorder, ctrl-click, menus)
    inside = frozen.lanes.geometry().center()
    assert view.viewport().childAt(inside) is None
    view.horizontalScrollBar().setValue(500)  # scrolled sideways: the strip takes clicks
    _settle()
    assert view.viewport().childAt(frozen.lanes.geometry().center()) is frozen.lanes


def test_a_selected_lane_is_outlined_in_the_column(tall):
    view, frozen, lane_id = tall
    geom = next(lane for lane in view.map_scene.geometry.lanes if lane.lane_id == lane_id)
    view.horizontalScrollBar().setValue(500)
    view.verticalScrollBar().setValue(round((geom.y + geom.height / 2) * view.zoom()))
    _settle()
    before = frozen.lanes.grab().toImage()
    view.map_scene.lane_headers[lane_id].setSelected(True)
    _settle()
    after = frozen.lanes.grab().toImage()
    assert after != before
    view.map_scene.lane_headers[lane_id].setSelected(False)
    _settle()
    assert frozen.lanes.grab().toImage() == before


def _strip(frozen: FrozenHeaders) -> QImage:
    band = frozen.stages
    band.repaint()
    return band.grab().toImage()


def test_the_stage_strip_is_painted_anew_only_when_what_it_shows_changes(tall, monkeypatch):
    """Scrolled down, the stage strip shows what it showed, from its kept picture (Qt
    asks for all of it again); renamed, selected or scrolled sideways, it is painted
    anew, and shows what a strip painted from scratch shows."""
    from cjeditor.canvas import frozen as frozen_module
    from cjeditor.commands import EditStageCommand

    view, frozen, _lane_id = tall
    painted: list[bool] = []
    real_paint = frozen_module._Band._paint
    monkeypatch.setattr(frozen_module._Band, "_paint",
                        lambda band, device, exposed: (painted.append(band.top),
                                                       real_paint(band, device, exposed)))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + 300)
    QApplication.processEvents()
    assert frozen.stages.isVisible()
    shown = _strip(frozen)
    painted.clear()
    for _ in range(3):
        bar.setValue(bar.value() + bar.pageStep() // 2)
        QApplication.processEvents()
        assert _strip(frozen) == shown
    assert True not in painted  # the lane column, not the stage strip, was painted

    def fresh() -> QImage:
        frozen.stages.stale = True
        return _strip(frozen)

    middle = view.mapToScene(view.viewport().rect().center()).x()
    column = view.map_scene.geometry.columns[view.map_scene.column_at(middle)]
    stage = view.doc.stage(column.stage_id)
    view.run(EditStageCommand(view.doc, stage.id, {"name": "Búsqueda “online” ¿ya?"}))
    QApplication.processEvents()
    renamed = _strip(frozen)
    assert renamed != shown and renamed == fresh()
    view.select_ids([stage.id])
    QApplication.processEvents()
    selected = _strip(frozen)
    assert selected != renamed and selected == fresh()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 120)
    QApplication.processEvents()
    sideways = _strip(frozen)
    assert sideways != selected and sideways == fresh()


def _blue_pixels(image: QImage, colour: str) -> int:
    want = QColor(colour)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if abs(QColor(image.pixel(x, y)).red() - want.red()) < 12
               and abs(QColor(image.pixel(x, y)).green() - want.green()) < 12
               and abs(QColor(image.pixel(x, y)).blue() - want.blue()) < 12)


def test_scrolled_sideways_the_column_keeps_the_blueprint_lines_named(qapp):
    # the column covered the three lines' tags (and an emotion lane's -2..+2) as soon
    # as the map was scrolled: a blueprint's lines ran unnamed
    from cjeditor.paint import style as S
    from cjeditor.templates import create_map

    document = MapDocument(create_map("service-blueprint", "es"))
    view = MapView(document)
    document.setParent(view)
    view.resize(*SIZE)
    view.show()
    frozen = FrozenHeaders(view)
    QApplication.processEvents()
    try:
        view.horizontalScrollBar().setValue(60)
        QApplication.processEvents()
        column = frozen.lanes
        assert column.isVisible()
        column.repaint()
        assert _blue_pixels(column.grab().toImage(), S.BLUEPRINT_LINE) > 50  # none before
    finally:
        dispose(view)
