"""The things drawn on the mapping canvas: field and attribute boxes, badges, lines.

Items paint themselves from a few plain attributes (no child text items), so a canvas
with thousands of fields builds quickly and repaints only what is visible. An item
knows its document identity (field index, attribute key, mapping index), never a
memory address, so a rebuilt scene finds the same things again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from .common import ERROR_COLOR

NODE_W = 200.0
NODE_H = 34.0
ROW_H = 42.0
PORT_R = 6.0
GAP = 220.0  # between the field column and the attribute column
RIGHT_X = NODE_W + GAP
BADGE_W = 130.0

_BORDER = QColor("#90a4ae")
_HOVER = QColor("#fff8e1")
_MATCH = QColor("#fff59d")
_SELECTED = QColor("#1e88e5")
_FILL = QColor("#ffffff")
_DANGLING_FILL = QColor("#ffebee")
_TEXT = QColor("#212121")
_SUB = QColor("#607d8b")
_LOOKUP_FILL = QColor("#e3f2fd")
_BOLD = QFont()
_BOLD.setBold(True)
# The second line of a box (label · type · required) and lookup badges: one point under the
# UI font, never under 8 pt, so it stays readable when the canvas is zoomed out to fit.
SMALL_MIN_PT = 8.0
_SMALL = QFont()
_SMALL.setPointSizeF(max(SMALL_MIN_PT, _SMALL.pointSizeF() - 1.0))


class BoxItem(QGraphicsItem):
    """A box with a title, a subtitle and a port; base of nodes and badges."""

    width = NODE_W
    port_side = 0  # +1: port on the right edge, -1: on the left, 0: none

    def __init__(self, title: str, subtitle: str, color: QColor, tip: str) -> None:
        super().__init__()
        self.title = title
        self.subtitle = subtitle
        self.color = color
        self.hovered = False
        self.matched = False
        self.dangling = False
        self.links: list[LinkItem] = []
        self.setToolTip(tip)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def boundingRect(self) -> QRectF:
        return QRectF(-PORT_R - 2, -2, self.width + 2 * PORT_R + 4, NODE_H + 4)

    def port(self) -> QPointF:
        x = self.width if self.port_side > 0 else 0.0
        return self.mapToScene(QPointF(x, NODE_H / 2))

    def port_hit(self, scene_pos: QPointF) -> bool:
        return self.port_side != 0 and (scene_pos - self.port()).manhattanLength() <= 3 * PORT_R

    def set_hovered(self, on: bool) -> None:
        if on != self.hovered:
            self.hovered = on
            self.update()

    def set_matched(self, on: bool) -> None:
        if on != self.matched:
            self.matched = on
            self.update()

    def _fill(self) -> QColor:
        if self.matched:
            return _MATCH
        if self.hovered:
            return _HOVER
        return _DANGLING_FILL if self.dangling else _FILL

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, self.width, NODE_H)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < 0.3:
            painter.fillRect(rect, _SELECTED if self.isSelected() else self.color)  # zoomed far out: no text
            return
        border = _SELECTED if self.isSelected() else self.color
        pen = QPen(border, 2.5 if self.isSelected() or self.hovered else 1.4)
        if self.dangling:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self._fill()))
        painter.drawRoundedRect(rect, 5, 5)
        self._paint_text(painter, rect)
        if self.port_side:
            painter.setPen(QPen(self.color.darker(130), 1.2))
            painter.setBrush(QBrush(self.color))
            x = self.width if self.port_side > 0 else 0.0
            painter.drawEllipse(QPointF(x, NODE_H / 2), PORT_R, PORT_R)

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        inner = rect.adjusted(10, 2, -14, -2)
        right = Qt.TextElideMode.ElideRight
        painter.setPen(_TEXT)
        painter.setFont(_BOLD)
        title = painter.fontMetrics().elidedText(self.title, right, int(inner.width()))
        painter.drawText(inner.adjusted(0, 0, 0, -NODE_H / 2 + 4), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(_SUB)
        painter.setFont(_SMALL)
        subtitle = painter.fontMetrics().elidedText(self.subtitle, right, int(inner.width()))
        painter.drawText(inner.adjusted(0, NODE_H / 2 - 2, 0, 0), Qt.AlignmentFlag.AlignVCenter, subtitle)

    def hoverEnterEvent(self, event) -> None:
        self._hover(True)

    def hoverLeaveEvent(self, event) -> None:
        self._hover(False)

    def _hover(self, on: bool) -> None:
        """Highlight this box, its lines and the boxes at their other ends."""
        self.set_hovered(on)
        for link in self.links:
            link.set_hovered(on, spread=True)


class FieldNode(BoxItem):
    """A field of the ERD (left column); its port on the right starts a mapping drag."""

    port_side = 1

    def __init__(self, index: int, key: str, title: str, subtitle: str, color: QColor, tip: str) -> None:
        super().__init__(title, subtitle, color, tip)
        self.index = index
        self.key = key


class AttributeNode(BoxItem):
    """An attribute of the target profile (right column); required ones carry a red mark."""

    port_side = -1

    def __init__(self, key: str, subtitle: str, required: bool, color: QColor, tip: str) -> None:
        super().__init__(key, subtitle, color, tip)
        self.key = key
        self.required = required
        self.mapping_index: int | None = None

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        super()._paint_text(painter, rect)
        if self.required:
            painter.setPen(ERROR_COLOR)
            painter.setFont(_BOLD)
            painter.drawText(rect.adjusted(0, 2, -8, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "*")


class BadgeNode(BoxItem):
    """A constant or template that fills an attribute (between the columns)."""

    width = BADGE_W
    port_side = 1

    def __init__(self, mapping_index: int, title: str, subtitle: str, color: QColor, tip: str) -> None:
        super().__init__(title, subtitle, color, tip)
        self.mapping_index = mapping_index


class LinkItem(QGraphicsPathItem):
    """One line: a mapping from a field (or badge) to an attribute, or a template's input.

    ``mapping_index`` is the mapping it shows; ``secondary`` lines (a field feeding a
    template) are dashed and not selectable on their own.
    """

    def __init__(
        self, mapping_index: int, start: BoxItem, end: BoxItem, color: QColor, tip: str, secondary=False
    ) -> None:
        super().__init__()
        self.mapping_index = mapping_index
        self.start, self.end = start, end
        self.color = color
        self.hovered = False
        self.secondary = secondary
        self.lookup: LookupNode | None = None
        start.links.append(self)
        end.links.append(self)
        self.setToolTip(tip)
        self.setZValue(-1)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not secondary)
        self.setPath(curve(start.port(), end.port()))
        self._shape: QPainterPath | None = None
        self._restyle()

    def _restyle(self) -> None:
        self.setPen(self._pen(selected=False))

    def _pen(self, selected: bool) -> QPen:
        pen = QPen(_SELECTED if selected else self.color, 3.5 if self.hovered or selected else 1.8)
        if self.secondary:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def boundingRect(self) -> QRectF:
        return self.shape().boundingRect()  # room for the wider pen of a selected line

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The pen is chosen here, from the current colours: a switch of the colour scheme
        recolours ``self.color`` in place, and a selected line looks selected. (Not in
        itemChange: Qt calls a Python itemChange ten times per line while building.)"""
        painter.setPen(self._pen(self.isSelected()))
        painter.drawPath(self.path())

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def set_hovered(self, on: bool, spread: bool = False) -> None:
        if on != self.hovered:
            self.hovered = on
            self._restyle()
        if not spread:
            self.start.set_hovered(on)
            self.end.set_hovered(on)

    def hoverEnterEvent(self, event) -> None:
        self.set_hovered(True)

    def hoverLeaveEvent(self, event) -> None:
        self.set_hovered(False)


def lookup_label(entries: int) -> str:
    """ "lookup (2 values)": says what the number counts, in the singular for one."""
    if entries == 1:
        return QCoreApplication.translate("MappingScene", "lookup (1 value)")
    return QCoreApplication.translate("MappingScene", "lookup ({count} values)").format(count=entries)


class LookupNode(QGraphicsItem):
    """The lookup table on a mapping's line; double-click opens its editor."""

    W, H = 64.0, 20.0

    def __init__(self, link: LinkItem, entries: int, color: QColor) -> None:
        super().__init__(link)
        self.link = link
        self.text = lookup_label(entries)
        self.width = max(self.W, QFontMetricsF(_SMALL).horizontalAdvance(self.text) + 14)  # the words fit
        self.color = color
        link.lookup = self
        self.setPos(link.path().pointAtPercent(0.5) - QPointF(self.width / 2, self.H / 2))
        hint = QCoreApplication.translate("MappingScene", "Double-click to edit the lookup table")
        self.setToolTip(link.toolTip() + "\n" + hint)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(self.color, 1.4))
        painter.setBrush(QBrush(_LOOKUP_FILL))
        painter.drawRoundedRect(self.boundingRect(), 9, 9)
        painter.setFont(_SMALL)
        painter.setPen(_TEXT)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)


def curve(a: QPointF, b: QPointF) -> QPainterPath:
    """A smooth S-curve from a port on the left to a port on the right."""
    path = QPainterPath(a)
    dx = max(40.0, (b.x() - a.x()) / 2)
    path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
    return path
