"""A small form toolkit: one editor per model field, reporting edits as (field, value).

Editors show plain text only. `FieldForm.set_values(obj)` refreshes editors from a
model object without re-emitting; an editor whose value already matches is left
alone, so the cursor of the field being typed in does not jump.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from cjeditor.app import plaintext

NONE_TEXT = "—"


class TextArea(QPlainTextEdit):
    """Plain multi-line text that also reports when editing ends (focus out)."""

    editing_finished = Signal()

    def __init__(self, max_length: int | None = None, lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.max_length = max_length
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.editing_finished.emit()


class Editor:
    """Adapter around one widget: get/set a value and call back on change."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None],
                 on_change: Callable[[Callable[[], None]], None]) -> None:
        self.widget, self.get, self._put, self.on_change = widget, get, put, on_change

    def put(self, value: Any) -> None:
        if self.get() == value:
            return
        self.widget.blockSignals(True)
        try:
            self._put(value)
        finally:
            self.widget.blockSignals(False)


def _opt_text(text: str, optional: bool) -> str | None:
    return (text or None) if optional else text


def line_editor(max_length: int, optional: bool = True, live: bool = True,
                placeholder: str = "") -> Editor:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    signal = edit.textEdited if live else edit.editingFinished
    def put(value: Any) -> None:
        edit.setText(value or "")
        edit.setCursorPosition(0)  # show the start of a long text

    return Editor(edit, lambda: _opt_text(edit.text(), optional), put,
                  lambda cb: signal.connect(lambda *_: cb()))


def area_editor(max_length: int, optional: bool = True, live: bool = True,
                lines: int = 3) -> Editor:
    area = TextArea(max_length, lines)

    def get() -> str | None:
        return _opt_text(area.toPlainText()[:max_length], optional)

    signal = area.textChanged if live else area.editing_finished
    return Editor(area, get, lambda v: area.setPlainText(v or ""),
                  lambda cb: signal.connect(cb))


def list_editor(max_items: int, max_length: int, lines: int = 3) -> Editor:
    """A list of short strings, one a line."""
    area = TextArea(None, lines)
    area.setPlaceholderText(QCoreApplication.translate("fields", "One per line"))

    def get() -> list[str]:
        items = [line.strip()[:max_length] for line in area.toPlainText().splitlines()]
        return [item for item in items if item][:max_items]

    return Editor(area, get, lambda v: area.setPlainText("\n".join(v or [])),
                  lambda cb: area.editing_finished.connect(cb))


def combo_editor(choices: Sequence[tuple[Any, str]], optional: bool,
                 icons: Callable[[Any], Any] | None = None) -> Editor:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    if optional:
        combo.addItem(NONE_TEXT, None)
    for value, text in choices:
        if icons is not None:
            combo.addItem(icons(value), text, value)
        else:
            combo.addItem(text, value)

    def show_whole(index: int) -> None:  # a narrow panel cuts a long choice ("ZMOT: mom…")
        combo.setToolTip(plaintext.tooltip(combo.itemText(index)) if index >= 0 else "")

    def put(value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)
        show_whole(combo.currentIndex())  # also while the form blocks signals

    combo.currentIndexChanged.connect(show_whole)
    show_whole(combo.currentIndex())
    return Editor(combo, combo.currentData, put,
                  lambda cb: combo.activated.connect(lambda *_: cb()))


def int_editor(minimum: int, maximum: int, optional: bool = False) -> Editor:
    spin = QSpinBox()
    low = minimum - 1 if optional else minimum
    spin.setRange(low, maximum)
    if optional:
        spin.setSpecialValueText(NONE_TEXT)

    def get() -> int | None:
        return None if optional and spin.value() == low else spin.value()

    return Editor(spin, get, lambda v: spin.setValue(low if v is None else int(v)),
                  lambda cb: spin.valueChanged.connect(lambda *_: cb()))


def float_editor(minimum: float, maximum: float, decimals: int = 2, step: float = 1.0,
                 optional: bool = False) -> Editor:
    row = QWidget()
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(spin, 1)
    clear = QCheckBox(QCoreApplication.translate("fields", "set")) if optional else None
    if clear is not None:
        layout.addWidget(clear)

    def get() -> float | int | None:
        if clear is not None and not clear.isChecked():
            return None
        value = spin.value()
        return int(value) if float(value).is_integer() else value

    def put(value: Any) -> None:
        spin.blockSignals(True)
        if clear is not None:
            clear.blockSignals(True)
            clear.setChecked(value is not None)
            clear.blockSignals(False)
            spin.setEnabled(value is not None)
        spin.setValue(0 if value is None else float(value))
        spin.blockSignals(False)

    def connect(cb: Callable[[], None]) -> None:
        spin.valueChanged.connect(lambda *_: cb())
        if clear is not None:
            clear.toggled.connect(lambda on: (spin.setEnabled(on), cb()))

    return Editor(row, get, put, connect)


def check_editor(text: str = "") -> Editor:
    box = QCheckBox(text)
    return Editor(box, box.isChecked, lambda v: box.setChecked(bool(v)),
                  lambda cb: box.toggled.connect(lambda *_: cb()))


def color_editor() -> Editor:
    row = QWidget()
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("fields", "default"))
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^(#[0-9A-Fa-f]{0,6})?$")))
    pick = QToolButton()
    pick.setText("…")
    pick.setToolTip(QCoreApplication.translate("fields", "Choose a colour"))
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(pick)
    callbacks: list[Callable[[], None]] = []

    def get() -> str | None:
        text = edit.text().strip()
        return text.upper() if len(text) == 7 else None

    def choose() -> None:
        color = QColorDialog.getColor(QColor(get() or "#FFFFFF"), row)
        if color.isValid():
            edit.setText(color.name().upper())
            for cb in callbacks:
                cb()

    pick.clicked.connect(choose)

    def connect(cb: Callable[[], None]) -> None:
        callbacks.append(cb)
        edit.editingFinished.connect(cb)

    return Editor(row, get, lambda v: edit.setText(v or ""), connect)


def checklist_editor(choices: Sequence[tuple[str, str]]) -> Editor:
    """A list of ids picked from `choices` (value, text)."""
    widget = QListWidget()
    widget.setMaximumHeight(110)
    widget.setMinimumWidth(200)
    widget.setWordWrap(True)
    for value, text in choices:
        item = QListWidgetItem(text or value)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    def get() -> list[str]:
        out = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def put(values: Any) -> None:
        chosen = set(values or [])
        for row in range(widget.count()):
            item = widget.item(row)
            state = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    return Editor(widget, get, put, lambda cb: widget.itemChanged.connect(lambda *_: cb()))


class FieldForm(QWidget):
    """A form of named editors. Emits `edited(field, value, merge)`."""

    edited = Signal(str, object, bool)

    def __init__(self, parent: QWidget | None = None, stacked: bool = False) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        # Labels above their fields in narrow docks; else only when a row does not fit.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if stacked
                                      else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Editor] = {}

    def add(self, field: str, label: str, editor: Editor, merge: bool = False) -> Editor:
        caption = QLabel(label)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addRow(caption, editor.widget)
        self.editors[field] = editor
        editor.on_change(lambda: self.edited.emit(field, editor.get(), merge))
        return editor

    def add_heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.layout_.addRow(label)
        return label

    def set_values(self, obj: Any) -> None:
        for field, editor in self.editors.items():
            editor.put(getattr(obj, field, None))

    def value(self, field: str) -> Any:
        return self.editors[field].get()
