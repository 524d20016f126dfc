"""The Views panel under "Whole map": lanes the map gains while it is shown are shown
too, in their place; touching the panel never hides them (it did: they came unticked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def ticked(window) -> list[str]:
    lanes = window.views.lanes
    return [lanes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lanes.count())
            if lanes.item(i).checkState() == Qt.CheckState.Checked]


def drawn(window) -> set[str]:
    return {lane.lane_id for lane in window.view.map_scene.geometry.lanes}


def test_lanes_added_under_the_whole_map_stay_shown(manager):
    window = manager.new_map("blank", "es")
    window.show()
    settle()
    window.actions.add_lane["objectives"].trigger()
    window.actions.add_lane["ideas"].trigger()
    settle()
    every = [lane.id for lane in window.document.map.lanes]
    assert len(every) == 7 and ticked(window) == every
    window.views.overlay.click()  # any touch of the panel applies its settings
    window.views.overlay.click()
    settle()
    assert drawn(window) == set(every)
    assert window.views.settings()["lanes"] is None  # "every lane", as saved


def test_a_lane_added_beside_lanes_left_out_is_shown_in_its_place(manager):
    window = manager.new_map("blank", "es")
    window.show()
    settle()
    first = window.views.lanes.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)  # the whole map without its first lane
    settle()
    before = [lane.id for lane in window.document.map.lanes]
    window.actions.add_lane["ideas"].trigger()
    settle()
    added = next(lane.id for lane in window.document.map.lanes if lane.id not in before)
    shown = window.views.settings()["lanes"]
    assert shown is not None and added in shown and before[0] not in shown
    after = [lane.id for lane in window.document.map.lanes]
    follows = after[after.index(added) - 1]
    assert shown.index(added) == (shown.index(follows) + 1 if follows in shown else 0)
    assert added in drawn(window)
