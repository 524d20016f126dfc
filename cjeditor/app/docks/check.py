"""Map check dock: the health check of cjeditor.check (the eight keys, evidence, stages
without an emotion, CAC) for the open map, in the map's language.

The check runs after an edit, debounced by a timer (and only while the dock is shown),
so typing never waits for it. Each finding names a JSON path; clicking it selects the
object the path names on the canvas and scrolls to it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app.docks.sizing import open_tall
from cjeditor.check import CheckReport, run_check
from cjeditor.check.report import cac_lines, evidence_line, no_emotion_line
from cjeditor.check.words import KEYS, STATUS, say, tip, word
from cjeditor.document import MapDocument
from cjeditor.layout.labels import Labels
from cjeditor.paint import style as S

DELAY_MS = 400  # after the last edit
PATH_ROLE = Qt.ItemDataRole.UserRole
MARKS = {"ok": "✓", "weak": "◐", "missing": "✗"}
_PATH = re.compile(r"^(personas|stages|lanes)\[(\d+)\](?:\.cards\[(\d+)\])?$")


def object_of(document: MapDocument, path: str) -> str | None:
    """The id of the object a finding's path names (`stages[2]`, `lanes[1].cards[0]`),
    None for a whole list (`lanes`) or a path that no longer matches the map."""
    match = _PATH.match(path)
    if match is None:
        return None
    group, index, card = match.group(1), int(match.group(2)), match.group(3)
    items = getattr(document.map, group)
    if index >= len(items):
        return None
    if card is None:
        return str(items[index].id)
    cards = items[index].cards
    return str(cards[int(card)].id) if int(card) < len(cards) else None


class WrappingRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the tree's width (a finding is a sentence)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(80, self.tree.viewport().width() - depth * self.tree.indentation() - 8)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 4)


class WrappingTree(QTreeWidget):
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrap again at the new width


class CheckDock(QDockWidget):
    """Emits `show_object(id)` when a finding is clicked (the window selects it)."""

    show_object = Signal(str)

    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Map check"), parent)
        self.setObjectName("CheckDock")
        self.document = document
        self.report: CheckReport | None = None
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.tree = WrappingTree()
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setItemDelegate(WrappingRows(self.tree))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setToolTip(self.tr("Click a finding to show what it names on the map"))
        box.addWidget(self.tree, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.details)
        self.setWidget(page)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._stale = True
        document.changed.connect(self.schedule)
        document.reset.connect(self.schedule)
        self.visibilityChanged.connect(self._on_shown)
        open_tall(self, 0.5, 400)  # the eight keys, not three, beside the history
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        # checked when first shown: not while a map opens with the dock behind a tab

    # --------------------------------------------------------------- running
    def _on_shown(self, shown: bool) -> None:
        if shown and self.report is None:
            self.refresh()
        elif shown and self._stale:
            self.schedule()

    def schedule(self) -> None:
        """Check again a moment after the last change (never inside the edit)."""
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def refresh(self) -> None:
        self.timer.stop()
        self._stale = False
        self.report = report = run_check(self.document.map)
        lang = report.language
        number = Labels(lang).number
        ok = sum(k.status == "ok" for k in report.keys)
        self.summary.setText(self.tr("%1 of 8 keys ok").replace("%1", str(ok)))
        expanded = {self.tree.topLevelItem(i).data(0, PATH_ROLE)
                    for i in range(self.tree.topLevelItemCount())
                    if self.tree.topLevelItem(i).isExpanded()}
        self.tree.clear()
        unfold = []
        for key in report.keys:
            status = word(STATUS, key.status, lang)
            top = QTreeWidgetItem([f"{MARKS[key.status]}  {key.key}. "
                                   f"{word(KEYS, key.key, lang)}: {status}"])
            top.setForeground(0, QBrush(QColor(S.CHECK_STATUS[key.status])))
            top.setToolTip(0, tip(KEYS, key.key, lang))
            top.setData(0, PATH_ROLE, f"key{key.key}")
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for finding in key.findings:
                child = QTreeWidgetItem([finding.message])
                child.setData(0, PATH_ROLE, finding.path)
                child.setToolTip(0, f"{finding.path}\n{finding.message}")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            if f"key{key.key}" in expanded:
                top.setExpanded(True)
            elif key.status != "ok":
                unfold.append(top)
        self._unfold(unfold)
        lines = [f"{say('evidence', lang)}: {evidence_line(report, number)}",
                 no_emotion_line(report), *cac_lines(report, number)]
        self.details.setText("\n".join(lines))

    def _unfold(self, tops: list[QTreeWidgetItem]) -> None:
        """Open the keys that are not ok, in order, while the eight keys still show: in a
        short dock the findings of key 3 pushed keys 4 to 8 out of sight."""
        tree = self.tree
        last = tree.topLevelItem(tree.topLevelItemCount() - 1)
        for top in tops:
            top.setExpanded(True)
            tree.doItemsLayout()
            if last is not None and tree.visualItemRect(last).bottom() \
                    > tree.viewport().height():
                top.setExpanded(False)
                break

    # -------------------------------------------------------------- clicking
    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path = item.data(0, PATH_ROLE)
        if not path or path.startswith("key"):
            return
        object_id = object_of(self.document, path)
        if object_id is not None:
            self.show_object.emit(object_id)
