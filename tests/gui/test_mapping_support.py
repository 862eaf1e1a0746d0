"""Fixtures and gestures shared by the mapping editor's GUI tests (no tests of its own).

The editor is built on a real Document, as the main window builds it; gestures are
real mouse and key events on the real widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from erd_studio.core import to_text, validate_text

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "youtrack-high-severity.erd.json"


@pytest.fixture
def document(qtbot):
    from erd_studio.gui.document import Document

    doc = Document()
    doc.load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
    return doc


@pytest.fixture
def editor(qtbot, document):
    from erd_studio.gui.mapping import MappingEditor

    widget = MappingEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.canvas.resetTransform()
    return widget


def in_sync(document) -> bool:
    """The model the views draw equals what the source text says, and renders back to it."""
    result = validate_text(document.text(), document.registry())
    return result.document == document.model() and document.is_current()


def mappings(document) -> dict[str, dict]:
    return {m.target: m.to_json() for m in document.model().mapping_list()}


def view_point(view, scene_point: QPointF) -> QPoint:
    view.ensureVisible(scene_point.x() - 5, scene_point.y() - 5, 10, 10, 20, 20)
    return view.mapFromScene(scene_point)


def drag(view, start: QPointF, end: QPointF) -> None:
    """Press, move in steps, release: real mouse events on the view's viewport."""
    viewport = view.viewport()
    a = view_point(view, start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    b = view.mapFromScene(end)
    for t in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(viewport, QPoint(int(a.x() + (b.x() - a.x()) * t), int(a.y() + (b.y() - a.y()) * t)))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def hover(view, scene_point: QPointF) -> None:
    """A mouse move without buttons, sent straight to the viewport.

    (QTest.mouseMove goes through the window system, which in the offscreen platform
    may route it to a window left over from an earlier test.)
    """
    viewport = view.viewport()
    local = QPointF(view.mapFromScene(scene_point))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        local,
        QPointF(viewport.mapToGlobal(local.toPoint())),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def click(view, scene_point: QPointF, double: bool = False) -> None:
    p = view_point(view, scene_point)
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
    else:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)


def field_port(editor, index: int) -> QPointF:
    return editor.canvas.scene().fields[index].port()


def attr_center(editor, key: str) -> QPointF:
    return editor.canvas.scene().attributes[key].sceneBoundingRect().center()


def open_dialog(qtbot, editor, cls=QDialog):
    qtbot.waitUntil(lambda: isinstance(editor.actions.dialog, cls) and editor.actions.dialog.isVisible())
    return editor.actions.dialog


def answer(qtbot, editor, button: QMessageBox.StandardButton) -> None:
    box = open_dialog(qtbot, editor, QMessageBox)
    box.button(button).click()


def canonical(document) -> str:
    return to_text(document.model())


def process() -> None:
    QApplication.processEvents()
