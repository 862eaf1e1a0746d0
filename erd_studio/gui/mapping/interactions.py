"""Mouse gestures on the mapping canvas as small objects (Orange's interactions pattern).

The view hands mouse and key events to the active interaction instead of growing one
huge ``mousePressEvent``. An interaction emits ``finished`` when it completed, or
``canceled`` (Esc, or released over nothing), and removes what it drew either way.

Signals of Interaction: started(), finished(), canceled().
Signals of LinkDragInteraction: linkRequested(str field_key, str attribute_key).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsView

from .canvas_items import AttributeNode, FieldNode, curve


class Interaction(QObject):
    """One gesture in progress on a view. Subclasses override the event hooks."""

    started = Signal()
    finished = Signal()
    canceled = Signal()

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.done = False

    def mouse_move(self, event: QMouseEvent) -> None:
        pass

    def mouse_release(self, event: QMouseEvent) -> None:
        pass

    def key_press(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        self._end(self.canceled)

    def _end(self, signal) -> None:
        if not self.done:
            self.done = True
            self.cleanup()
            signal.emit()

    def cleanup(self) -> None:
        pass

    def scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())


class LinkDragInteraction(Interaction):
    """Drag from a field to an attribute: a rubber line follows the mouse; drop maps."""

    linkRequested = Signal(str, str)

    def __init__(self, view: QGraphicsView, field: FieldNode) -> None:
        super().__init__(view)
        self.field = field
        self.target: AttributeNode | None = None
        self.line = QGraphicsPathItem()
        self.line.setPen(QPen(QColor("#1e88e5"), 2, Qt.PenStyle.DashLine))
        self.line.setZValue(10)
        view.scene().addItem(self.line)
        field.set_hovered(True)
        self.started.emit()

    def mouse_move(self, event: QMouseEvent) -> None:
        pos = self.scene_pos(event)
        self._set_target(self.view.scene().item_at(pos, AttributeNode))
        end = self.target.port() if self.target is not None else pos
        self.line.setPath(curve(self.field.port(), end))

    def mouse_release(self, event: QMouseEvent) -> None:
        self._set_target(self.view.scene().item_at(self.scene_pos(event), AttributeNode))
        if self.target is None or self.target.dangling:
            self.cancel()
            return
        field_key, attr_key = self.field.key, self.target.key
        self._end(self.finished)
        self.linkRequested.emit(field_key, attr_key)

    def _set_target(self, node: AttributeNode | None) -> None:
        if node is not self.target:
            if self.target is not None:
                self.target.set_hovered(False)
            self.target = node
            if node is not None:
                node.set_hovered(True)

    def cleanup(self) -> None:
        scene = self.line.scene()
        if scene is not None:
            scene.removeItem(self.line)
        if self.field.scene() is not None:
            self.field.set_hovered(False)
        if self.target is not None and self.target.scene() is not None:
            self.target.set_hovered(False)
