"""What the canvas says on hover, and the collapsed-lane marker.

Tooltips are plain text (user text escaped): a stage's name, its description and
its moment of truth explained; a lane's title, its type and what the type holds.
Words for types and moments come from the one vocabulary, in the interface
language. A collapsed lane shows a marker in its header with the number of
cards it hides; a click on it (or a double-click on the header) expands the lane.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtGui import Qt as GuiQt  # convertFromPlainText is in QtGui's Qt

from cjeditor.commands import EditLaneCommand
from cjeditor.commands.texts import quoted
from cjeditor.document.checks import ui_language
from cjeditor.layout.geometry import Rect
from cjeditor.model import vocabulary
from cjeditor.paint import style as S

MARKER_W, MARKER_H = 34.0, 14.0  # points


def tr(text: str) -> str:
    return QCoreApplication.translate("canvas", text)


def plain(text: str) -> str:
    """Text shown literally in a tooltip (escaped, whatever Qt guesses)."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def moment_line(moment: str | None) -> str:
    """"FMOT: first moment of truth — The choice: …" (empty without a moment)."""
    if not moment:
        return ""
    language = ui_language()
    name = vocabulary.name("moment", moment, language)
    described = vocabulary.description("moment", moment, language)
    return f"{name} — {described}" if described else name


def stage_tip(stage: Any) -> str:
    lines = [stage.name]
    if getattr(stage, "description", None):
        lines.append(stage.description)
    moment = moment_line(getattr(stage, "moment", None))
    if moment:
        lines += ["", moment]
    return plain("\n".join(lines))


def hidden_text(count: int) -> str:
    return tr("1 card hidden") if count == 1 else tr("%1 cards hidden").replace("%1", str(count))


def lane_tip(title: str, lane_type: str, hidden: int | None = None) -> str:
    """The lane's full title (the header may shorten it), its type and what it holds."""
    language = ui_language()
    type_name = vocabulary.name("lane_type", lane_type, language)
    described = vocabulary.description("lane_type", lane_type, language)
    lines = [title]
    if type_name != title:
        lines.append(type_name)
    if described:
        lines.append(described)
    if hidden is not None:
        note = tr("Collapsed: %1. Double-click the lane or click its marker to expand it.")
        lines += ["", note.replace("%1", hidden_text(hidden))]
    return plain("\n".join(lines))


def marker_rect(header: Rect) -> QRectF:
    """Where a collapsed lane's marker sits: just right of its header, on the lane's
    dashed line, so the title keeps all its room."""
    return QRectF(header.right + 6, header.y + (header.h - MARKER_H) / 2, MARKER_W, MARKER_H)


def draw_marker(painter: QPainter, header: Rect, count: int) -> None:
    """A pill with a ▸ and the number of hidden cards (screen only, like selection)."""
    rect = marker_rect(header)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(S.MUTED), 0.6))
    painter.setBrush(QColor(S.WHITE))
    painter.drawRoundedRect(rect, MARKER_H / 2, MARKER_H / 2)
    tri = QPainterPath()
    x, cy = rect.x() + 6, rect.center().y()
    tri.moveTo(QPointF(x, cy - 3.5))
    tri.lineTo(QPointF(x + 5, cy))
    tri.lineTo(QPointF(x, cy + 3.5))
    tri.closeSubpath()
    painter.fillPath(tri, QColor(S.INK))
    font = QFont(painter.font())
    font.setPointSizeF(7.5)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(S.INK))
    painter.drawText(rect.adjusted(12, 0, -3, 0), Qt.AlignmentFlag.AlignCenter, str(count))
    painter.restore()


def expand_lane(view: Any, lane_id: str) -> bool:
    """One command: the lane opens again."""
    doc = view.doc
    if doc.kind_of(lane_id) != "lane" or not doc.lane(lane_id).collapsed:
        return False
    return bool(view.run(EditLaneCommand(doc, lane_id, {"collapsed": False},
                                         text=tr("Expand lane “%1”").replace(
                                             "%1", quoted(doc.lane(lane_id).title)))))


def collapsed_header_at(item: Any) -> bool:
    return getattr(item, "object_kind", "") == "lane" and bool(
        getattr(getattr(item, "geom", None), "collapsed", False))
