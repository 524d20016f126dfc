"""What changed between two maps, by id, not by text (spec/cli.md, "diff"). No Qt.

Stages, phases, lanes, cards, personas, connections and views (and the map's own
fields, its dates aside) are matched by id and reported as added, removed, moved
(another stage, lane or position) or changed (which fields, old → new). So are the
embedded pictures (a persona's photo replaced changes no field of the persona): a
picture's data is shown by its type, size and a short digest, never as its base64.

A move is what a person did, not every object that shifted: when a stage is
inserted, the others are not "moved". The objects kept in order are the longest
common sequence of the two orders; only the rest moved. A card's position is its
place in its cell (its lane and stage), as in the table format. In the JSON form
places are 0-based (`index`); the human lines count from 1.

A value left empty and a value absent are the same to a reader (an empty text, an
empty list, no value), so they are not a change.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from cjeditor.model import Asset, Connection, JourneyMap, Lane

__all__ = ["KINDS", "Change", "diff_maps", "shown_value"]

KINDS = ("map", "persona", "phase", "stage", "lane", "card", "connection", "view", "asset")
_META_IGNORED = {"created", "modified"}  # set by every save: not a change of the map
_MAX_SHOWN = 60  # characters of a value in a human line


@dataclass(frozen=True)
class Change:
    """One difference. `where_old`/`where_new` are places: {"index"} for objects in a
    list, {"lane", "stage", "index"} for cards."""

    change: str  # added | removed | moved | changed
    kind: str  # one of KINDS
    id: str
    name: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    where_old: dict[str, Any] | None = None
    where_new: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"change": self.change, "kind": self.kind, "id": self.id,
                               "name": self.name}
        if self.where_old is not None:
            out["from"] = self.where_old
        if self.where_new is not None:
            out["to"] = self.where_new
        if self.fields:
            out["fields"] = {key: {"old": old, "new": new}
                             for key, (old, new) in self.fields.items()}
        return out

    def text(self) -> str:
        subject = self.kind if self.kind == "map" else f'{self.kind} {self.id}'
        if self.name:
            subject += f" {shown_value(self.name)}"
        if self.change == "added":
            return f"added {subject}" + (f" at {_place(self.where_new)}" if self.where_new
                                         else "")
        if self.change == "removed":
            return f"removed {subject}" + (f" from {_place(self.where_old)}" if self.where_old
                                           else "")
        if self.change == "moved":
            return f"moved {subject}: {_place(self.where_old)} → {_place(self.where_new)}"
        parts = [f"{key} {shown_value(old)} → {shown_value(new)}"
                 for key, (old, new) in self.fields.items()]
        return f"changed {subject}: " + "; ".join(parts)


def shown_value(value: Any) -> str:
    if value is None:
        return "(none)"
    text = json.dumps(value, ensure_ascii=False)
    if len(text) <= _MAX_SHOWN:
        return text
    if isinstance(value, str):  # cut inside the quotes, which stay: "Lorem ipsum…"
        return text[:_MAX_SHOWN - 2] + '…"'
    return text[:_MAX_SHOWN - 1] + "…"


def _place(where: dict[str, Any] | None) -> str:
    if not where:
        return "?"
    parts = []
    if "lane" in where:
        parts.append(f'lane {where["lane"]}')
    if "stage" in where:
        parts.append(f'stage {where["stage"]}')
    parts.append(f'position {where["index"] + 1}')
    return ", ".join(parts)


# ------------------------------------------------------------------ values
def _normal(value: Any) -> Any:
    """Empty text, empty list and no value are the same."""
    if value == "" or value == [] or value is None:
        return None
    return value


def _fields(model: BaseModel, exclude: Iterable[str] = ()) -> dict[str, Any]:
    data = model.model_dump(by_alias=True, exclude=set(exclude))
    return {key: _normal(value) for key, value in data.items()}


def _changed(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    for key in dict.fromkeys([*old, *new]):
        a, b = old.get(key), new.get(key)
        if a != b:
            out[key] = (a, b)
    return out


def _kept(old_order: Sequence[str], new_order: Sequence[str]) -> set[str]:
    """The ids of the longest run of common objects that kept their order."""
    common = set(old_order) & set(new_order)
    a = [x for x in old_order if x in common]
    b = [x for x in new_order if x in common]
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    kept: set[str] = set()
    for block in matcher.get_matching_blocks():
        kept.update(a[block.a:block.a + block.size])
    return kept


def _name(obj: BaseModel) -> str:
    if isinstance(obj, Connection):  # an arrow is named by its ends (and its label)
        ends = f"{obj.from_} → {obj.to}"
        return f"{ends}: {obj.label}" if obj.label else ends
    for attribute in ("name", "title"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str):
            return value
    return ""


# ------------------------------------------------------------------ lists
def _list_changes(kind: str, old: Sequence[Any], new: Sequence[Any],
                  exclude: Iterable[str] = (), moves: bool = True) -> list[Change]:
    """Changes of a list of objects by id; without `moves` their order means nothing
    (connections), so neither places nor moves are reported."""
    exclude = set(exclude) | {"id"}
    old_by = {o.id: (i, o) for i, o in enumerate(old)}
    new_by = {o.id: (i, o) for i, o in enumerate(new)}
    kept = _kept([o.id for o in old], [o.id for o in new]) if moves else set(new_by)
    out = [Change("removed", kind, o.id, _name(o), where_old={"index": i} if moves else None)
           for i, o in enumerate(old) if o.id not in new_by]
    for i, obj in enumerate(new):
        if obj.id not in old_by:
            out.append(Change("added", kind, obj.id, _name(obj),
                              where_new={"index": i} if moves else None))
            continue
        j, before = old_by[obj.id]
        if obj.id not in kept:
            out.append(Change("moved", kind, obj.id, _name(obj), where_old={"index": j},
                              where_new={"index": i}))
        fields = _changed(_fields(before, exclude), _fields(obj, exclude))
        if fields:
            out.append(Change("changed", kind, obj.id, _name(obj), fields))
    return out


def _card_places(lanes: Sequence[Lane]) -> dict[str, tuple[dict[str, Any], Any]]:
    places: dict[str, tuple[dict[str, Any], Any]] = {}
    for lane in lanes:
        seen: dict[str, int] = {}
        for card in lane.cards:
            index = seen.get(card.stage, 0)
            seen[card.stage] = index + 1
            places[card.id] = ({"lane": lane.id, "stage": card.stage, "index": index}, card)
    return places


def _card_changes(old: Sequence[Lane], new: Sequence[Lane]) -> list[Change]:
    before = _card_places(old)
    after = _card_places(new)
    # Within each cell of the new map, which common cards kept their order.
    kept: set[str] = set()
    cells_old: dict[tuple[str, str], list[str]] = {}
    cells_new: dict[tuple[str, str], list[str]] = {}
    for places, cells in ((before, cells_old), (after, cells_new)):
        for card_id, (where, _) in places.items():
            cells.setdefault((where["lane"], where["stage"]), []).append(card_id)
    for cell, ids in cells_new.items():
        kept |= _kept(cells_old.get(cell, []), ids)
    out = [Change("removed", "card", cid, card.title, where_old=where)
           for cid, (where, card) in before.items() if cid not in after]
    for cid, (where, card) in after.items():
        if cid not in before:
            out.append(Change("added", "card", cid, card.title, where_new=where))
            continue
        old_where, old_card = before[cid]
        if cid not in kept:
            out.append(Change("moved", "card", cid, card.title, where_old=old_where,
                              where_new=where))
        fields = _changed(_fields(old_card, ("id", "stage")), _fields(card, ("id", "stage")))
        if fields:
            out.append(Change("changed", "card", cid, card.title, fields))
    return out


def _picture(asset: Asset) -> str:
    """A picture's data as a person can compare it: type, size, a short digest."""
    data = asset.data.encode("ascii")
    size = len(data) * 3 // 4 - data[-2:].count(b"=")  # the decoded bytes, not decoded
    digest = hashlib.sha256(data).hexdigest()[:8]
    kind = asset.media_type.removeprefix("image/").upper()
    return f"{kind}, {size / 1024:.1f} KB, #{digest}" if size >= 1024 else \
        f"{kind}, {size} bytes, #{digest}"


def _asset_changes(old: Sequence[Asset], new: Sequence[Asset]) -> list[Change]:
    """Pictures added, removed or replaced; their order means nothing."""
    out: list[Change] = []
    old_by = {a.id: a for a in old}
    new_ids = {a.id for a in new}
    out += [Change("removed", "asset", a.id, a.name or "") for a in old if a.id not in new_ids]
    for asset in new:
        before = old_by.get(asset.id)
        if before is None:
            out.append(Change("added", "asset", asset.id, asset.name or ""))
            continue
        fields = _changed({"name": _normal(before.name), "data": _picture(before)},
                          {"name": _normal(asset.name), "data": _picture(asset)})
        if fields:
            out.append(Change("changed", "asset", asset.id, asset.name or "", fields))
    return out


def diff_maps(old: JourneyMap | None, new: JourneyMap | None) -> list[Change]:
    """Every difference from `old` to `new` (None: no map, e.g. a file just added)."""
    out: list[Change] = []
    if old is not None and new is not None:
        meta = _changed(_fields(old.meta, _META_IGNORED), _fields(new.meta, _META_IGNORED))
        if meta:
            out.append(Change("changed", "map", "", new.meta.title, meta))

    def items(doc: JourneyMap | None, name: str) -> list[Any]:
        return list(getattr(doc, name)) if doc is not None else []

    out += _list_changes("persona", items(old, "personas"), items(new, "personas"))
    out += _list_changes("phase", items(old, "phases"), items(new, "phases"))
    out += _list_changes("stage", items(old, "stages"), items(new, "stages"))
    out += _list_changes("lane", items(old, "lanes"), items(new, "lanes"), exclude=("cards",))
    out += _card_changes(items(old, "lanes"), items(new, "lanes"))
    out += _list_changes("connection", items(old, "connections"), items(new, "connections"),
                         moves=False)
    out += _list_changes("view", items(old, "views"), items(new, "views"))
    out += _asset_changes(items(old, "assets"), items(new, "assets"))
    return out


# ------------------------------------------------------------------ git's diff driver
def git_report(path: str, old_file: str, new_file: str, as_json: bool = False,
               new_path: str | None = None) -> str:
    """What `git diff` shows for PATH when cjeditor is its diff driver: the changes by id,
    or, when a side is not a valid map (say, a file with merge conflict markers), a
    plain line diff of the text with a sentence saying why. `/dev/null` is no map (a
    file added or deleted)."""
    from cjeditor.fileio import MapLoadError, load

    header = f"diff --cjmap a/{path} b/{new_path or path}\n"
    maps: list[JourneyMap | None] = []
    for side in (old_file, new_file):
        if side == "/dev/null":
            maps.append(None)
            continue
        try:
            maps.append(load(side))
        except MapLoadError as exc:
            return header + _text_fallback(path, old_file, new_file, str(exc.problems[0]))
    changes = diff_maps(maps[0], maps[1])
    if as_json:
        return json.dumps([change.as_json() for change in changes], ensure_ascii=False,
                          indent=2) + "\n"
    if not changes:
        return header + f"{path}: no changes by id (the files differ only in their text's " \
                        "layout or in dates)\n"
    return header + "".join(change.text() + "\n" for change in changes)


def _text_fallback(path: str, old_file: str, new_file: str, why: str) -> str:
    def lines(name: str) -> list[str]:
        if name == "/dev/null":
            return []
        try:
            with open(name, encoding="utf-8", errors="replace") as handle:
                return handle.readlines()
        except OSError:
            return []

    diff = difflib.unified_diff(lines(old_file), lines(new_file), f"a/{path}", f"b/{path}")
    # a last line with no line break ends as diff(1) ends it, not run into the next one
    shown = (line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
             for line in diff)
    return (f"{path}: not compared by id, a version is not a valid map ({why}); "
            "the lines that differ:\n" + "".join(shown))
