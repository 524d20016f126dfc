"""Cards on the clipboard (MIME `application/x-cjeditor-cards`), between documents.

The payload is JSON: ``{"format": "cjeditor-cards", "version": 1,
"cards": [{"lane", "lane_type", "stage", "stage_index", "card": {...}}],
"assets": [{...}], "connections": [{...}]}`` (image cards carry their pictures along,
and the arrows between the copied cards go with them).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjeditor.document import MapDocument
from cjeditor.document.checks import Probe, count, explain, kind_problem, say
from cjeditor.document.map_paths import rebased_map_path
from cjeditor.model import CARD_CLASSES, Asset
from cjeditor.model.placement import emotion_conflict, kind_allowed

FORMAT = "cjeditor-cards"
MAX_PAYLOAD = 50 * 1024 * 1024


def cards_payload(doc: MapDocument, card_ids: Iterable[str]) -> str:
    """JSON for the clipboard holding these cards (in document order)."""
    wanted = set(card_ids)
    entries = []
    asset_ids: list[str] = []
    for lane in doc.map.lanes:
        for card in lane.cards:
            if card.id not in wanted:
                continue
            entries.append({"lane": lane.id, "lane_type": lane.type, "stage": card.stage,
                            "stage_index": doc.stage_index(card.stage),
                            "card": card.model_dump(mode="json", exclude_unset=True)})
            if card.kind == "image" and card.asset not in asset_ids:
                asset_ids.append(card.asset)
    assets = []
    for asset_id in asset_ids:
        with contextlib.suppress(KeyError):
            assets.append(doc.asset(asset_id).model_dump(mode="json", exclude_unset=True))
    connections = [c.model_dump(mode="json", by_alias=True, exclude_unset=True)
                   for c in doc.map.connections if c.from_ in wanted and c.to in wanted]
    payload: dict[str, Any] = {"format": FORMAT, "version": 1, "cards": entries,
                               "assets": assets, "connections": connections}
    if doc.path is not None:  # links to other maps are relative to it
        payload["map_path"] = str(doc.path)
    return json.dumps(payload, ensure_ascii=False)


def _link_here(link: str, source: Any, doc: MapDocument) -> str:
    """A copied card's link to another map, rewritten to name the same file from the
    map it is pasted into (a map in another folder); as it was when either map has
    no file or the file it names is not there."""
    if not isinstance(source, str) or not source or doc.path is None:
        return link
    return rebased_map_path(link, Path(source), doc.path)


def parse_payload(raw: bytes | str) -> dict[str, Any] | None:
    if len(raw) > MAX_PAYLOAD:
        return None
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if not isinstance(data.get("cards"), list):
        return None
    return data


def skipped_message(reasons: list[str]) -> str:
    """"2 cards could not be placed: <the first reason>", in the interface language."""
    return say("not_placed", count=count(len(reasons), "card"),
               verb="ha" if len(reasons) == 1 else "han", reason=reasons[0])


def paste_plan(doc: MapDocument, payload: dict[str, Any], target: tuple[str, str] | None,
               id_map_out: dict[str, str] | None = None,
               ) -> tuple[list[tuple[str, Any]], list[Any], list[str]]:
    """Where each clipboard card goes: ([(lane id, new card)], assets to add, why each
    skipped card was skipped).

    With a `target` cell the first card lands there and the others keep their
    offsets; without one, cards go back to their original lane and stage when
    those exist in `doc`. A card that fits nowhere is skipped, with the model's
    reason worded as the editor words a refused drop. `id_map_out` receives the
    clipboard card ids -> the new ids (for the connections among them)."""
    stages = doc.map.stages
    n = len(stages)
    taken = doc.taken_ids()
    entries = [e for e in payload.get("cards", []) if isinstance(e, dict)
               and isinstance(e.get("card"), dict)]
    if not entries:
        return [], [], []

    # Assets: reuse identical ones, rename clashing ones.
    asset_map: dict[str, str] = {}
    new_assets: list[Any] = []
    for raw in payload.get("assets", []):
        try:
            asset = Asset.model_validate(raw)
        except Exception:  # noqa: BLE001 - a broken asset is skipped with its cards
            continue
        if doc.id_taken(asset.id):
            try:
                same = doc.asset(asset.id).data == asset.data
            except KeyError:
                same = False
            if same:
                asset_map[asset.id] = asset.id
                continue
            fresh = doc.new_id("a", taken)
            taken.add(fresh)
            asset = asset.model_copy(update={"id": fresh})
            asset_map[raw.get("id")] = fresh
        else:
            asset_map[asset.id] = asset.id
            taken.add(asset.id)
        new_assets.append(asset)

    id_map: dict[str, str] = {}
    for e in entries:
        old = e["card"].get("id", "")
        id_map[old] = doc.new_id("c", taken)
        taken.add(id_map[old])
    if id_map_out is not None:
        id_map_out.update(id_map)

    def stage_index_of(e: dict[str, Any]) -> int:
        try:
            return int(e.get("stage_index", 0))
        except (TypeError, ValueError):
            return 0

    anchor = min(entries, key=stage_index_of)
    offset = 0
    if target is not None:
        offset = doc.stage_index(target[1]) - stage_index_of(anchor)

    def lane_for(e: dict[str, Any], kind: str) -> str | None:
        candidates: list[str | None] = []
        if target is not None and e.get("lane") == anchor.get("lane"):
            candidates.append(target[0])
        candidates.append(e.get("lane"))
        if target is not None:
            candidates.append(target[0])
        for lane_id in candidates:
            if isinstance(lane_id, str) and doc.kind_of(lane_id) == "lane" \
                    and doc.allowed(kind, lane_id)[0]:
                return lane_id
        for lane in doc.map.lanes:
            if kind_allowed(kind, lane.type):
                return lane.id
        return None

    planned: list[tuple[str, Any]] = []
    pasted_pains = {id_map[e["card"].get("id", "")] for e in entries
                    if e["card"].get("kind") == "pain_point"}
    skipped: list[str] = []
    for e in entries:
        data = dict(e["card"])
        kind = data.get("kind")
        if kind not in CARD_CLASSES:
            skipped.append(say("unknown_kind", kind=kind))
            continue
        lane_id = lane_for(e, kind)
        if target is None and isinstance(e.get("stage"), str) \
                and doc.kind_of(e["stage"]) == "stage":
            index = doc.stage_index(e["stage"])
        else:
            index = min(max(stage_index_of(e) + offset, 0), n - 1)
        stage_id = stages[index].id
        if lane_id is None:
            # No lane takes it: the reason the target (or first) lane gives.
            where = target[0] if target is not None else (
                doc.map.lanes[0].id if doc.map.lanes else "")
            skipped.append(kind_problem(doc, kind, where) or say("lane_gone"))
            continue
        # One emotion per stage, counting the cards this paste already placed there.
        cell_cards = [*doc.lane(lane_id).cards, *(c for lane, c in planned if lane == lane_id)]
        if emotion_conflict(cell_cards, Probe(kind, stage_id)) is not None:
            skipped.append(say("emotion_taken", stage=doc.stage(stage_id).name))
            continue
        data["id"] = id_map[data.get("id", "")]
        data["stage"] = stage_id
        if isinstance(data.get("link"), str):
            data["link"] = _link_here(data["link"], payload.get("map_path"), doc)
        if "span" in data:
            data["span"] = max(1, min(int(data["span"]), n - index))
        if kind == "opportunity":
            kept = []
            for ref in data.get("addresses", []):
                ref = id_map.get(ref, ref)
                if ref in pasted_pains or (doc.has_card(ref)
                                           and doc.card(ref).kind == "pain_point"):
                    kept.append(ref)
            data["addresses"] = kept
        if kind == "image":
            asset_id = asset_map.get(data.get("asset"), data.get("asset"))
            if not (asset_id in asset_map.values() or doc.kind_of(asset_id) == "asset"):
                skipped.append(say("image_missing", asset=asset_id))
                continue
            data["asset"] = asset_id
        try:
            card = CARD_CLASSES[kind].model_validate(data)
        except ValidationError as exc:
            skipped.append(explain(exc))
            continue
        planned.append((lane_id, card))
    used_assets = {c.asset for _, c in planned if c.kind == "image"}
    return planned, [a for a in new_assets if a.id in used_assets], skipped
