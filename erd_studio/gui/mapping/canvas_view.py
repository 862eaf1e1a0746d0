"""The mapping canvas: a QGraphicsView of the Document's fields, attributes and mappings.

It redraws only from Document signals and edits only through ``MappingActions`` (one
core edit, one undo step). Gestures are interaction objects; this class just routes
events to them. While the source does not parse the canvas shows the last good
drawing in grey with an "out of date" banner, and refuses edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from .actions import MappingActions
from .canvas_items import AttributeNode, BadgeNode, BoxItem, FieldNode, LinkItem, LookupNode
from .canvas_scene import MappingScene
from .common import ItemDiagnostics, field_pointer, item_of, mapping_pointer
from .interactions import Interaction, LinkDragInteraction


def stale_text(has_model: bool = True) -> str:
    """The banner over a canvas whose source does not parse; without any model there is no drawing."""
    if not has_model:
        return QCoreApplication.translate(
            "CanvasView",
            "Nothing to show yet: the source has an error. Fix it in the source view and the drawing appears.",
        )
    return QCoreApplication.translate(
        "CanvasView",
        "Out of date: the source has an error. Fix it in the source view; this drawing shows the last good state.",
    )


BANNER_FLAGS = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class CanvasView(QGraphicsView):
    """Fields left, target attributes right, one line per mapping."""

    def __init__(self, document: Any, actions: MappingActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingCanvas")
        self.setAccessibleName(self.tr("Mapping canvas"))
        self.setAccessibleDescription(
            self.tr(
                "A drawing of the mappings: fields on the left, target attributes on the right, one line per mapping. Drag from a field to an attribute to map it. For the keyboard, use the mapping table (Ctrl+Shift+L), which offers the same editing."
            )
        )
        self.setToolTip(
            self.tr(
                "Drag from a field to an attribute to map it; double-click an attribute for a constant or template, a line for its lookup; Delete removes the selected mapping. Ctrl+wheel zooms."
            )
        )
        self.document = document
        self.actions = actions
        self.interaction: Interaction | None = None
        self._built: tuple | None = None
        self._syncing = False
        self._selected: str | None = None
        self._matches: list[BoxItem] = []
        self._match_pos = 0
        self._search = ""
        self.setScene(MappingScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setMouseTracking(True)
        self.scene().selectionChanged.connect(self.on_scene_selection)
        document.resultChanged.connect(self.rebuild)
        document.parseStateChanged.connect(self.on_parse_state)
        document.profilesChanged.connect(self.rebuild)
        document.selectionRequested.connect(self.on_selection_requested)
        self.rebuild()

    def scene(self) -> MappingScene:  # type: ignore[override]
        return super().scene()  # type: ignore[return-value]

    def on_parse_state(self, current: bool) -> None:
        self.rebuild()

    def is_stale(self) -> bool:
        return not self.document.is_current()

    # --- drawing -----------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Redraw from the Document, unless nothing that is drawn has changed."""
        model, profile, stale = self.document.model(), self.document.profile(), self.is_stale()
        key = (model, profile, tuple(self.document.diagnostics()), stale)
        if self._built is not None and all(a is b or a == b for a, b in zip(key, self._built, strict=True)):
            return
        if self.interaction is not None:
            self.interaction.cancel()
        self._built = key
        self._syncing = True
        try:
            self.scene().stale = stale
            self.scene().build(model, profile, ItemDiagnostics([] if stale else self.document.diagnostics()))
            self._matches = []
            if self._search:
                self.search(self._search, scroll=False)
            if self._selected:
                self._show_pointer(self._selected, scroll=False)
        finally:
            self._syncing = False
        if self.document.undo_stack().count() == 0:
            QTimer.singleShot(0, self.fit_width)  # a document just opened: show it whole, readable
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if not self.is_stale():
            return
        band, text = self.stale_banner()
        painter.save()
        painter.resetTransform()
        painter.fillRect(band, QColor(255, 236, 179, 235))
        painter.setPen(QColor("#5d4037"))
        painter.drawText(band.adjusted(10, 6, -10, -6), BANNER_FLAGS, text)
        painter.restore()

    def stale_banner(self) -> tuple[QRectF, str]:
        """The out-of-date band in viewport pixels and its text, wrapped to the width (never cut off)."""
        text = stale_text(self.document.model() is not None)
        width = max(self.viewport().width(), 40)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, width - 20, 10000), BANNER_FLAGS, text)
        return QRectF(0, 0, width, max(30, needed.height() + 12)), text

    # --- zoom, fit, search ---------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(0.05 / current, min(4.0 / current, factor))
        self.scale(factor, factor)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def fit_width(self) -> None:
        """Both columns side by side, at most at 100 %, from the top."""
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            return
        scale = max(0.45, min(1.0, (self.viewport().width() - 20) / (rect.width() + 40)))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / (2 * scale) - 20)

    def search(self, text: str, scroll: bool = True) -> int:
        """Highlight fields and attributes whose name contains ``text``; scroll to the first."""
        for item in self._matches:
            item.set_matched(False)
        self._search = text.strip()
        needle = self._search.casefold()
        nodes = [*self.scene().fields.values(), *self.scene().attributes.values()]
        self._matches = [
            n for n in nodes if needle and (needle in n.title.casefold() or needle in n.subtitle.casefold())
        ]
        for item in self._matches:
            item.set_matched(True)
        self._match_pos = 0
        if scroll and self._matches:
            self.centerOn(self._matches[0])
        return len(self._matches)

    def find_next(self) -> None:
        if self._matches:
            self._match_pos = (self._match_pos + 1) % len(self._matches)
            self.centerOn(self._matches[self._match_pos])

    # --- selection sync --------------------------------------------------------------------------
    def on_scene_selection(self) -> None:
        if self._syncing:
            return
        pointer = None
        for item in self.scene().selectedItems():
            pointer = self._pointer_of(item)
            if pointer:
                break
        if pointer:
            self._selected = pointer
            self.document.select(pointer, self)

    @staticmethod
    def _pointer_of(item: QGraphicsItem) -> str | None:
        if isinstance(item, FieldNode) and item.index >= 0:
            return field_pointer(item.index)
        index = getattr(item, "mapping_index", None)
        return mapping_pointer(index) if index is not None else None

    def on_selection_requested(self, pointer: str, origin: object) -> None:
        if origin is self:
            return
        self._selected = pointer
        self._syncing = True
        try:
            self._show_pointer(pointer, scroll=True)
        finally:
            self._syncing = False

    def _show_pointer(self, pointer: str, scroll: bool) -> None:
        self.scene().clearSelection()
        found = item_of(pointer)
        if found is None:
            return
        kind, index = found
        item = self.scene().fields.get(index) if kind == "fields" else self.scene().links.get(index)
        if item is not None:
            item.setSelected(True)
            if scroll:
                self.ensureVisible(item.sceneBoundingRect() if isinstance(item, LinkItem) else item, 40, 40)

    # --- mouse and keys ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.interaction is None and event.button() == Qt.MouseButton.LeftButton and not self.is_stale():
            field = self.scene().item_at(self.mapToScene(event.position().toPoint()), FieldNode)
            if isinstance(field, FieldNode) and not field.dangling:
                self.scene().clearSelection()
                field.setSelected(True)
                self._start(LinkDragInteraction(self, field))
                event.accept()
                return
        super().mousePressEvent(event)

    def _start(self, interaction: LinkDragInteraction) -> None:
        self.interaction = interaction
        interaction.linkRequested.connect(lambda f, a: self.actions.map_field(f, a, self))
        interaction.finished.connect(self._end_interaction)
        interaction.canceled.connect(self._end_interaction)

    def _end_interaction(self) -> None:
        if self.interaction is not None:
            self.interaction.deleteLater()
        self.interaction = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.mouse_move(event)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.mouse_release(event)
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        for item in self.scene().items(pos):
            if self._double_click(item, pos):
                return
        super().mouseDoubleClickEvent(event)

    def _double_click(self, item: QGraphicsItem, pos: QPointF) -> bool:
        if isinstance(item, LookupNode):
            self.actions.edit_lookup(item.link.mapping_index, self)
        elif isinstance(item, AttributeNode) and not item.dangling:
            self.actions.ask_value(item.key, self)
        elif isinstance(item, BadgeNode):
            attr = next((link.end for link in item.links if isinstance(link.end, AttributeNode)), None)
            if attr is None:
                return False
            self.actions.ask_value(attr.key, self)
        elif isinstance(item, LinkItem) and not item.secondary and isinstance(item.start, FieldNode):
            self.actions.edit_lookup(item.mapping_index, self)
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.interaction is not None and self.interaction.key_press(event):
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.delete_selected():
            return
        super().keyPressEvent(event)

    def delete_selected(self) -> bool:
        indices = []
        for item in self.scene().selectedItems():
            index = getattr(item, "mapping_index", None)
            if index is not None and not isinstance(item, FieldNode):
                indices.append(index)
        return self.actions.delete_mappings(indices, self)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            return
        super().wheelEvent(event)
