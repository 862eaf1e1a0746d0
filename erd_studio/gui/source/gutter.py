"""The line-number gutter: a thin widget that asks the editor to paint it.

Painting is delegated (as in Qt's code editor example) because only the editor knows
which blocks are visible and where; the gutter adds the diagnostic markers and their
tooltips on hover.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

if TYPE_CHECKING:
    from .editor import SourceEdit


class Gutter(QWidget):
    def __init__(self, editor: SourceEdit) -> None:
        super().__init__(editor)
        self.setObjectName("sourceGutter")
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_gutter(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            line = self._editor.line_at_y(event.pos().y())
            text = self._editor.diagnostic_text_for_line(line) if line else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
