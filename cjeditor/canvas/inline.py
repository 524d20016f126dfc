"""An inline, plain-text editor (QLineEdit) placed over a card or header."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtWidgets import QGraphicsView, QLineEdit


class InlineEditor(QLineEdit):
    """Edits one line of plain text; Enter commits once, Esc cancels."""

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str,
                 commit: Callable[[str], None], max_length: int = 300) -> None:
        super().__init__(view.viewport())
        self._commit = commit
        self._done = False
        self.setMaxLength(max_length)
        self.setText(text)
        self.selectAll()
        rect = view.mapFromScene(scene_rect).boundingRect()
        height = max(rect.height(), self.sizeHint().height())
        height = min(height, self.sizeHint().height() + 4)
        self.setGeometry(rect.x(), rect.y(), max(rect.width(), 80), height)
        self.returnPressed.connect(self.commit)
        self.editingFinished.connect(self.commit)
        self.installEventFilter(self)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.text()
        self.hide()
        self.deleteLater()
        self._commit(text)

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False
