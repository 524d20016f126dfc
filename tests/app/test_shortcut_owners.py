"""One key, one action: Qt runs neither of two actions that share a key, so a key the
platform adds to a standard binding goes to the action that asks for it by name.

On KDE and GNOME (Qt's X11 key bindings) Delete is Del and also Ctrl+D, which is
Duplicate here: before, Ctrl+D did nothing at all there ("Ambiguous shortcut
overload"), while the offscreen platform of the tests binds Delete to Del only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from cjeditor.app import actions as window_actions
from cjeditor.app.actions import one_action_per_key

Key = QKeySequence.StandardKey
X11_DELETE = [QKeySequence("Del"), QKeySequence("Ctrl+D")]  # qplatformtheme.cpp, KB_X11


def keys(action: QAction) -> list[str]:
    return [key.toString() for key in action.shortcuts()]


def test_a_key_goes_to_the_action_it_is_the_first_key_of(qapp):
    delete, duplicate, other = QAction("delete"), QAction("duplicate"), QAction("other")
    delete.setShortcuts(X11_DELETE)
    duplicate.setShortcut(QKeySequence("Ctrl+D"))
    other.setShortcuts([QKeySequence("F5"), QKeySequence("F6")])
    twin = QAction("twin")
    twin.setShortcuts([QKeySequence("F7"), QKeySequence("F6")])
    one_action_per_key([delete, duplicate, other, twin])
    assert keys(delete) == ["Del"]
    assert keys(duplicate) == ["Ctrl+D"]
    # a key nobody has first stays with the first action that has it
    assert keys(other) == ["F5", "F6"]
    assert keys(twin) == ["F7"]


def test_ctrl_d_duplicates_where_delete_is_also_ctrl_d(manager, example_map_path,
                                                        monkeypatch):
    real = window_actions.platform_keys
    monkeypatch.setattr(window_actions, "platform_keys",
                        lambda key: X11_DELETE if key == Key.Delete else real(key))
    window = manager.open_path(example_map_path)
    acts = window.actions
    assert keys(acts.delete) == ["Del"]
    assert keys(acts.duplicate) == ["Ctrl+D"]
    taken: dict[str, str] = {}
    for action in QWidget.actions(window):
        for key in keys(action):
            assert key not in taken, f"{key} is both {taken[key]!r} and {action.text()!r}"
            taken[key] = action.text()

    doc, view = window.document, window.view
    card = next(c for c in doc.map.all_cards() if c.kind == "touchpoint")
    before = len(list(doc.map.all_cards()))
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    view.select_ids([card.id])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(list(doc.map.all_cards())) == before + 1  # duplicated
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(list(doc.map.all_cards())) == before  # Del still deletes (the copy)
