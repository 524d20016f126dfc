"""Save As into another folder keeps the links to other maps (and the counterpart)
pointing at the same files: rewritten as one undo step, saved that way."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from cjeditor.document.map_paths import linked_path


def _example_pair(tmp_path: Path, example_map_path: Path) -> Path:
    folder = tmp_path / "mapas"
    folder.mkdir()
    future = example_map_path.with_name("zapatillas-running-futuro.cjmap")
    (folder / future.name).write_bytes(future.read_bytes())
    target = folder / "actual.cjmap"
    target.write_bytes(example_map_path.read_bytes())
    return target


def _map_paths(doc) -> dict[str, str]:
    paths = {s.id: s.link for s in doc.map.stages if s.link}
    paths.update({c.id: c.link for c in doc.map.all_cards() if c.link})
    paths["counterpart"] = doc.map.meta.counterpart
    return paths


def test_save_as_in_a_subfolder_keeps_links_to_the_same_files(
        manager, tmp_path, example_map_path, monkeypatch):
    original = _example_pair(tmp_path, example_map_path)
    window = manager.open_path(original)
    doc = window.document
    before = _map_paths(doc)
    assert before["counterpart"] == "zapatillas-running-futuro.cjmap"
    assert len(before) >= 2  # the example links a stage too
    named = {key: linked_path(original, value) for key, value in before.items()}
    dumped = doc.map.model_dump()

    moved = tmp_path / "mapas" / "copias" / "2026" / "copia.cjmap"
    moved.parent.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moved), ""))
    assert window.files.save_as()

    after = _map_paths(doc)
    assert after["counterpart"] == "../../zapatillas-running-futuro.cjmap"
    assert {key: linked_path(moved, value) for key, value in after.items()} == named
    saved = json.loads(moved.read_text(encoding="utf-8"))
    assert saved["meta"]["counterpart"] == after["counterpart"]
    assert not window.isWindowModified()
    assert json.loads(original.read_text(encoding="utf-8"))["meta"]["counterpart"] == \
        before["counterpart"]  # the old file is untouched

    doc.undo_stack.undo()  # one step gives the old paths back
    assert doc.map.model_dump() == dumped


def test_save_as_in_the_same_folder_changes_no_link(manager, tmp_path, example_map_path,
                                                     monkeypatch):
    original = _example_pair(tmp_path, example_map_path)
    window = manager.open_path(original)
    depth = window.document.undo_stack.count()
    before = _map_paths(window.document)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(original.with_name("otra.cjmap")), ""))
    assert window.files.save_as()
    assert _map_paths(window.document) == before
    assert window.document.undo_stack.count() == depth


def test_a_link_to_a_missing_file_is_kept_as_written(manager, tmp_path, example_map_path,
                                                     monkeypatch):
    original = _example_pair(tmp_path, example_map_path)
    (original.parent / "zapatillas-running-futuro.cjmap").unlink()
    window = manager.open_path(original)
    moved = tmp_path / "otra" / "copia.cjmap"
    moved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moved), ""))
    assert window.files.save_as()
    assert window.document.map.meta.counterpart == "zapatillas-running-futuro.cjmap"
