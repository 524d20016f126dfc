"""Grab the main window on the example map to tests/output/window.png (for a human to look at)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_grab_window_with_the_example_map(example_window, output_dir):
    window = example_window
    window.resize(1400, 900)
    window.show()
    card = next(c for c in window.document.map.all_cards() if c.kind == "touchpoint")
    select = getattr(window.view, "select_ids", None)
    if callable(select):
        select([card.id])
    window.properties.show_ids([card.id])
    fit = getattr(window.view, "zoom_to_fit", None)
    if callable(fit):
        fit()
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab()
    assert not image.isNull()
    target = output_dir / "window.png"
    assert image.save(str(target))
    assert target.stat().st_size > 10_000
