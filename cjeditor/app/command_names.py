"""Catalogue of the undo commands' names (context "commands") for the translators.

cjeditor.commands names its commands through a helper, `tr("Add card")`, which
lupdate cannot follow; this list lets it collect them. A test checks that every
`tr("...")` in cjeditor/commands is listed here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

COMMAND_NAMES = (
    QT_TRANSLATE_NOOP("commands", "A map needs at least one stage."),
    QT_TRANSLATE_NOOP("commands", "Add card"),
    QT_TRANSLATE_NOOP("commands", "Add lane"),
    QT_TRANSLATE_NOOP("commands", "Add persona"),
    QT_TRANSLATE_NOOP("commands", "Add phase"),
    QT_TRANSLATE_NOOP("commands", "Add stage"),
    QT_TRANSLATE_NOOP("commands", "Change emotion"),
    QT_TRANSLATE_NOOP("commands", "Change persona picture"),
    QT_TRANSLATE_NOOP("commands", "Delete %n cards"),
    QT_TRANSLATE_NOOP("commands", "Delete card"),
    QT_TRANSLATE_NOOP("commands", "Delete lane"),
    QT_TRANSLATE_NOOP("commands", "Delete persona"),
    QT_TRANSLATE_NOOP("commands", "Delete phase"),
    QT_TRANSLATE_NOOP("commands", "Delete stage"),
    QT_TRANSLATE_NOOP("commands", "Edit brief"),
    QT_TRANSLATE_NOOP("commands", "Edit card"),
    QT_TRANSLATE_NOOP("commands", "Edit lane"),
    QT_TRANSLATE_NOOP("commands", "Edit persona"),
    QT_TRANSLATE_NOOP("commands", "Edit phase"),
    QT_TRANSLATE_NOOP("commands", "Edit stage"),
    QT_TRANSLATE_NOOP("commands", "Insert stage"),
    QT_TRANSLATE_NOOP("commands", "Move card"),
    QT_TRANSLATE_NOOP("commands", "Move cards"),
    QT_TRANSLATE_NOOP("commands", "Move lane"),
    QT_TRANSLATE_NOOP("commands", "Move stage"),
    QT_TRANSLATE_NOOP("commands", "Paste"),
    QT_TRANSLATE_NOOP("commands", "Resize card"),
)
