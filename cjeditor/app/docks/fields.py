"""A small form toolkit: one editor per model field, reporting edits as (field, value).

Editors show plain text only. `FieldForm.set_values(obj)` refreshes editors from a
model object without re-emitting; an editor whose value already matches is left
alone, so the cursor of the field being typed in does not jump. What an editor
cuts or refuses (text past a limit, "#ab" as a colour) is said through the form's
`message` signal, which the docks show on the window's status bar: no text is lost
without a word.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QRegularExpressionValidator, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
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
from cjeditor.app.docks import textfit

NONE_TEXT = "—"


class TextArea(QPlainTextEdit):
    """Plain multi-line text that also reports when editing ends (focus out)."""

    editing_finished = Signal()

    def __init__(self, lines: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setFixedHeight(height)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.editing_finished.emit()


class Editor:
    """Adapter around one widget: get/set a value and call back on change.

    `name` (the form's label) and `notice` (where a sentence goes) are set by the
    form; `stored` is the value last put, the one a refused entry goes back to."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None],
                 on_change: Callable[[Callable[[], None]], None]) -> None:
        self.widget, self.get, self._put, self.on_change = widget, get, put, on_change
        self.name = ""
        self.notice: Callable[[str], None] = lambda _text: None
        self.stored: Any = None

    def cut(self, limit: int, removed: int, noun: str = "character",
            each_line: bool = False) -> None:
        """Say that `removed` characters (or items) past `limit` were left out."""
        self.notice(textfit.cut_message(self.name, limit, removed, noun, each_line))

    def put(self, value: Any) -> None:
        same = self.get() == value  # (before `stored` changes: a refused entry reads it)
        self.stored = value
        if same:
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
    """One line of at most `max_length` characters (as the model counts them)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    signal = edit.textEdited if live else edit.editingFinished
    def put(value: Any) -> None:
        edit.setText(value or "")
        edit.setCursorPosition(0)  # show the start of a long text

    editor = Editor(edit, lambda: _opt_text(edit.text(), optional), put,
                    lambda cb: signal.connect(lambda *_: cb()))
    textfit.keep_line(edit, max_length, lambda removed: editor.cut(max_length, removed))
    return editor


def area_editor(max_length: int, optional: bool = True, live: bool = True,
                lines: int = 3) -> Editor:
    area = TextArea(lines)
    signal = area.textChanged if live else area.editing_finished
    editor = Editor(area, lambda: _opt_text(area.toPlainText(), optional),
                    lambda v: area.setPlainText(v or ""), lambda cb: signal.connect(cb))
    textfit.keep_area(area, max_length, lambda removed: editor.cut(max_length, removed))
    return editor


def _items(text: str, max_items: int, max_length: int) -> tuple[list[str], int, int]:
    """The list a text holds, one item a line: (items, characters cut, items left out)."""
    cut, items = 0, []
    for line in text.splitlines():
        item, _end, removed = textfit.fit(line.strip(), max_length)
        cut += removed
        if item:
            items.append(item)
    return items[:max_items], cut, max(0, len(items) - max_items)


def list_editor(max_items: int, max_length: int, lines: int = 3) -> Editor:
    """A list of short strings, one a line. Lines past the limits are cut when editing
    ends, the field then shows the list kept, and the form says what went."""
    area = TextArea(lines)
    area.setPlaceholderText(QCoreApplication.translate("fields", "One per line"))

    def get() -> list[str]:
        return _items(area.toPlainText(), max_items, max_length)[0]

    def keep() -> None:  # connected before the form reads the list
        items, cut, dropped = _items(area.toPlainText(), max_items, max_length)
        if not cut and not dropped:
            return
        area.blockSignals(True)
        area.setPlainText("\n".join(items))
        area.blockSignals(False)
        said = []  # one status message for both
        if dropped:
            said.append(textfit.cut_message(editor.name, max_items, dropped, "item"))
        if cut:
            said.append(textfit.cut_message(editor.name, max_length, cut, each_line=True))
        editor.notice(" ".join(said))

    editor = Editor(area, get, lambda v: area.setPlainText("\n".join(v or [])),
                    lambda cb: area.editing_finished.connect(cb))
    area.editing_finished.connect(keep)
    return editor


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


def float_editor(minimum: float, maximum: float, decimals: int = 2,
                 step: float = 1.0) -> Editor:
    """A bounded number with arrows (a stage's width); any number: `number_editor`."""
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)

    def get() -> float | int:
        value = spin.value()
        return int(value) if float(value).is_integer() else value

    return Editor(spin, get, lambda v: spin.setValue(float(v or 0)),
                  lambda cb: spin.valueChanged.connect(lambda *_: cb()))


def number_editor(optional: bool = False) -> Editor:
    """Any finite number, shown as stored (0.125 stays 0,125, 10¹⁵ stays whole: a spin
    box rounds and clamps) and changed only by what the user types. Text that is not
    a number is refused: the field shows the stored value again, with a message."""
    edit = QLineEdit()
    if optional:
        edit.setPlaceholderText(NONE_TEXT)

    def get() -> Any:
        text = edit.text().strip()
        if not text and optional:
            return None
        number = _number(text)
        return editor.stored if number is None else number

    def check() -> None:  # connected before the form reads the value
        text = edit.text().strip()
        if not text and optional:
            return
        number = _number(text)
        if number is None:
            said = (QCoreApplication.translate("fields", "%1: write a number.") if not text
                    else QCoreApplication.translate("fields", "%1: “%2” is not a number.")
                    .replace("%2", text))
            edit.setText(_shown_number(editor.stored))
            editor.notice(said.replace("%1", editor.name))
        else:
            edit.setText(_shown_number(number))

    editor = Editor(edit, get, lambda v: edit.setText(_shown_number(v)),
                    lambda cb: edit.editingFinished.connect(cb))
    edit.editingFinished.connect(check)
    return editor


def _shown_number(value: Any) -> str:
    """A number as stored, with the interface's decimal mark (no rounding)."""
    if value is None:
        return ""
    text = repr(float(value)) if isinstance(value, float) else str(value)
    return text.replace(".", QLocale().decimalPoint())


def _number(text: str) -> int | float | None:
    """The number typed (None: not a finite number). A whole number stays an exact int;
    the decimal mark may be the interface's or a point."""
    text = text.replace(" ", "").replace("\u00a0", "")
    if QLocale().decimalPoint() == "," and "," in text:
        text = text.replace(".", "").replace(",", ".")  # 1.234,5: points group
    if not _NUMBER.fullmatch(text):
        return None
    if _INTEGER.fullmatch(text):
        return int(text)
    value = float(text)
    return value if math.isfinite(value) else None


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_INTEGER = re.compile(r"[+-]?\d+")


class _ToggleLabel(QLabel):
    """A check box's text that wraps, and toggles the box when clicked."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


def check_editor(text: str = "") -> Editor:
    """A check box; its text, if any, wraps to the panel's width (a QCheckBox's own text
    never wraps, and a long one pushed the whole form out of a narrow dock)."""
    box = QCheckBox()
    widget: QWidget = box
    if text:
        box.setAccessibleName(text)
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(_ToggleLabel(text, box), 1)
    return Editor(widget, box.isChecked, lambda v: box.setChecked(bool(v)),
                  lambda cb: box.toggled.connect(lambda *_: cb()))


def _full_color(text: str) -> str | None:
    """"#1f6fb2" -> "#1F6FB2", CSS's short "#abc" -> "#AABBCC"; None when incomplete."""
    text = text.strip().upper()
    if len(text) == 4:
        return "#" + "".join(digit * 2 for digit in text[1:])
    return text if len(text) == 7 else None


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
        return _full_color(edit.text())

    def check() -> None:  # editing ended: connected before the form reads the colour
        text = edit.text().strip()
        full = _full_color(text)
        if text and full is None:  # "#ab" is no colour: keep the stored one, say why
            edit.setText(editor.stored or "")
            editor.notice(QCoreApplication.translate(
                "fields", "%1: “%2” is not a colour: write it as #RRGGBB or #RGB.")
                .replace("%1", editor.name).replace("%2", text))
        elif full is not None and full != text:
            edit.setText(full)

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

    editor = Editor(row, get, lambda v: edit.setText(v or ""), connect)
    edit.editingFinished.connect(check)
    return editor


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


def _plain(text: str) -> str:
    """A tooltip's words (tooltips are rich text, escaped: plaintext.tooltip)."""
    return QTextDocumentFragment.fromHtml(text).toPlainText().strip() \
        if text.lstrip().startswith("<") else text


def name_controls(widget: QWidget, label: str) -> None:
    """Screen readers name a field by its label: the field itself, or each control of a
    composite one (a text and its "…" button: "Colour", "Colour: Choose a colour")."""
    controls = [w for w in [widget, *widget.findChildren(QWidget)]
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()]
    for n, control in enumerate(controls):
        extra = control.toolTip() or (control.text() if isinstance(control, QAbstractButton)
                                      else "")
        if n and extra and extra != label:
            control.setAccessibleName(f"{label}: {_plain(extra)}")
        else:
            control.setAccessibleName(label)


class FieldForm(QWidget):
    """A form of named editors. Emits `edited(field, value, merge)`, and `message(text)`
    when an editor cut or refused what was typed (for the window's status bar)."""

    edited = Signal(str, object, bool)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, stacked: bool = False) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        # Labels above their fields in narrow docks; else only when a row does not fit.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if stacked
                                      else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Editor] = {}

    def add(self, field: str, label: str, editor: Editor, merge: bool = False,
            wide: bool = False) -> Editor:
        """`wide`: the field on a row of its own, below its label (a path to read)."""
        caption = QLabel(label)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        if wide:
            self.layout_.addRow(caption)
            self.layout_.addRow(editor.widget)
        else:
            self.layout_.addRow(caption, editor.widget)
        caption.setBuddy(editor.widget)
        name_controls(editor.widget, label)
        self.editors[field] = editor
        editor.name = label
        editor.notice = self.message.emit
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
