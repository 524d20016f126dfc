"""CardItems: the scene's card items by card id, kept in step with the layout.

Items are made lazily, a block of columns at a time (lanes.py: the columns
that spanning cards join; usually one cell): when the block comes into view
(`reveal`, called by the views when they scroll or zoom) or when one of its
cards is asked for (`items[card_id]`). A map of 20,000 cards opens with the
few hundred items it shows. As a mapping it lists every card shown, made or
not, so `items[card_id]` always gives an item.

After a layout update only the cards of the lanes that changed are visited,
and of those only the blocks laid out anew (geometry compared with `is`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

from cjeditor.canvas.items import CardItem
from cjeditor.canvas.layers import CardLayers
from cjeditor.layout.cards import moved_only
from cjeditor.layout.geometry import CardGeom, LaneGeom, MapGeometry

if TYPE_CHECKING:
    from cjeditor.canvas.scene import MapScene

Place = tuple[str, str]  # (lane id, stage id): the cell holding a card item


class CardItems(Mapping[str, CardItem]):
    def __init__(self, scene: MapScene, image: Callable[[CardGeom], QImage | None]) -> None:
        self.scene = scene
        self.image = image
        self.layers = CardLayers(scene)
        self.made: dict[str, CardItem] = {}  # the items that exist
        self.place: dict[str, Place] = {}  # card id -> cell of its item
        self.lanes_changed: set[str] = set()  # lanes whose own fields changed (last sync)
        self._open: set[Place] = set()  # cells whose items are made
        self._synced: dict[str, tuple[Any, dict[str, CardGeom]]] = {}  # lane, local cards
        self._geom: MapGeometry | None = None

    # ------------------------------------------------------------ mapping
    def _locals(self) -> Iterator[tuple[LaneGeom, dict[str, CardGeom]]]:
        if self._geom is not None:
            cache = self.scene.layout_cache
            for lg in self._geom.lanes:
                yield lg, cache.local_cards(lg.lane_id)

    def __getitem__(self, card_id: str) -> CardItem:
        item = self.made.get(card_id)
        if item is None:
            for lg, local in self._locals():
                g = local.get(card_id)
                if g is not None:
                    self._open_block(lg, g.stage_id)
                    item = self.made.get(card_id)
                    break
        if item is None:
            raise KeyError(card_id)
        return item

    def __contains__(self, card_id: object) -> bool:
        return any(card_id in local for _, local in self._locals())

    def __iter__(self) -> Iterator[str]:
        for _, local in self._locals():
            yield from local

    def __len__(self) -> int:
        return sum(len(local) for _, local in self._locals())

    # ------------------------------------------------------------ making
    def _make(self, lg: LaneGeom, g: CardGeom) -> CardItem:
        layers = self.layers
        cell = layers.cell(lg, g.stage_id, self._geom)  # type: ignore[arg-type]
        layers.hold(cell, lg, g, self._geom)  # type: ignore[arg-type]
        item = self.made[g.card_id] = CardItem(g, self.scene.doc.card(g.card_id), lg.type,
                                               self.image(g))
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setParentItem(cell)
        self.place[g.card_id] = (lg.lane_id, g.stage_id)
        return item

    def _open_block(self, lg: LaneGeom, stage_id: str) -> None:
        """Make the items of the block of columns holding `stage_id` in lane `lg`."""
        geom = self._geom
        assert geom is not None
        cache = self.scene.layout_cache
        index = next((c.index for c in geom.columns if c.stage_id == stage_id), None)
        blocks = cache.blocks(lg.lane_id)
        block = next((b for b in blocks if index is not None and b.first <= index <= b.last),
                     None)
        if block is not None:
            cards = block.cards
            stages = [c.stage_id for c in geom.columns[block.first:block.last + 1]]
        else:  # an emotion lane (one small group) or a card with no column
            cards = cache.local_cards(lg.lane_id)
            stages = [c.stage_id for c in geom.columns]
        self._open.update((lg.lane_id, s) for s in stages)
        for card_id, g in cards.items():
            if card_id not in self.made:
                self._make(lg, g)

    def reveal(self, rect: QRectF) -> None:
        """Make the items of every block that `rect` (scene coordinates) touches."""
        geom = self._geom
        if geom is None or not self.layers.detailed:
            return
        cache = self.scene.layout_cache
        top, bottom, left, right = rect.top(), rect.bottom(), rect.left(), rect.right()
        for lg in geom.lanes:
            if lg.y > bottom or lg.y + lg.height < top or lg.collapsed:
                continue
            blocks = cache.blocks(lg.lane_id)
            if not blocks:
                if any((lg.lane_id, c.stage_id) not in self._open for c in geom.columns):
                    self._open_block(lg, "")
                continue
            for block in blocks:
                first, last = geom.columns[block.first], geom.columns[block.last]
                if first.x > right or last.x + last.width < left:
                    continue
                if (lg.lane_id, first.stage_id) not in self._open:
                    self._open_block(lg, first.stage_id)

    # ------------------------------------------------------------ syncing
    def sync(self, geom: MapGeometry, check: set[str]) -> None:
        """Items follow their lanes' local geometry; containers follow the lanes."""
        self._geom = geom
        layers, doc, cache = self.layers, self.scene.doc, self.scene.layout_cache
        shown = {lg.lane_id for lg in geom.lanes}
        for lane_id in [k for k in layers.lanes if k not in shown]:
            layers.drop_lane(lane_id)
            self._forget_lane(lane_id)
        leaving: list[tuple[str, str]] = []
        self.lanes_changed = set()
        for lg in geom.lanes:
            lane_id = lg.lane_id
            local = cache.local_cards(lane_id)
            layers.place_lane(lg, geom, local, doc)
            lane = doc.lane(lane_id)
            synced = self._synced.get(lane_id)
            if synced is not None and synced[1] is local and lane_id not in check:
                continue
            repaint = synced is not None and synced[0] is not lane
            if repaint:
                self.lanes_changed.add(lane_id)
            # after one re-layout of a lane whose own fields kept, only the blocks
            # laid out anew hold new geometry or new card objects
            only_fresh = synced is not None and not repaint and synced[1] is not local
            parts = cache.fresh_cards(lane_id) if only_fresh else [local]
            self._sync_lane(lg, parts, repaint)
            if synced is not None:
                leaving += [(cid, lane_id) for cid in synced[1] if cid not in local]
            self._synced[lane_id] = (lane, local)
        for card_id, lane_id in leaving:
            held = self.place.get(card_id)
            if held is not None and held[0] == lane_id:  # not taken in by another lane
                self.scene.removeItem(self.made.pop(card_id))
                del self.place[card_id]

    def _sync_lane(self, lg: LaneGeom, parts: list[dict[str, CardGeom]], repaint: bool) -> None:
        doc, lane_id, lane_type, layers = self.scene.doc, lg.lane_id, lg.type, self.layers
        geom = self._geom
        assert geom is not None
        for card_id, g in (pair for part in parts for pair in part.items()):
            item = self.made.get(card_id)
            place = (lane_id, g.stage_id)
            if place not in self._open:
                if item is None:
                    continue  # made when its block comes into view
                self._open_block(lg, g.stage_id)
            if item is None:
                self._make(lg, g)
                continue
            card = doc.card(card_id)
            if self.place[card_id] != place:
                cell = layers.cell(lg, g.stage_id, geom)
                layers.hold(cell, lg, g, geom)
                item.setParentItem(cell)
                self.place[card_id] = place
            if item.geom is not g or item.card is not card or item.lane_type != lane_type:
                if g.span > 1:
                    layers.hold(layers.cell(lg, g.stage_id, geom), lg, g, geom)
                image = self.image(g)
                if item.card is card and item.image is image \
                        and item.lane_type == lane_type and moved_only(item.geom, g):
                    item.geom = g  # the same picture, elsewhere: keep its cached pixels
                    item.setPos(g.rect.x, g.rect.y)
                else:
                    item.set_data(g, card, lane_type, image)
            elif repaint:  # the lane's own fields (its colour) changed
                item.update()

    def _forget_lane(self, lane_id: str) -> None:
        """The lane's items went with its container (hidden by the persona filter)."""
        self._synced.pop(lane_id, None)
        self._open = {p for p in self._open if p[0] != lane_id}
        for card_id in [c for c, p in self.place.items() if p[0] == lane_id]:
            del self.place[card_id]
            self.made.pop(card_id, None)

    def clear(self) -> None:
        """Remove every card item and container from the scene."""
        self.layers.clear()
        self.forget()

    def forget(self) -> None:
        """Forget the items (the scene deleted them already)."""
        self.layers.forget()
        self.made.clear()
        self.place.clear()
        self._open.clear()
        self._synced.clear()
        self._geom = None

    def open_selected(self, selected: list[Any]) -> None:
        """Selected cards' containers open and go above the others: a dragged card
        is drawn wherever it goes, never under the cards of another cell."""
        places = {self.place.get(getattr(item, "object_id", "")) for item in selected}
        places.discard(None)
        self.layers.open_only(places)  # type: ignore[arg-type]
