"""On the example map: several gestures, then undo everything = the map as loaded."""

from __future__ import annotations

import pytest
from canvas_helpers import center_of, dispose, drag, make_view
from PySide6.QtCore import QPointF


def test_gestures_then_undo_all(qapp, example_map_path):
    if not example_map_path.exists():
        pytest.skip("example map not available")
    from cjeditor.fileio import load

    view = make_view(load(example_map_path), size=(1600, 1000))
    try:
        doc, scene = view.doc, view.map_scene
        loaded = doc.map.model_dump()
        view.set_zoom(0.6)
        qapp.processEvents()
        # A stage header moved one column to the right.
        first, second = doc.map.stages[0].id, doc.map.stages[1].id
        drag(view, center_of(scene.stages[first]), center_of(scene.stages[second]))
        # A touchpoint moved to the next stage.
        tp_lane = next(lane for lane in doc.map.lanes if lane.type == "touchpoints")
        card = tp_lane.cards[0]
        target_stage = doc.map.stages[(doc.stage_index(card.stage) + 1) % len(doc.map.stages)]
        view.centerOn(scene.cards[card.id])
        drag(view, center_of(scene.cards[card.id]),
             scene.cell_rect(tp_lane.id, target_stage.id).center())
        # An emotion point dragged to the top score.
        point = next(iter(scene.points.values()))
        view.centerOn(point)
        drag(view, center_of(point), QPointF(center_of(point).x(), point.score_y[2]))
        stack = doc.undo_stack
        assert stack.count() == 3, [stack.text(i) for i in range(stack.count())]
        while doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        assert doc.map.model_dump() == loaded
    finally:
        dispose(view)
