"""Find and replace bar under the source view (Ctrl+F / Ctrl+H, F3 / Shift+F3, Esc closes).

Replacing one match is an edit in the editor (an undo step of its own); "Replace all"
is one undo step for all matches, done on the Document's text in one go so that it
stays fast on large files.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from .editor import SourceEdit


class FindBar(QWidget):
    def __init__(self, editor: SourceEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._editor = editor
        self.find_edit = QLineEdit(placeholderText=self.tr("Find"))
        self.find_edit.setObjectName("findText")
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.replace_edit = QLineEdit(placeholderText=self.tr("Replace with"))
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.case = QCheckBox(self.tr("Match case"))
        self.case.setObjectName("matchCase")
        self.case.setAccessibleName(self.tr("Match case"))
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_edit, 2)
        for name, text, slot in (
            ("findNextButton", self.tr("Next"), self.find_next),
            ("findPreviousButton", self.tr("Previous"), self.find_previous),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addWidget(self.case)
        layout.addWidget(self.replace_edit, 2)
        self.replace_button = QPushButton(self.tr("Replace"), objectName="replaceButton")
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton(self.tr("Replace all"), objectName="replaceAllButton")
        self.replace_all_button.clicked.connect(self.replace_all)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(self.status, 1)
        close = QPushButton("✕", objectName="closeFindBar")
        close.setFlat(True)
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close the find bar"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.hide()

    def open_find(self, replace: bool = False) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        for widget in (self.replace_edit, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        if self._editor.find(needle, self._flags(backward)):
            self.status.setText("")
            return True
        cursor = self._editor.textCursor()  # wrap around once
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self._editor.setTextCursor(cursor)
        if self._editor.find(needle, self._flags(backward)):
            self.status.setText(self.tr("wrapped around"))
            return True
        self.status.setText(self.tr("not found"))
        return False

    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_edit.text()
        return bool(needle) and (selected == needle if self.case.isChecked() else selected.lower() == needle.lower())

    def replace_one(self) -> None:
        if self._selection_matches():
            self._editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        doc = self._editor.document_model()
        flags = 0 if self.case.isChecked() else re.IGNORECASE
        replacement = self.replace_edit.text()
        new_text, count = re.subn(re.escape(needle), lambda _m: replacement, doc.text(), flags=flags)
        if count:
            doc.replace_text(self.tr("Replace {count} × “{needle}”").format(count=count, needle=needle), new_text)
        self.status.setText(self.tr("{count} replaced").format(count=count) if count else self.tr("not found"))
        return count
