"""Accessible names and descriptions for what a screen reader meets in the window.

- The docks, the palette's entries and the toolbar's buttons get a name and a
  description (plain text; the palette's words from the one vocabulary).
- Every menu of the menu bar gives a mnemonic (&) to the entries that lack one
  as it opens (so entries added later, such as recent files, get one too): every
  action is reachable from the keyboard, Alt+letter, then a letter.
- The canvas's items are not accessible objects, so the map view's own name and
  description follow the selected object ("Touchpoint: Anuncio de la nueva
  colección, stage Concienciación"), and a screen reader is told when they change.
- The keyboard's place on the canvas is drawn as a focus ring (canvas/focus_ring.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QToolBar, QTreeWidgetItem

from cjeditor.app.i18n import current_language
from cjeditor.canvas import MapView
from cjeditor.canvas.focus_ring import FocusRing
from cjeditor.model import vocabulary

if TYPE_CHECKING:
    from cjeditor.app.docks.palette import PaletteDock
    from cjeditor.app.window import MainWindow
    from cjeditor.document import MapDocument

CONTEXT = "Accessibility"

# What each dock is for, read after its name (by object name; lupdate reads these)
DOCK_TEXT = {
    "PaletteDock": QT_TRANSLATE_NOOP(
        "Accessibility", "Card kinds, touchpoint channels and lane types: drag one onto the "
        "map, or press Enter to add it to the selected lane or the map"),
    "BriefDock": QT_TRANSLATE_NOOP(
        "Accessibility", "The map's title, product, objective and team goal"),
    "PersonasDock": QT_TRANSLATE_NOOP("Accessibility", "The customers the map is about"),
    "PropertiesDock": QT_TRANSLATE_NOOP(
        "Accessibility", "The fields of the selected card, stage, lane or phase; with nothing "
        "selected, what the map holds"),
    "HistoryDock": QT_TRANSLATE_NOOP(
        "Accessibility", "Every change to the map, the latest last: choose one to go back to it"),
    "CheckDock": QT_TRANSLATE_NOOP(
        "Accessibility", "What the map still lacks by the method's rules: choose a finding to "
        "select what it names"),
    "ViewsDock": QT_TRANSLATE_NOOP(
        "Accessibility", "Saved views: which lanes and which persona the map shows"),
    "PrioritiseDock": QT_TRANSLATE_NOOP(
        "Accessibility", "The impact and effort matrix of the opportunities and ideas"),
}


translate = QCoreApplication.translate  # lupdate reads translate("Accessibility", "…")


def tr(text: str) -> str:
    """A string listed above with QT_TRANSLATE_NOOP, translated."""
    return translate(CONTEXT, text)


def plain_label(text: str) -> str:
    """A menu text as read aloud: no mnemonic marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# ------------------------------------------------------------------ widgets
def describe_docks(window: MainWindow) -> None:
    for dock in window.findChildren(QDockWidget):
        name = plain_label(dock.windowTitle())
        dock.setAccessibleName(name)
        text = DOCK_TEXT.get(dock.objectName())
        if text:
            dock.setAccessibleDescription(tr(str(text)))
        inner = dock.widget()
        if inner is not None and not inner.accessibleName():
            inner.setAccessibleName(name)


def describe_palette(palette: PaletteDock) -> None:
    """Each entry: its name (a touchpoint's with its channel) and what it is for."""
    from cjeditor.app.docks.palette import PAYLOAD_ROLE

    language = current_language()
    add_card = translate("Accessibility", "Enter adds it to the selected lane and stage.")
    add_lane = translate("Accessibility", "Enter adds a lane of this type.")
    tree = palette.tree
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item: QTreeWidgetItem | None = stack.pop()
        if item is None:
            continue
        stack.extend(item.child(i) for i in range(item.childCount()))
        payload = item.data(0, PAYLOAD_ROLE)
        if not payload:
            continue
        _mime, body = payload
        if "kind" in body:
            name = vocabulary.name("kind", body["kind"], language)
            about = vocabulary.description("kind", body["kind"], language)
            if body.get("channel"):
                name = _fill(translate("Accessibility", "%1: %2"), name,
                             vocabulary.name("channel", body["channel"], language))
                about = vocabulary.description("channel", body["channel"], language)
            hint = add_card
        else:
            lane_type = body.get("type", "")
            name = _fill(translate("Accessibility", "Lane: %1"),
                         vocabulary.name("lane_type", lane_type, language))
            about, hint = vocabulary.description("lane_type", lane_type, language), add_lane
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, name)
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                     f"{about}. {hint}" if about else hint)
    tree.setAccessibleName(plain_label(palette.windowTitle()))


def describe_toolbar(toolbar: QToolBar) -> None:
    """A button reads as its action's name, then what it does (the status tip)."""
    toolbar.setAccessibleName(plain_label(toolbar.windowTitle()))
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is None or action.isSeparator():
            continue
        if action.text():
            button.setAccessibleName(plain_label(action.text()))
            if action.statusTip():
                button.setAccessibleDescription(action.statusTip())
        elif not button.accessibleName():  # a widget: the persona filter
            button.setAccessibleName(translate("Accessibility", "Persona filter"))
            button.setAccessibleDescription(
                translate("Accessibility", "Show the lanes of one persona only"))


# ---------------------------------------------------------------- mnemonics
def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Save &As…" -> "a"), None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1  # "&&" is a literal ampersand
        i += 1
    return None


def without_mnemonic(text: str) -> str:
    """`text` with its mnemonic marker taken out ("&&", a literal ampersand, stays)."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("&&", i):
            out.append("&&")
            i += 2
            continue
        if text[i] != "&":
            out.append(text[i])
        i += 1
    return "".join(out)


def give_mnemonics(menu: QMenu) -> None:
    """A mnemonic of its own for each entry: one without, or with the letter of an
    entry above it (a translation's "&Acercar" and "&Ajustar…": Alt then A would only
    cycle between them), gets the first letter not yet taken in the menu, a word's
    first letter if one is free (its first letter when all are taken: Qt then cycles
    between the entries sharing it)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used: set[str] = set()
    waiting: list[QAction] = []
    for action in actions:
        letter = mnemonic(action.text())
        if letter is not None and letter not in used:
            used.add(letter)
        else:
            waiting.append(action)
    for action in waiting:
        text = without_mnemonic(action.text())
        letters = [i for i, ch in enumerate(text) if ch.isalnum()]
        if not letters:
            continue
        free = [i for i in letters if text[i].lower() not in used]
        starts = [i for i in free if i == 0 or not text[i - 1].isalnum()]
        at = (starts or free or letters)[0]  # every letter taken: Qt cycles on its first
        used.add(text[at].lower())
        action.setText(text[:at] + "&" + text[at:])


def menu_actions(bar: QMenuBar) -> list[QAction]:
    """Every action of the menu bar's menus and submenus, in the order they are listed."""
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif not action.isSeparator() and action not in found:
                found.append(action)

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    return found


def keyboard_menus(menu: QMenu) -> None:
    """Mnemonics each time the menu opens (entries come and go: recent files, panels,
    other parts' actions); its submenus too."""
    menu.aboutToShow.connect(lambda: give_mnemonics(menu))
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            keyboard_menus(sub)


# ------------------------------------------------------------------- canvas
def _one_line(text: str) -> str:
    return " ".join(text.split()) or translate("Accessibility", "untitled")


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2… replaced by `values`."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def card_details(card: Any, language: str) -> str:
    """A card's own values, as its caption on the map says them, on one line."""
    from cjeditor.layout.cards import extra_text
    from cjeditor.layout.labels import Labels

    if card.kind == "emotion":
        text = _fill(translate("Accessibility", "score %1 (from -2 to +2)"), f"{card.score:+d}")
        return f"{text}, {card.emoji}" if card.emoji else text
    return " · ".join(line for line in extra_text(card, Labels(language))[0].splitlines()
                      if line)


def describe_selection(doc: MapDocument, ids: list[str],
                       language: str | None = None) -> tuple[str, str]:
    """(name, description) of what is selected on the canvas, for a screen reader."""
    language = language or current_language()
    if len(ids) > 1:
        return (_fill(translate("Accessibility", "%1 objects selected"), len(ids)),
                translate("Accessibility", "Delete removes them; arrow keys select one card."))
    if not ids:
        m = doc.map
        cards = sum(len(lane.cards) for lane in m.lanes)
        about = translate("Accessibility", "%1 stages, %2 lanes, %3 cards. Arrow keys select "
                                           "a card.")
        return (_fill(translate("Accessibility", "Journey map: %1"), _one_line(m.meta.title)),
                _fill(about, len(m.stages), len(m.lanes), cards))
    object_id = ids[0]
    kind = doc.kind_of(object_id)
    if kind == "card":
        card = doc.card(object_id)
        lane = doc.lane_of(object_id)
        name = _fill(translate("Accessibility", "%1: %2, stage %3"),
                     vocabulary.name("kind", card.kind, language), _one_line(card.title),
                     _one_line(doc.stage(card.stage).name))
        about = translate("Accessibility", "Lane %1 (%2). Arrow keys move to the next card, "
                                           "F2 edits the title.")
        about = _fill(about, _one_line(lane.title),
                      vocabulary.name("lane_type", lane.type, language))
        # what the card shows besides its title: an emotion's score, a pain point's
        # severity, an expectation met or not, a metric's value...
        details = card_details(card, language)
        return name, f"{details}. {about}" if details else about
    if kind == "stage":
        stage = doc.stage(object_id)
        stages = [s.id for s in doc.map.stages]
        about = _fill(translate("Accessibility", "Stage %1 of %2."),
                      stages.index(object_id) + 1, len(stages))
        if stage.moment:
            about += " " + _fill(translate("Accessibility", "Moment of truth: %1."),
                                 vocabulary.name("moment", stage.moment, language))
        return _fill(translate("Accessibility", "Stage: %1"), _one_line(stage.name)), about
    if kind == "lane":
        lane = doc.lane(object_id)
        name = _fill(translate("Accessibility", "Lane: %1 (%2)"), _one_line(lane.title),
                     vocabulary.name("lane_type", lane.type, language))
        about = _fill(translate("Accessibility", "%1 cards."), len(lane.cards))
        if lane.collapsed:
            about += " " + translate("Accessibility", "Collapsed: double-click to expand it.")
        return name, about
    if kind == "phase":
        phase = doc.phase(object_id)
        return _fill(translate("Accessibility", "Phase: %1"), _one_line(phase.name)), ""
    return "", ""


class CanvasAccessibility(QObject):
    """Keeps the map view's accessible name and description on the selected object."""

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.view = view
        self.name = self.description = ""
        view.selection_changed.connect(lambda _ids: self.update())
        view.doc.changed.connect(self.update)  # a rename of the selected object
        self.update()

    def update(self) -> None:
        view = self.view
        if not shiboken6.isValid(view):
            return
        try:
            ids = view.selected_ids()
        except RuntimeError:  # the scene is being torn down
            return
        name, description = describe_selection(view.doc, ids)
        if (name, description) == (self.name, self.description):
            return
        self.name, self.description = name, description
        view.setAccessibleName(name)
        view.setAccessibleDescription(description)
        if QAccessible.isActive():  # a screen reader listens: say it changed
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.NameChanged))
            QAccessible.updateAccessibility(
                QAccessibleEvent(view, QAccessible.Event.DescriptionChanged))
            if view.hasFocus():
                QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))


# -------------------------------------------------------------------- window
def make_accessible(window: MainWindow) -> None:
    """Names, descriptions and mnemonics for one main window, and its canvas."""
    describe_docks(window)
    w: Any = window  # (its palette dock and actions hide QWidget.palette() and .actions())
    describe_palette(w.palette)
    describe_toolbar(w.actions.toolbar)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            keyboard_menus(menu)
    view: Any = window.view
    if isinstance(view, MapView):
        window._canvas_accessibility = CanvasAccessibility(view)  # type: ignore[attr-defined]
        window._focus_ring = FocusRing(view)  # type: ignore[attr-defined]


__all__ = ["CanvasAccessibility", "describe_selection", "give_mnemonics", "make_accessible",
           "menu_actions", "mnemonic"]

