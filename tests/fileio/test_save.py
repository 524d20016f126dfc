"""The canonical writer and the atomic save."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest
from maps import base_map

from cjeditor.fileio import MapSaveError, dumps, load, loads, save
from cjeditor.model import JourneyMap
from cjeditor.model.limits import FORMAT_VERSION


@pytest.fixture
def doc() -> JourneyMap:
    return JourneyMap.model_validate(base_map())


def test_resave_is_byte_identical(tmp_path, doc):
    first, second = tmp_path / "a.cjmap", tmp_path / "b.cjmap"
    save(doc, first)
    save(load(first), second)
    assert first.read_bytes() == second.read_bytes()


def test_canonical_form(doc):
    text = dumps(doc)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Búsqueda" in text and "\\u" not in text.replace("\\u0001", "")
    head = f'{{\n  "format": "cjmap",\n  "version": {FORMAT_VERSION},\n  "meta": {{'
    assert text.startswith(head)
    top_keys = list(json.loads(text))
    assert top_keys == ["format", "version", "meta", "personas", "phases", "stages", "lanes",
                        "assets"]
    card = json.loads(text)["lanes"][1]["cards"][0]
    assert list(card) == ["id", "kind", "stage", "title", "channel", "initiative",
                          "decision_point"]
    # Defaults are omitted: language "es", span 1, collapsed false, empty tags.
    assert "language" not in json.loads(text)["meta"]
    assert "span" not in card and "tags" not in card
    assert "collapsed" not in json.loads(text)["lanes"][0]


# "keys in the order of this page" (spec/cjmap-format.md): each object's keys as the
# page lists them, the keys version 2 added after them, in the order of its sections
PAGE_ORDER = {
    "meta": ["title", "product", "objective", "team_goal", "language", "created", "modified",
             "authors", "state", "counterpart"],
    "phase": ["id", "name", "color", "acquisition"],
    "stage": ["id", "name", "description", "phase", "moment", "color", "width", "link"],
    "lane": ["id", "type", "title", "persona", "color", "collapsed", "cards", "line_below"],
}
CARD_COMMON = ["id", "kind", "stage", "span", "title", "text", "evidence", "color", "tags"]
CARD_EXTRAS = {  # the kind table's extra fields, then what version 2 gave the kind
    "note": [], "touchpoint": ["channel", "channel_label", "initiative", "decision_point"],
    "expectation": ["met"], "emotion": ["score", "emoji"], "pain_point": ["severity"],
    "feedback": ["source", "score"], "opportunity": ["addresses", "priority", "impact", "effort"],
    "idea": ["hypothesis", "measure", "status", "impact", "effort"],
    "metric": ["measure", "value", "unit", "scope"], "image": ["asset"],
}
for _kind, _extras in CARD_EXTRAS.items():
    PAGE_ORDER[_kind] = [*CARD_COMMON, *_extras, "link"]


def _in_page_order(keys: list[str], kind: str) -> bool:
    order = PAGE_ORDER[kind]
    return all(key in order for key in keys) and keys == sorted(keys, key=order.index)


def test_every_object_keeps_the_pages_key_order():
    from maps import v2_map

    raw = v2_map()
    touchpoint = next(c for lane in raw["lanes"] for c in lane["cards"]
                      if c["kind"] == "touchpoint")
    touchpoint["link"] = "detalle/pago.cjmap"  # a kind's own fields, then link
    data = json.loads(dumps(JourneyMap.model_validate(raw)))
    assert _in_page_order(list(data["meta"]), "meta")
    objects = [(p, "phase") for p in data["phases"]] + [(s, "stage") for s in data["stages"]]
    objects += [(lane, "lane") for lane in data["lanes"]]
    objects += [(card, card["kind"]) for lane in data["lanes"] for card in lane["cards"]]
    for obj, kind in objects:
        assert _in_page_order(list(obj), kind), (kind, list(obj))
    seen = {key for obj, _kind in objects for key in obj} | set(data["meta"])
    assert {"link", "line_below", "impact", "scope", "acquisition", "state"} <= seen


def test_non_default_values_are_written(doc):
    doc.meta.language = "en"
    doc.lanes[0].collapsed = True
    doc.stages[0].width = 1.5
    data = json.loads(dumps(doc))
    assert data["meta"]["language"] == "en"
    assert data["lanes"][0]["collapsed"] is True
    assert data["stages"][0]["width"] == 1.5
    assert loads(dumps(doc)) == doc


def test_spec_example_round_trips():
    spec_path = Path(__file__).resolve().parents[3] / "shared" / "spec" / "cjmap-format.md"
    if not spec_path.exists():
        pytest.skip("shared spec not present")
    spec = spec_path.read_text(encoding="utf-8")
    example = spec.split("## Example")[1].split("```json")[1].split("```")[0]
    doc = loads(example)
    assert loads(dumps(doc)) == doc


def test_keeps_permissions(tmp_path, doc):
    path = tmp_path / "m.cjmap"
    save(doc, path)
    path.chmod(0o640)
    save(doc, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failure_leaves_old_file_and_no_temp(tmp_path, doc, monkeypatch, failing):
    """(A write the disk refuses, for real, is in test_write_atomic.py.)"""
    path = tmp_path / "m.cjmap"
    path.write_text("old content", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(MapSaveError, match="No space left"):
        save(doc, path)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjmap"]


def test_missing_folder_is_a_save_error(tmp_path, doc):
    with pytest.raises(MapSaveError):
        save(doc, tmp_path / "gone" / "m.cjmap")


def test_read_only_folder(tmp_path, doc):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "m.cjmap").write_text("old")
    folder.chmod(0o500)
    try:
        with pytest.raises(MapSaveError):
            save(doc, folder / "m.cjmap")
        assert (folder / "m.cjmap").read_text() == "old"
    finally:
        folder.chmod(0o700)


def test_backup_keeps_previous_version(tmp_path, doc):
    path = tmp_path / "m.cjmap"
    path.write_text("previous", encoding="utf-8")
    save(doc, path, backup=True)
    assert (tmp_path / "m.cjmap.bak").read_text(encoding="utf-8") == "previous"
    assert load(path) == doc


def test_no_overwrite(tmp_path, doc):
    path = tmp_path / "m.cjmap"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(MapSaveError, match="exists"):
        save(doc, path, overwrite=False)
    assert path.read_text(encoding="utf-8") == "mine"
    save(doc, tmp_path / "fresh.cjmap", overwrite=False)
    assert load(tmp_path / "fresh.cjmap") == doc


def test_symlink_target_is_written_and_link_kept(tmp_path, doc):
    real = tmp_path / "real.cjmap"
    real.write_text("old")
    link = tmp_path / "link.cjmap"
    link.symlink_to(real)
    save(doc, link)
    assert link.is_symlink()
    assert load(real) == doc
