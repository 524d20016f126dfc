"""The editing canvas: MapScene (items from layout geometry) and MapView (gestures).

Public API for app/:
- `MapView(doc, parent=None)`: `.scene_()` -> MapScene; signals `zoom_changed(float)`,
  `selection_changed(list)` (selected ids: cards, stages, lanes, phases),
  `status_message(str)`; methods `zoom_in/zoom_out/zoom_reset/zoom_to_fit`,
  `zoom()`, `set_zoom(f)`, `cut/copy/paste/duplicate/delete_selected/select_all`,
  `selected_ids()`, `select_ids(ids)`, `set_persona(id | None)`,
  `can_paste()`; `.map_links` (canvas/map_links.py): the links to other maps, their
  actions (`actions()`) and `open_requested(str)`, the file a link names, for app/ to open.
- MIME types: `CARD_MIME` (palette card), `LANE_MIME` (palette lane),
  `CARDS_MIME` (clipboard).
"""

from cjeditor.canvas.mime import CARD_MIME, CARDS_MIME, LANE_MIME
from cjeditor.canvas.scene import MapScene
from cjeditor.canvas.view import MapView

__all__ = ["CARDS_MIME", "CARD_MIME", "LANE_MIME", "MapScene", "MapView"]
