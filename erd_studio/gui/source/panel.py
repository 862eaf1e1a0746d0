"""The source half of the window: an info banner, the editor, and the find/replace bar."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..document import Document
from .editor import SourceEdit
from .find import FindBar

_LINE_COL = re.compile(r"\s*(\d+)\s*(?:[:,]\s*(\d+))?\s*$")


def parse_line_col(text: str) -> tuple[int, int] | None:
    """ "12" or "12:5" → (12, 1) / (12, 5); anything else None."""
    m = _LINE_COL.match(text)
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 1)


class SourcePanel(QWidget):
    """Holds the editor; offers its actions (find, replace, go to line) for the window's menus."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePanel")
        self.editor = SourceEdit(document)
        self.find_bar = FindBar(self.editor)
        self.banner = QLabel()
        self.banner.setObjectName("sourceBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #533f03; padding: 4px;")
        self.banner.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        self._actions = self._make_actions()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def actions_for_menu(self) -> list[QAction]:
        return self._actions

    def _make_actions(self) -> list[QAction]:
        specs = [
            (self.tr("&Find…"), QKeySequence.StandardKey.Find, lambda: self.find_bar.open_find(False)),
            (self.tr("&Replace…"), QKeySequence.StandardKey.Replace, lambda: self.find_bar.open_find(True)),
            (self.tr("Find &Next"), QKeySequence.StandardKey.FindNext, self.find_bar.find_next),
            (self.tr("Find Pre&vious"), QKeySequence.StandardKey.FindPrevious, self.find_bar.find_previous),
            (self.tr("&Go to Line…"), QKeySequence("Ctrl+G"), self.ask_go_to_line),
        ]
        actions = []
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            actions.append(action)
        return actions

    def ask_go_to_line(self) -> None:
        """Ask for "line" or "line:column" and move the caret there."""
        line, col = self.editor.caret_line_col()
        dialog = QInputDialog(self)
        dialog.setObjectName("goToLineDialog")
        dialog.setWindowTitle(self.tr("Go to Line"))
        dialog.setLabelText(self.tr("Line (1–{last}), optionally :column").format(last=self.editor.blockCount()))
        dialog.setTextValue(f"{line}:{col}")
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setAccessibleName(self.tr("Line and column"))
        if dialog.exec():
            target = parse_line_col(dialog.textValue())
            if target is not None:
                self.editor.go_to(*target)
