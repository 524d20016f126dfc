"""Properties dock: every field of the selected card, stage, lane or phase.

Edits go through commands (typing in a card's text merges into one undo step);
the form follows the document's signals, so undo updates it too. A rebuild that a
signal asks for waits for the document's `changed()`, which comes right after a
lone edit and once at the end of a command's batch: pasting or deleting 99 cards
rebuilds the form once, not 99 times.
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjeditor.app import labels
from cjeditor.app.assets import channel_icon, kind_icon
from cjeditor.app.docks import fields as F
from cjeditor.app.linked_maps import link_editor
from cjeditor.commands import (
    DeleteConnectionsCommand,
    EditCardFieldsCommand,
    EditConnectionCommand,
    EditLaneCommand,
    EditPhaseCommand,
    EditStageCommand,
    push,
)
from cjeditor.document import MapDocument
from cjeditor.document.checks import say
from cjeditor.model import (
    BLUEPRINT_LINES,
    CHANNELS,
    CONNECTION_STYLES,
    FEEDBACK_SOURCES,
    IDEA_STATUSES,
    LANE_TYPES,
    METRIC_MEASURES,
    METRIC_SCOPES,
    MOMENTS,
    limits,
)
from cjeditor.model.placement import allowed_kinds


def _values(field: str, values) -> list[tuple[str, str]]:
    return [(v, labels.value_name(field, v)) for v in values]


def _with_tips(editor: F.Editor, category: str) -> F.Editor:
    """Each choice of a combo gets the vocabulary's description as its tooltip."""
    combo = editor.widget
    for index in range(combo.count()):
        value = combo.itemData(index)
        tip = labels.description(category, value) if isinstance(value, str) else ""
        if tip:
            combo.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
    return editor


class PropertiesDock(QDockWidget):
    def __init__(self, document: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Properties"), parent)
        self.setObjectName("PropertiesDock")
        self.document = document
        self.current: str | None = None
        self.current_kind: str | None = None
        self.form: F.FieldForm | None = None
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.scroll)
        self._summary_shown = False
        self._message: QLabel | None = None  # the label shown instead of a form
        self._heading_label: QLabel | None = None  # what is shown and its name
        # A rebuild asked for by a signal, done at the next `changed()` (see _flush_rebuild):
        # "soft" leaves a form being typed in alone, "hard" rebuilds it anyway.
        self._pending_rebuild: str | None = None
        self._show_summary()

        doc = document
        doc.card_changed.connect(lambda i: self._on_changed(i, "card"))
        doc.card_moved.connect(self._on_card_moved)
        doc.stage_changed.connect(lambda i: self._on_changed(i, "stage"))
        doc.lane_changed.connect(lambda i: self._on_changed(i, "lane"))
        doc.phase_changed.connect(lambda i: self._on_changed(i, "phase"))
        doc.connection_changed.connect(lambda i: self._on_changed(i, "connection"))
        doc.connection_removed.connect(self._on_removed)
        for signal in (doc.card_removed, doc.stage_removed, doc.lane_removed,
                       doc.phase_removed):
            signal.connect(self._on_removed)
        doc.reset.connect(lambda: self.show_ids([]))
        doc.changed.connect(self._flush_rebuild)
        doc.changed.connect(self._refresh_summary)
        # Choices that list other objects: rebuild the form when they change.
        for signal in (doc.persona_added, doc.persona_removed, doc.persona_changed,
                       doc.phase_added, doc.phase_changed, doc.phase_removed,
                       doc.asset_added, doc.asset_removed,
                       doc.stage_added, doc.stage_removed, doc.stage_moved,
                       doc.card_added):
            signal.connect(self._maybe_rebuild)

    # ------------------------------------------------------------- showing
    def _show_summary(self) -> None:
        """Nothing selected: what the map holds, and how to edit a part of it."""
        m = self.document.map
        cards = sum(len(lane.cards) for lane in m.lanes)
        counts = " · ".join(one if n == 1 else many.replace("%1", str(n)) for n, one, many in (
            (len(m.stages), self.tr("1 stage"), self.tr("%1 stages")),
            (len(m.lanes), self.tr("1 lane"), self.tr("%1 lanes")),
            (cards, self.tr("1 card"), self.tr("%1 cards")),
            (len(m.personas), self.tr("1 persona"), self.tr("%1 personas")),
            (len(m.connections), self.tr("1 connection"), self.tr("%1 connections"))))
        hint = self.tr("Select a card, a stage, a lane or a phase to edit it.")
        self._show_message(f"{m.meta.title}\n{counts}\n\n{hint}")
        self._summary_shown = True

    def _refresh_summary(self) -> None:
        if self._summary_shown:
            self._show_summary()

    def _show_message(self, text: str) -> None:
        self._summary_shown = False
        self.form = None
        self._pending_rebuild = None
        label = self._message
        if label is not None and self.scroll.widget() is label:
            label.setText(text)  # one label per selection change is costly: reuse it
            return
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMargin(8)
        self._message = label
        self.scroll.setWidget(label)

    def show_ids(self, ids: list[str]) -> None:
        if len(ids) != 1:
            self.current = self.current_kind = None
            if ids:
                self._show_message(self.tr("%1 items selected.").replace("%1", str(len(ids))))
            else:
                self._show_summary()
            return
        object_id = ids[0]
        kind = self.document.kind_of(object_id)
        if kind not in ("card", "stage", "lane", "phase", "connection"):
            self.show_ids([])
            return
        self.current, self.current_kind = object_id, kind
        self._build()

    def _build(self) -> None:
        self._summary_shown = False
        self._pending_rebuild = None
        self._message = None  # setWidget below deletes it
        doc, object_id = self.document, self.current
        page = QWidget()
        box = QVBoxLayout(page)
        form = F.FieldForm()
        if self.current_kind == "card":
            card = doc.card(object_id)
            box.addLayout(self._header(kind_icon(card.kind)))
            self._card_fields(form, card)
            obj = card
        elif self.current_kind == "stage":
            obj = doc.stage(object_id)
            box.addLayout(self._header(None))
            self._stage_fields(form)
        elif self.current_kind == "lane":
            obj = doc.lane(object_id)
            box.addLayout(self._header(kind_icon(_lane_kind(obj.type))))
            self._lane_fields(form)
        elif self.current_kind == "connection":
            obj = doc.connection(object_id)
            box.addLayout(self._header(None))
            self._connection_fields(form, object_id)
        else:
            obj = doc.phase(object_id)
            box.addLayout(self._header(None))
            form.add("name", labels.field_name("name"),
                     F.line_editor(limits.MAX_NAME, optional=False, live=False))
            form.add("color", labels.field_name("color"), F.color_editor())
            form.add("acquisition", labels.field_name("acquisition"), F.check_editor(
                self.tr("Its stages count for the customer acquisition cost (CAC)")))
        form.set_values(obj)
        form.edited.connect(self._on_edited)
        form.message.connect(self._say)
        box.addWidget(form)
        box.addStretch(1)
        self.form = form
        self.scroll.setWidget(page)

    def _heading(self) -> str:
        """What the object is, then its name (a card: its lane and stage), as they are
        now: kept up when they are renamed, here or on the canvas."""
        doc, object_id = self.document, self.current
        if self.current_kind == "card":
            card = doc.card(object_id)
            title = labels.kind_name(card.kind)
            subtitle = f"{doc.lane_of(object_id).title} · {doc.stage(card.stage).name}"
        elif self.current_kind == "stage":
            title, subtitle = labels.field_name("stage"), doc.stage(object_id).name
        elif self.current_kind == "lane":
            title, subtitle = self.tr("Lane"), labels.lane_type_name(doc.lane(object_id).type)
        elif self.current_kind == "connection":
            title = self.tr("Connection")
            subtitle = connection_ends(doc, doc.connection(object_id))
        else:
            title, subtitle = labels.field_name("phase"), doc.phase(object_id).name
        return f"{title}\n{subtitle}"

    def _update_heading(self) -> None:
        heading = self._heading_label
        if heading is not None and self.current is not None and shiboken6.isValid(heading):
            with contextlib.suppress(KeyError):  # the object is going: the panel is rebuilt
                heading.setText(self._heading())

    def _header(self, icon) -> QHBoxLayout:
        row = QHBoxLayout()
        if icon is not None:
            picture = QLabel()
            picture.setPixmap(icon.pixmap(28, 28))
            row.addWidget(picture)
        text = QLabel(self._heading())
        self._heading_label = text
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        row.addWidget(text, 1)
        return row

    # ---------------------------------------------------------------- forms
    def _card_fields(self, form: F.FieldForm, card: Any) -> None:
        doc = self.document
        name = labels.field_name
        form.add("title", name("title"), F.line_editor(limits.MAX_CARD_TITLE, optional=False),
                 merge=True)
        form.add("text", name("text"), F.area_editor(limits.MAX_CARD_TEXT, lines=4), merge=True)
        kind = card.kind
        if kind == "touchpoint":
            form.add("channel", name("channel"), _with_tips(F.combo_editor(
                [(c, labels.channel_name(c)) for c in CHANNELS], False, channel_icon), "channel"))
            form.add("channel_label", name("channel_label"),
                     F.line_editor(limits.MAX_CHANNEL_LABEL), merge=True)
            form.add("initiative", name("initiative"), _with_tips(F.combo_editor(
                _values("initiative", ("proactive", "reactive")), True), "initiative"))
            form.add("decision_point", name("decision_point"), F.check_editor(
                self.tr("The customer decides here")))
        elif kind == "expectation":
            form.add("met", name("met"), F.combo_editor(_values("met", ("yes", "partly", "no")),
                                                          True))
        elif kind == "emotion":
            form.add("score", name("score"), F.int_editor(-2, 2), merge=True)
            form.add("emoji", name("emoji"), F.line_editor(limits.MAX_EMOJI), merge=True)
        elif kind == "pain_point":
            form.add("severity", name("severity"), F.int_editor(1, 5), merge=True)
        elif kind == "feedback":
            form.add("source", name("source"), F.combo_editor(
                _values("source", FEEDBACK_SOURCES), False))
            form.add("score", name("score"), F.number_editor(optional=True))
        elif kind == "opportunity":
            pains = [(c.id, c.title or c.id) for c in doc.map.all_cards()
                     if c.kind == "pain_point"]
            form.add("addresses", name("addresses"), F.checklist_editor(pains))
            form.add("priority", name("priority"), F.int_editor(1, 5, optional=True),
                     merge=True)
            self._rating_fields(form)
        elif kind == "idea":
            form.add("hypothesis", name("hypothesis"), F.area_editor(limits.MAX_LONG_TEXT),
                     merge=True)
            form.add("measure", name("measure"), F.line_editor(limits.MAX_MEASURE), merge=True)
            form.add("status", name("status"), F.combo_editor(
                _values("status", IDEA_STATUSES), True))
            self._rating_fields(form)
        elif kind == "metric":
            form.add("measure", name("measure"), F.combo_editor(
                _values("measure", METRIC_MEASURES), False))
            form.add("value", name("value"), F.number_editor())
            form.add("unit", name("unit"), F.line_editor(limits.MAX_UNIT), merge=True)
            form.add("scope", name("scope"), F.combo_editor(_values("scope", METRIC_SCOPES),
                                                            False))
        elif kind == "image":
            assets = [(a.id, a.name or a.id) for a in doc.map.assets]
            form.add("asset", name("asset"), F.combo_editor(assets, False))
        # an emotion covers exactly one stage: its span is shown, never offered to change
        room = 1 if kind == "emotion" else len(doc.map.stages) - doc.stage_index(card.stage)
        span = form.add("span", name("span"), F.int_editor(1, max(room, 1)), merge=True)
        if kind == "emotion":
            span.widget.setEnabled(False)
            span.widget.setToolTip(say("emotion_span"))
        form.add("evidence", name("evidence"), _with_tips(F.combo_editor(
            _values("evidence", ("observed", "assumed")), True), "evidence"))
        form.add("tags", name("tags"), F.list_editor(limits.MAX_TAGS, limits.MAX_TAG, 2))
        form.add("color", name("color"), F.color_editor())
        self._link_field(form)

    def _rating_fields(self, form: F.FieldForm) -> None:
        """Impact and effort, 1..5, for the impact × effort matrix."""
        for field in ("impact", "effort"):
            form.add(field, labels.field_name(field),
                     F.int_editor(limits.MIN_RATING, limits.MAX_RATING, optional=True),
                     merge=True)

    def _link_field(self, form: F.FieldForm) -> None:
        """The path of another map (a sub-journey), relative to this one: shown, and
        chosen, opened or removed with the buttons beside it (linked_maps.py)."""
        form.add("link", labels.field_name("link"), link_editor(self.window(), self.current),
                 wide=True)

    def _stage_fields(self, form: F.FieldForm) -> None:
        name = labels.field_name
        phases = [(p.id, p.name) for p in self.document.map.phases]
        form.add("name", name("name"), F.line_editor(limits.MAX_NAME, optional=False,
                                                     live=False))
        form.add("description", name("description"),
                 F.area_editor(limits.MAX_LONG_TEXT, live=False, lines=4))
        form.add("phase", name("phase"), F.combo_editor(phases, True))
        form.add("moment", name("moment"), _with_tips(
            F.combo_editor(_values("moment", MOMENTS), True), "moment"))
        form.add("width", name("width"), F.float_editor(limits.MIN_STAGE_WIDTH,
                                                         limits.MAX_STAGE_WIDTH, 2, 0.5))
        form.add("color", name("color"), F.color_editor())
        self._link_field(form)

    def _lane_fields(self, form: F.FieldForm) -> None:
        name = labels.field_name
        personas = [(p.id, p.name) for p in self.document.map.personas]
        form.add("title", name("title"), F.line_editor(limits.MAX_NAME, optional=False,
                                                       live=False))
        form.add("type", name("type"), _with_tips(F.combo_editor(
            [(t, labels.lane_type_name(t)) for t in LANE_TYPES], False,
            lambda t: kind_icon(_lane_kind(t))), "lane_type"))
        form.add("persona", name("persona"), F.combo_editor(personas, True))
        form.add("collapsed", name("collapsed"), F.check_editor())
        form.add("color", name("color"), F.color_editor())
        lines = [(v, text[:1].upper() + text[1:]) for v, text in _values("line", BLUEPRINT_LINES)]
        form.add("line_below", name("line_below"), _with_tips(F.combo_editor(lines, True), "line"))

    def _connection_fields(self, form: F.FieldForm, connection_id: str) -> None:
        name = labels.field_name
        form.add("label", name("label"), F.line_editor(limits.MAX_CONNECTION_LABEL,
                                                       live=False))
        styles = _values("connection_style", CONNECTION_STYLES)
        form.add("style", name("style"), _with_tips(F.combo_editor(styles, False),
                                                    "connection_style"))
        delete = QPushButton(self.tr("Delete connection"))
        delete.clicked.connect(lambda: push(self.document, DeleteConnectionsCommand(
            self.document, [connection_id])))
        form.layout_.addRow(delete)

    # ---------------------------------------------------------------- edits
    def _on_edited(self, field: str, value: Any, merge: bool) -> None:
        doc, object_id = self.document, self.current
        if object_id is None:
            return
        fields = {field: value}
        try:
            if self.current_kind == "card":
                command = EditCardFieldsCommand(doc, object_id, fields, merge=merge)
            elif self.current_kind == "stage":
                command = EditStageCommand(doc, object_id, fields)
            elif self.current_kind == "lane":
                command = EditLaneCommand(doc, object_id, fields)
            elif self.current_kind == "connection":
                command = EditConnectionCommand(doc, object_id, fields)
            else:
                command = EditPhaseCommand(doc, object_id, fields)
            push(doc, command)
        except ValueError as error:
            self._say(str(error))
            if not (self.current_kind == "card" and field in ("title", "text")):
                # a refused value shows the stored one again (an emptied stage name too);
                # a card's title and text are refused while typed: let the user finish
                self._refresh()

    def _say(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 6000)

    # -------------------------------------------------------------- signals
    def _object(self) -> Any:
        doc = self.document
        return {"card": doc.card, "stage": doc.stage, "lane": doc.lane,
                "phase": doc.phase, "connection": doc.connection}[self.current_kind](self.current)

    def _refresh(self) -> None:
        if self.form is not None and self.current is not None:
            self.form.set_values(self._object())
            self._update_heading()

    def _on_changed(self, object_id: str, kind: str) -> None:
        if object_id != self.current and (
                kind in ("stage", "lane") and self.current_kind == "card"
                or kind == "card" and self.current_kind == "connection"):
            self._update_heading()  # a card's heading names its lane and stage
        if object_id == self.current and kind == self.current_kind:
            if kind == "lane" and self.form is not None and \
                    self.form.value("type") != self.document.lane(object_id).type:
                self._build()
            else:
                self._refresh()
        elif self.current_kind == "card" and kind == "card" and self.current is not None \
                and self.document.card(self.current).kind == "opportunity" \
                and self.document.has_card(object_id) \
                and self.document.card(object_id).kind == "pain_point":
            self._rebuild_later("hard")  # the opportunity's list of pain points

    def _on_card_moved(self, card_id: str) -> None:
        """The header names the lane and stage, and the span's limit depends on the stage."""
        if card_id == self.current and self.document.has_card(card_id):
            self._build()

    def _on_removed(self, object_id: str) -> None:
        if object_id == self.current:
            self.show_ids([])
        elif self.current_kind == "card" and self.current is not None \
                and self.document.has_card(self.current) \
                and self.document.card(self.current).kind == "opportunity":
            self._rebuild_later("hard")  # the opportunity's list of pain points

    def _maybe_rebuild(self, *_args) -> None:
        """A list the form offers (personas, phases, assets, stages, cards) changed."""
        if self.current_kind in ("card", "stage", "lane"):
            self._rebuild_later("soft")

    def _rebuild_later(self, how: str) -> None:
        """Rebuild at the document's next `changed()`: at once after a lone edit, once
        at the end of a command's batch, however many signals it sent."""
        if self._pending_rebuild != "hard":
            self._pending_rebuild = how

    def _flush_rebuild(self) -> None:
        how, self._pending_rebuild = self._pending_rebuild, None
        if how is None or self.current is None \
                or self.document.kind_of(self.current) != self.current_kind:
            return
        if how == "soft":  # not under the user's typing
            focus = self.focusWidget()
            if focus is not None and self.isAncestorOf(focus):
                return
        self._build()


def connection_ends(doc: MapDocument, connection: Any) -> str:
    """"From → To" of a connection, by the cards' titles (or ids when untitled)."""
    ends = []
    for card_id in (connection.from_, connection.to):
        title = doc.card(card_id).title if doc.has_card(card_id) else ""
        ends.append(title or card_id)
    return " → ".join(ends)


def _lane_kind(lane_type: str) -> str:
    """The card kind whose icon stands for a lane type."""
    return (allowed_kinds(lane_type) or ("note",))[0]
