"""CardItems: the scene's card items by card id, kept in step with the layout.

Items are made lazily, card by card: when the card comes into view (`reveal`,
called by the views when they scroll or zoom) or when it is asked for
(`items[card_id]`). A map of 20,000 cards opens with the few hundred items it
shows, and scrolling into a lane makes the items of the screen it shows, not of
its whole columns (a column of a big lane is several screens tall). As a
mapping it lists every card shown, made or not, so `items[card_id]` always
gives an item.

After a layout update only the cards of the lanes that changed are visited,
and of those only the blocks laid out anew (geometry compared with `is`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from cjeditor.canvas.items import CardItem
from cjeditor.canvas.layers import CardLayers
from cjeditor.layout.cards import moved_only
from cjeditor.layout.geometry import CardGeom, LaneGeom, MapGeometry
from cjeditor.layout.lanes import Block

if TYPE_CHECKING:
    from cjeditor.canvas.scene import MapScene

Place = tuple[str, str]  # (lane id, stage id): the cell holding a card item
REACH = 8.0  # a card's picture reaches this far past its box (selection, tails)


class CardItems(Mapping[str, CardItem]):
    def __init__(self, scene: MapScene, image: Callable[[CardGeom], QImage | None]) -> None:
        self.scene = scene
        self.image = image
        self.layers = CardLayers(scene)
        self.made: dict[str, CardItem] = {}  # the items that exist
        self.place: dict[str, Place] = {}  # card id -> cell of its item
        self.lanes_changed: set[str] = set()  # lanes whose own fields changed (last sync)
        self._synced: dict[str, tuple[Any, dict[str, CardGeom]]] = {}  # lane, local cards
        self._complete: dict[int, Block] = {}  # blocks whose every card has its item
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
                    item = self._make(lg, g)
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
        item.setParentItem(cell)
        self.place[g.card_id] = (lg.lane_id, g.stage_id)
        return item

    def reveal(self, rect: QRectF) -> None:
        """Make the items of the cards that `rect` (scene coordinates) touches."""
        geom = self._geom
        if geom is None or not self.layers.detailed:
            return
        cache, made = self.scene.layout_cache, self.made
        top, bottom = rect.top() - REACH, rect.bottom() + REACH
        left, right = rect.left() - REACH, rect.right() + REACH
        for lg in geom.lanes:
            if lg.y > bottom or lg.y + lg.height < top or lg.collapsed:
                continue
            low, high = top - lg.y, bottom - lg.y  # in the lane's own coordinates
            blocks = cache.blocks(lg.lane_id)
            if blocks:
                groups = [b.cards for b in self._unmade(blocks)
                          if geom.columns[b.first].x <= right
                          and geom.columns[b.last].x + geom.columns[b.last].width >= left]
            else:  # an emotion lane: one small group
                groups = [cache.local_cards(lg.lane_id)]
            for cards in groups:
                for card_id, g in cards.items():
                    r = g.rect
                    if card_id not in made and r.y <= high and r.y + r.h >= low \
                            and r.x <= right and r.x + r.w >= left:
                        self._make(lg, g)

    def _unmade(self, blocks: list[Block]) -> list[Block]:
        """The blocks some of whose cards have no item yet (a block laid out anew is a
        new object, so one marked complete stays complete)."""
        complete, made, out = self._complete, self.made, []
        for b in blocks:
            if complete.get(id(b)) is b:
                continue
            if all(card_id in made for card_id in b.cards):
                complete[id(b)] = b
            else:
                out.append(b)
        return out

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
        gone = []
        for card_id, lane_id in leaving:
            held = self.place.get(card_id)
            if held is not None and held[0] == lane_id:  # not taken in by another lane
                gone.append(self.made.pop(card_id))
                del self.place[card_id]
        self._remove(gone)

    def _remove(self, items: list[CardItem]) -> None:
        """Take `items` out of the scene, saying that the selection changed once, not once
        per selected item: its listeners look at the whole selection each time (deleting
        500 selected cards of 3,000 took 2.3 s)."""
        scene = self.scene
        selected = any(item.isSelected() for item in items)
        blocked = scene.blockSignals(True)
        try:
            for item in items:
                scene.removeItem(item)
        finally:
            scene.blockSignals(blocked)
        if selected and not blocked:
            scene.selectionChanged.emit()

    def _sync_lane(self, lg: LaneGeom, parts: list[dict[str, CardGeom]], repaint: bool) -> None:
        doc, lane_id, lane_type, layers = self.scene.doc, lg.lane_id, lg.type, self.layers
        geom = self._geom
        assert geom is not None
        for card_id, g in (pair for part in parts for pair in part.items()):
            item = self.made.get(card_id)
            if item is None:
                continue  # made when it comes into view (the scene reveals its views next)
            place = (lane_id, g.stage_id)
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
                item.refresh()

    def _forget_lane(self, lane_id: str) -> None:
        """The lane's items went with its container (hidden by the persona filter)."""
        self._synced.pop(lane_id, None)
        self._complete.clear()  # its blocks may come back as they were, without items
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
        self._complete.clear()
        self._synced.clear()
        self._geom = None

    def open_selected(self, selected: list[Any]) -> None:
        """Selected cards' containers open and go above the others: a dragged card
        is drawn wherever it goes, never under the cards of another cell."""
        places = {self.place.get(getattr(item, "object_id", "")) for item in selected}
        places.discard(None)
        self.layers.open_only(places)  # type: ignore[arg-type]
