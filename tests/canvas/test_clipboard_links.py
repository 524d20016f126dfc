"""A copied card's link to another map still names the same file once pasted into a
map in another folder (the clipboard carries the folder it was copied from)."""

from __future__ import annotations

import json
from pathlib import Path

from maps import base_map

from cjeditor.canvas.clipboard import cards_payload, parse_payload, paste_plan
from cjeditor.commands import SetMapLinkCommand, push
from cjeditor.document import MapDocument
from cjeditor.model import JourneyMap


def _document(path: Path | None) -> MapDocument:
    doc = MapDocument(JourneyMap.model_validate(base_map()))
    doc.path = path
    return doc


def _pasted_links(source: MapDocument, target: MapDocument) -> list[str | None]:
    payload = parse_payload(cards_payload(source, ["c-tp"]))
    assert payload is not None
    planned, _assets, skipped = paste_plan(target, payload, None)
    assert skipped == []
    return [card.link for _lane, card in planned]


def test_a_pasted_link_is_rewritten_for_the_folder_it_lands_in(qapp, tmp_path):
    (tmp_path / "maps" / "sub").mkdir(parents=True)
    (tmp_path / "maps" / "compra.cjmap").write_text("{}", encoding="utf-8")
    source = _document(tmp_path / "maps" / "actual.cjmap")
    push(source, SetMapLinkCommand(source, ["c-tp"], "compra.cjmap"))
    assert json.loads(cards_payload(source, ["c-tp"]))["map_path"] == str(source.path)

    assert _pasted_links(source, _document(tmp_path / "maps" / "sub" / "otro.cjmap")) == \
        ["../compra.cjmap"]  # the same file, seen from sub/
    assert _pasted_links(source, _document(tmp_path / "maps" / "hermano.cjmap")) == \
        ["compra.cjmap"]
    assert _pasted_links(source, _document(None)) == ["compra.cjmap"]  # untitled: as is


def test_a_link_to_a_missing_file_or_from_an_untitled_map_is_kept(qapp, tmp_path):
    (tmp_path / "sub").mkdir()
    source = _document(tmp_path / "actual.cjmap")
    push(source, SetMapLinkCommand(source, ["c-tp"], "no-existe.cjmap"))
    assert _pasted_links(source, _document(tmp_path / "sub" / "otro.cjmap")) == \
        ["no-existe.cjmap"]
    untitled = _document(None)
    push(untitled, SetMapLinkCommand(untitled, ["c-tp"], "compra.cjmap"))
    assert "map_path" not in json.loads(cards_payload(untitled, ["c-tp"]))
    assert _pasted_links(untitled, _document(tmp_path / "sub" / "otro.cjmap")) == \
        ["compra.cjmap"]
