"""Inline, plain-text editors placed over a card title or a header.

Enter commits once and closes the editor (the key goes no further, so the view
does not open a new editor for the still-selected object); Shift+Enter starts a
new line where the text may have several (card titles); Esc closes without
changing the map; leaving the editor (a click elsewhere, Tab) commits. The
font follows the view's zoom, so the text is as large as the text it covers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QGraphicsView, QLineEdit, QPlainTextEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MIN_PIXEL_SIZE = 9  # legible even far out


def editor_font(base: QFont, points: float, zoom: float, bold: bool = False) -> QFont:
    """`base` at the size of text of `points` map points drawn at `zoom` (1 pt = 1 px at 100 %)."""
    font = QFont(base)
    font.setPixelSize(max(MIN_PIXEL_SIZE, round(points * zoom)))
    font.setBold(bold)
    return font


class _Closing:
    """What both editors share: commit or cancel once, then tell the view."""

    _commit: Callable[[str], None]
    _closed: Callable[[], None]
    _done: bool
    multiline = False
    new_lines = True  # Shift+Enter starts a line (a multi-line editor's)

    def _setup(self, view: QGraphicsView, scene_rect: QRectF, commit: Callable[[str], None],
               closed: Callable[[], None], points: float, bold: bool) -> None:
        widget: Any = self
        self._commit, self._closed, self._done = commit, closed, False
        self._view = view
        self._scene_rect, self._points, self._bold = QRectF(scene_rect), points, bold
        if self.multiline:  # the text's own lines and one more, without a scroll bar
            widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.follow()
        widget.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow(self) -> None:
        """Over its text at the view's zoom, as large as the text: when the view zooms,
        the editor goes with what it edits (scrolling moves it with the viewport)."""
        widget: Any = self
        view = self._view
        widget.setFont(editor_font(widget.font(), self._points, view.transform().m11(),
                                   self._bold))
        rect = view.mapFromScene(self._scene_rect).boundingRect()
        metrics = widget.fontMetrics()
        if self.multiline:
            height = max(rect.height(), 2 * metrics.lineSpacing()) + metrics.lineSpacing() + 10
        else:
            height = metrics.height() + 10
        widget.setGeometry(rect.x(), rect.y(), max(rect.width(), 80), round(height))

    @property
    def done(self) -> bool:
        return self._done

    def text(self) -> str:  # pragma: no cover - both editors define it
        raise NotImplementedError

    def commit(self) -> None:
        """Close and hand the text to the view (once)."""
        if self._done:
            return
        text = self.text()
        self._close()
        self._commit(text)

    def cancel(self) -> None:
        """Close without changing anything."""
        if not self._done:
            self._close()

    def _close(self) -> None:
        widget: Any = self
        self._done = True
        widget.hide()
        widget.deleteLater()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)  # arrows move between cards again
        self._closed()

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key ends the edit (it then goes no further)."""
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return True
        if key in ENTER_KEYS:
            if self.multiline and self.new_lines \
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return False  # a new line
            self.commit()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.commit()
            return True
        return False

    def _focus_out(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not the text's context menu
            self.commit()


class InlineEditor(_Closing, QLineEdit):
    """One line: a stage, lane or phase name."""

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str,
                 commit: Callable[[str], None], max_length: int = 300,
                 closed: Callable[[], None] = lambda: None, points: float = 11.0,
                 bold: bool = False) -> None:
        QLineEdit.__init__(self, view.viewport())
        self.setMaxLength(max_length)
        self.setText(text)
        self.selectAll()
        self._setup(view, scene_rect, commit, closed, points, bold)

    def text(self) -> str:
        return QLineEdit.text(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._key(event):
            QLineEdit.keyPressEvent(self, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        QLineEdit.focusOutEvent(self, event)
        self._focus_out(event)

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._key(event)
            return True
        return QLineEdit.event(self, event)


class InlineTextEditor(_Closing, QPlainTextEdit):
    """Several lines (Shift+Enter): a card title; or, with `new_lines` False, one line
    wrapped as its header wraps it (a long stage or lane name: a one-line field over
    the first of its lines left the others showing beneath). Offers QLineEdit's text
    calls."""

    multiline = True

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str,
                 commit: Callable[[str], None], max_length: int = 300,
                 closed: Callable[[], None] = lambda: None, points: float = 11.0,
                 bold: bool = False, new_lines: bool = True) -> None:
        QPlainTextEdit.__init__(self, view.viewport())
        self._max_length = max_length
        self.new_lines = new_lines
        self.setPlainText(text)
        self.selectAll()
        self.setFrameShape(QFrame.Shape.Box)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._limit)
        self._setup(view, scene_rect, commit, closed, points, bold)

    def text(self) -> str:
        text = self.toPlainText()
        return text if self.new_lines else " ".join(text.split("\n"))  # a pasted line break

    def setText(self, text: str) -> None:  # noqa: N802 - QLineEdit's name
        self.setPlainText(text)

    def insert(self, text: str) -> None:
        self.insertPlainText(text)

    def _limit(self) -> None:
        """QPlainTextEdit has no maximum length: cut what goes past it."""
        text = self.toPlainText()
        if len(text) > self._max_length:
            self.setPlainText(text[: self._max_length])
            self.moveCursor(QTextCursor.MoveOperation.End)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not self._key(event):
            QPlainTextEdit.keyPressEvent(self, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        QPlainTextEdit.focusOutEvent(self, event)
        self._focus_out(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._key(event)
            return True
        return QPlainTextEdit.event(self, event)

