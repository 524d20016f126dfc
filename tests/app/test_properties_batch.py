"""The properties dock under one command that changes many cards, and the
prioritise matrix's tooltips.

A paste of 99 cards sent 99 `card_added` signals and the dock rebuilt its whole
form for each (about half a second); it now rebuilds once, when the command's
batch ends, and at once after a lone edit. The counts below are of `_build`
calls, not of time.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from cjeditor.canvas.clipboard import cards_payload, paste_plan
from cjeditor.commands import AddCardCommand, DeleteCardsCommand, EditCardFieldsCommand, push
from cjeditor.commands.connections import paste_command


def _count_builds(dock, monkeypatch) -> list[str | None]:
    """Every rebuild of the dock's form from now on (the id it shows)."""
    builds: list[str | None] = []
    build = dock._build

    def counting() -> None:
        builds.append(dock.current)
        build()

    monkeypatch.setattr(dock, "_build", counting)
    return builds


def _listed(dock, field: str) -> list[str]:
    widget = dock.form.editors[field].widget
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())]


def _opportunity(doc):
    return next(c for c in doc.map.all_cards() if c.kind == "opportunity")


def _pain_points(doc) -> list[str]:
    return [c.id for c in doc.map.all_cards() if c.kind == "pain_point"]


def _paste_copies(doc, card_ids: list[str]) -> list[str]:
    """Copies of the cards, back in their cells, in one command (as Duplicate does)."""
    payload = json.loads(cards_payload(doc, card_ids))
    id_map: dict[str, str] = {}
    entries, assets, skipped = paste_plan(doc, payload, None, id_map)
    assert entries and not skipped
    command = paste_command(doc, entries, assets, payload, id_map)
    assert push(doc, command)
    return command.card_ids


def test_pasting_every_card_rebuilds_the_properties_form_at_most_once(example_window,
                                                                      monkeypatch):
    """Ctrl+A, Ctrl+C, one card selected, Ctrl+V: one rebuild, not one per card."""
    window, doc = example_window, example_window.document
    view, dock = window.view, window.properties
    everything = [c.id for c in doc.map.all_cards()]
    view.select_ids(everything)
    assert view.copy()
    shown = everything[0]
    view.select_ids([shown])
    assert dock.current == shown and dock.form is not None
    builds = _count_builds(dock, monkeypatch)

    assert view.paste()

    assert len(builds) <= 2, f"{len(builds)} rebuilds for one paste"
    pasted = view.selected_card_ids()  # a few cards fit nowhere from that cell
    assert len(pasted) > 50
    assert sum(1 for _ in doc.map.all_cards()) == len(everything) + len(pasted)
    # the pasted cards are selected: the dock says how many, with no form
    assert dock.current is None and dock.form is None
    assert str(len(pasted)) in dock.scroll.widget().text()

    del builds[:]
    doc.undo_stack.undo()  # removes all of them again
    assert len(builds) <= 2, f"{len(builds)} rebuilds for one undo"
    assert sum(1 for _ in doc.map.all_cards()) == len(everything)


def test_pain_points_pasted_in_one_step_reach_the_shown_opportunity_at_once(example_window,
                                                                            monkeypatch):
    """The opportunity's "addresses" list follows a batch (one rebuild, right after
    the command, no event loop needed) and a lone edit (immediately)."""
    doc, dock = example_window.document, example_window.properties
    opportunity = _opportunity(doc)
    dock.show_ids([opportunity.id])
    pains = _pain_points(doc)
    assert len(pains) > 2 and _listed(dock, "addresses") == pains
    builds = _count_builds(dock, monkeypatch)

    copies = _paste_copies(doc, pains)

    assert builds == [opportunity.id]
    assert sorted(_listed(dock, "addresses")) == sorted(pains + copies)
    assert dock.form.value("addresses") == opportunity.addresses  # still ticked

    doc.undo_stack.undo()
    assert builds == [opportunity.id] * 2
    assert _listed(dock, "addresses") == pains

    # one card added alone: the form is right at once too
    lane = doc.lane_of(pains[0])
    command = AddCardCommand(doc, lane.id, doc.card(pains[0]).stage, "pain_point",
                             {"title": "Nuevo dolor"})
    assert push(doc, command)
    assert builds == [opportunity.id] * 3
    assert command.card_id in _listed(dock, "addresses")


def test_deleting_many_pain_points_rebuilds_the_shown_opportunity_once(example_window,
                                                                       monkeypatch):
    doc, dock = example_window.document, example_window.properties
    opportunity = _opportunity(doc)
    dock.show_ids([opportunity.id])
    pains = _pain_points(doc)
    builds = _count_builds(dock, monkeypatch)

    assert push(doc, DeleteCardsCommand(doc, pains))

    assert builds == [opportunity.id]
    assert _listed(dock, "addresses") == []
    doc.undo_stack.undo()
    assert builds == [opportunity.id] * 2
    assert _listed(dock, "addresses") == pains
    assert dock.form.value("addresses") == doc.card(opportunity.id).addresses


def test_undoing_a_delete_of_every_card_rebuilds_a_shown_stage_once(example_window,
                                                                     monkeypatch):
    """Undo puts 99 cards back (99 `card_added`): a shown stage's form, whose choices
    list other objects, is rebuilt once and still shows the stage."""
    doc, dock = example_window.document, example_window.properties
    stage = doc.map.stages[1]
    dock.show_ids([stage.id])
    builds = _count_builds(dock, monkeypatch)
    everything = [c.id for c in doc.map.all_cards()]

    assert push(doc, DeleteCardsCommand(doc, everything))
    assert len(builds) <= 1
    del builds[:]
    doc.undo_stack.undo()

    assert builds == [stage.id]
    assert sum(1 for _ in doc.map.all_cards()) == len(everything)
    assert dock.current == stage.id
    assert dock.form.value("name") == stage.name
    assert dock.form.value("phase") == stage.phase


def test_matrix_tooltip_shows_a_title_as_typed(example_window):
    """`<b>x</b> &amp;` is a title, not markup: the tooltip shows those characters."""
    doc = example_window.document
    opportunity = _opportunity(doc)
    title = "<b>x</b> &amp; <i>ñ</i>"
    assert push(doc, EditCardFieldsCommand(doc, opportunity.id, {"title": title}))
    matrix = example_window.prioritise.matrix
    matrix.rebuild()
    tip = matrix.chips[opportunity.id].toolTip()
    # what Qt's tooltip shows: rich text when the string looks like it
    shown = tip
    if GuiQt.mightBeRichText(tip):
        rendered = QTextDocument()
        rendered.setHtml(tip)
        shown = rendered.toPlainText()
    assert title in shown
    assert doc.stage(opportunity.stage).name in shown
