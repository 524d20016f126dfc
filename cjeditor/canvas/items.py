"""CardItem: one card, painted by paint.MapPainter (the poster's painter) through QtPen."""

from __future__ import annotations

import dataclasses
import html
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjeditor.canvas import card_pictures, card_recipes
from cjeditor.canvas.overlay import draw_selection, map_painter, scene_doc
from cjeditor.layout.geometry import CardGeom, Rect

EDGE = 6.0  # width of the span handle on a card's right edge, in view pixels
LOD_BOX = 0.3  # below this zoom a card is a plain box in its colours
RECIPES_KEPT = 3  # a card's recipes: the scale shown and a zoom step either side
QImageReader.setAllocationLimit(256)  # MiB: a hostile image cannot exhaust memory


def decode_image(data: bytes) -> QImage | None:
    """Decode PNG/JPEG bytes into a QImage (None if unreadable)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    return None if image.isNull() else image


def tooltip_for(card: Any) -> str:
    def lines(text: str) -> str:  # plain text, its line breaks kept
        return html.escape(text).replace("\n", "<br>")

    parts = [f"<b>{lines(card.title)}</b>" if card.title else ""]
    if card.text:
        parts.append(lines(card.text[:600]))
    return "<br>".join(p for p in parts if p)


class CardItem(QGraphicsItem):
    Z = 10

    def __init__(self, geom: CardGeom, card: Any, lane_type: str,
                 image: QImage | None = None) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(self.Z)
        self.geom = geom
        self.card = card
        self.lane_type = lane_type
        self.image = image
        self._rect = QRectF()
        self._bounds = QRectF()
        self.box = (0.0, 0.0, 0.0, 0.0)  # the bounds as numbers (card_pictures)
        self.preview_width: float | None = None
        self.look = card_pictures.new_look()  # renewed whenever what it shows changes
        self.shown: tuple[card_pictures.Key, int] | None = None  # drawn with no picture
        # its calls, for playing back: the latest first, at most RECIPES_KEPT (one for
        # the scale shown, one for each zoom step around it: prepaint.py)
        self.recipes: list[card_recipes.Recipe] = []
        self.set_data(geom, card, lane_type, image, force=True)

    # ----------------------------------------------------------------- ids
    @property
    def object_id(self) -> str:
        return self.geom.card_id

    @property
    def object_kind(self) -> str:
        return "card"

    # --------------------------------------------------------------- update
    def set_data(self, geom: CardGeom, card: Any, lane_type: str, image: QImage | None = None,
                 force: bool = False) -> None:
        old = self.geom
        # Same card object and same box: title and body wrap the same (cheap test first).
        if not force and card is self.card and image is self.image \
                and lane_type == self.lane_type and geom.rect == old.rect \
                and geom.extra == old.extra and geom.icon == old.icon \
                and geom.image == old.image and geom.title.rect == old.title.rect \
                and self.preview_width is None:
            if self.x() != geom.rect.x or self.y() != geom.rect.y:
                self.setPos(geom.rect.x, geom.rect.y)
            self.geom = geom
            return
        self.prepareGeometryChange()
        self.geom, self.card, self.lane_type, self.image = geom, card, lane_type, image
        self.preview_width = None
        r = geom.rect
        self._rect = QRectF(0, 0, r.w, r.h)
        self._set_bounds(self._outline(self._rect))
        self.setPos(r.x, r.y)
        self._tip_for: Any = None  # the tooltip is written when the pointer comes by
        self.refresh()

    def refresh(self) -> None:
        """What the card shows changed (its data, or its lane's colour): paint it anew."""
        self.look = card_pictures.new_look()
        self.update()

    def set_preview_width(self, width: float | None) -> None:
        self.prepareGeometryChange()
        self.preview_width = width
        self.look = card_pictures.new_look()
        self._rect = QRectF(0, 0, width if width is not None else self.geom.rect.w,
                            self.geom.rect.h)
        self._set_bounds(self._outline(self._rect))
        self.update()

    def _set_bounds(self, bounds: QRectF) -> None:
        self._bounds = bounds
        self.box = (bounds.x(), bounds.y(), bounds.width(), bounds.height())

    @staticmethod
    def _outline(rect: QRectF) -> QRectF:
        # the decision diamond sits on the corner, a thought's tail hangs below
        return rect.adjusted(-5, -5, 5, 7)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._bounds  # asked several times per paint: made when the box changes

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def on_right_edge(self, scene_pos: QPointF, scale: float) -> bool:
        if self.card.kind == "emotion":
            return False
        local = self.mapFromScene(scene_pos)
        return self._rect.width() - EDGE / max(scale, 0.05) <= local.x() <= self._rect.width() + 1

    def _ensure_tooltip(self) -> None:
        if self._tip_for is not self.card:
            self.setToolTip(tooltip_for(self.card))
            self._tip_for = self.card

    def toolTip(self) -> str:  # noqa: N802 - Qt name
        self._ensure_tooltip()
        return super().toolTip()

    def hoverEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._ensure_tooltip()  # before Qt asks for it, a moment later
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        views = self.scene().views() if self.scene() else []
        scale = views[0].transform().m11() if views else 1.0
        if self.on_right_edge(event.scenePos(), scale):
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self.unsetCursor()

    # ---------------------------------------------------------------- paint
    def _lane(self) -> Any:
        """The card's lane (its type and colour decide the card's colours)."""
        doc = scene_doc(self)
        if doc is not None:
            try:
                return doc.lane(self.geom.lane_id)
            except KeyError:
                pass
        return SimpleNamespace(type=self.lane_type, color=None)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: Any = None) -> None:
        transform = painter.worldTransform()
        scale = card_pictures.plain_scale(transform)
        if widget is not None and scale is not None and self.preview_width is None:
            # on screen: its picture, or itself where none is kept yet
            card_pictures.draw(painter, self, transform, scale, widget.devicePixelRatioF())
        else:  # a rendering (print, export preview, thumbnails) or a span being resized
            self._draw(painter, option.levelOfDetailFromTransform(transform))
        if self.isSelected():
            draw_selection(painter, self._rect.adjusted(-1.5, -1.5, 1.5, 1.5),
                           dashed=self.card.kind == "emotion")

    def paint_card(self, painter: QPainter, scale: float) -> None:
        """The card itself in item coordinates, on a painter whose device scale is
        `scale` (device pixels per point): its recipe played if it has one for this
        look and scale, else drawn anew. Recipes are recorded in pauses (prepaint.py):
        recording one and playing it costs more than drawing anew."""
        for recipe in self.recipes:
            if recipe.serves(self.look, scale):
                recipe.play(painter)
                return
        self._draw(painter, scale)

    @property
    def recipe(self) -> card_recipes.Recipe | None:
        """The latest recipe used or recorded."""
        return self.recipes[0] if self.recipes else None

    def recipe_for(self, scale: float) -> card_recipes.Recipe:
        """The card's recipe for its look at `scale`, recorded if it has none. Up to
        RECIPES_KEPT are kept: a pause also records the zoom steps out and in
        (prepaint.py), where text turns into bars or back, or a card into a plain box."""
        recipes = self.recipes
        for i, recipe in enumerate(recipes):
            if recipe.serves(self.look, scale):
                if i:
                    recipes.insert(0, recipes.pop(i))
                return recipe
        recipe = card_recipes.record(self._draw, self.look, scale)
        recipes.insert(0, recipe)
        del recipes[RECIPES_KEPT:]
        return recipe

    def _draw(self, painter: QPainter, scale: float,
              scales: card_recipes.ScaleRange | None = None) -> None:
        """The card drawn by the map's painter in item coordinates; far out (`scale`,
        device pixels per point, below LOD_BOX) as a plain box. Choices on the scale
        are noted in `scales`."""
        geom = self.geom
        if self.preview_width is not None:  # resizing the span: the box follows the mouse
            r = geom.rect
            geom = dataclasses.replace(geom, rect=Rect(r.x, r.y, self.preview_width, r.h))
        painter.save()
        painter.translate(-self.geom.rect.x, -self.geom.rect.y)  # paint in map coordinates
        parts = map_painter(painter, self, scales)
        boxed = scale < LOD_BOX
        if scales is not None:
            scales.note(LOD_BOX, not boxed)
        if boxed:
            parts.card_box(geom, self.card, self._lane())
        else:
            parts.card(geom, self.card, self._lane())
        painter.restore()
