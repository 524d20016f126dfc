"""Palette dock: card kinds, touchpoint channels and lane types to drag onto the map.

Drags carry JSON: `application/x-cjeditor-card` `{"kind": ..., "channel"?: ...}`
and `application/x-cjeditor-lane` `{"type": ...}`. Double-clicking an entry
emits `activated(mime_type, payload)` so the window can insert it without a drag.
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from cjeditor.app import labels
from cjeditor.app.assets import channel_icon, kind_icon
from cjeditor.model import CARD_KINDS, LANE_TYPES, vocabulary
from cjeditor.model.placement import allowed_kinds

CARD_MIME = "application/x-cjeditor-card"
LANE_MIME = "application/x-cjeditor-lane"
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1


def lane_icon(lane_type: str):
    return kind_icon((allowed_kinds(lane_type) or ("note",))[0])


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped name (QTreeView sizes rows for one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return size
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (depth + (1 if view.rootIsDecorated() else 0))
        icon = view.iconSize().width() + 8
        room = view.viewport().width() - indent - icon - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if room <= 40 or not text:
            return size
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        bound = QFontMetrics(font).boundingRect(QRect(0, 0, room, 10_000),
                                                int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), bound.height() + 6))


class PaletteTree(QTreeWidget):
    """A tree whose leaves are drag sources."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setIconSize(QSize(20, 20))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # room for the longer Spanish names in a narrow dock: less indentation, and a
        # name that is still too long wraps onto a second line instead of being cut
        self.setIndentation(12)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)  # the column is as wide as the dock
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # row heights follow the new width

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [CARD_MIME, LANE_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 (Qt override)
        data = QMimeData()
        for item in items:
            payload = item.data(0, PAYLOAD_ROLE)
            if payload:
                mime, body = payload
                data.setData(mime, json.dumps(body).encode("utf-8"))
                data.setText(item.text(0))
                break
        return data


class PaletteDock(QDockWidget):
    activated = Signal(str, dict)  # mime type, payload

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Palette"), parent)
        self.setObjectName("PaletteDock")
        self.tree = PaletteTree(self)
        self.setWidget(self.tree)
        self._build()
        self.tree.itemActivated.connect(self._on_activated)

    def _leaf(self, parent: QTreeWidgetItem, text: str, icon, mime: str, body: dict,
              tip: str, about: str = "") -> QTreeWidgetItem:
        """A draggable entry; its tooltip says what it is (`about`) and what to do (`tip`)."""
        item = QTreeWidgetItem(parent, [text])
        item.setIcon(0, icon)
        item.setData(0, PAYLOAD_ROLE, (mime, body))
        lines = [f"<b>{html.escape(text)}</b>"]
        if about:
            lines.append(html.escape(about))
        lines.append(f"<i>{html.escape(tip)}</i>")
        item.setToolTip(0, "<br>".join(lines))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        return item

    def _group(self, parent, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _build(self) -> None:
        drag_card = self.tr("Drag onto a lane of the map to add this card")
        cards = self._group(self.tree, self.tr("Cards"))
        for kind in CARD_KINDS:
            if kind == "touchpoint":
                continue  # touchpoints come with a channel, below
            self._leaf(cards, labels.kind_name(kind), kind_icon(kind), CARD_MIME,
                       {"kind": kind}, drag_card, labels.description("kind", kind))
        touch = self._group(self.tree, labels.lane_type_name("touchpoints"))
        for group_key, channels in vocabulary.CHANNEL_GROUPS:
            group = self._group(touch, labels.name("channel_group", group_key))
            for channel in channels:
                self._leaf(group, labels.channel_name(channel), channel_icon(channel),
                           CARD_MIME, {"kind": "touchpoint", "channel": channel}, drag_card,
                           labels.description("channel", channel))
        lanes = self._group(self.tree, self.tr("Lanes"))
        drag_lane = self.tr("Drag onto the map, or double-click, to add a lane of this type")
        for lane_type in LANE_TYPES:
            self._leaf(lanes, labels.lane_type_name(lane_type), lane_icon(lane_type), LANE_MIME,
                       {"type": lane_type}, drag_lane, labels.description("lane_type", lane_type))
        self.tree.expandItem(cards)
        self.tree.expandItem(touch)
        self.tree.expandItem(lanes)
        for i in range(touch.childCount()):
            self.tree.expandItem(touch.child(i))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        payload = item.data(0, PAYLOAD_ROLE)
        if payload:
            mime, body = payload
            self.activated.emit(mime, dict(body))
