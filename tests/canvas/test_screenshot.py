"""Grab the canvas of the example map to tests/output/canvas.png (look at it)."""

from __future__ import annotations

from canvas_helpers import dispose, make_view
from maps import base_map

from cjeditor.model import JourneyMap


def _example(example_map_path) -> JourneyMap:
    if example_map_path.exists():
        from cjeditor.fileio import load

        loaded = load(example_map_path)
        return loaded[0] if isinstance(loaded, tuple) else loaded
    return JourneyMap.model_validate(base_map())


def test_grab_example_map(qapp, example_map_path, output_dir):
    view = make_view(_example(example_map_path), size=(1800, 1150))
    try:
        view.zoom_to_fit()
        qapp.processEvents()
        image = view.grab()
        assert not image.isNull()
        image.save(str(output_dir / "canvas.png"))
        view.zoom_reset()
        view.centerOn(view.map_scene.sceneRect().topLeft())
        qapp.processEvents()
        view.grab().save(str(output_dir / "canvas-100.png"))
        # Every card of the map has an item.
        assert set(view.map_scene.cards) == {c.id for c in view.doc.map.all_cards()
                                             if c.id in view.map_scene.geometry.cards}
    finally:
        dispose(view)
