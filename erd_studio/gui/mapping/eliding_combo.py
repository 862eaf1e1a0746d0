"""A combo box that may be narrower than its text: it shows "…" instead of cutting words.

The canvas tool bar has little room at a 1280 px window (less in German), and a plain
QComboBox clips its text mid-letter ("TTS trax — CIP issue (t"). This one asks for the
width of its longest entry, accepts less when the bar is tight, and then elides the
shown text; the full text stays in the popup list and in the tooltip the owner sets.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    """Minimum width from ``minimumContentsLength``; preferred width fits the longest entry."""

    def __init__(self, parent: QWidget | None = None, min_chars: int = 10) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        style = QStyle.ContentsType.CT_ComboBox
        full = self.style().sizeFromContents(style, option, QSize(widest + 8, hint.height()), self)
        return QSize(max(hint.width(), full.width()), hint.height())

    def text_rect_width(self) -> int:
        """Room for the shown text, in pixels (the box minus frame, padding and arrow)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = QStyle.SubControl.SC_ComboBoxEditField
        return self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, self).width()

    def displayed_text(self) -> str:
        """The current text as painted: whole when it fits, else cut with "…"."""
        elide = Qt.TextElideMode.ElideRight
        return self.fontMetrics().elidedText(self.currentText(), elide, max(0, self.text_rect_width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.displayed_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
