"""The source view's editor widget: a QPlainTextEdit bound to the Document.

Undo and redo keys go to the Document's one undo stack (the widget's own history is
off), so a graphical edit and a typed one are undone in the order they were made.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..document import Document
from .sync import TextSync


class SourceEdit(QPlainTextEdit):
    """Plain-text JSON editor that edits ``document`` through its undo stack."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEdit")
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self._document = document
        self.sync = TextSync(self, document)

    def document_model(self) -> Document:
        return self._document

    def event(self, event: QEvent) -> bool:
        # Claim the undo/redo shortcuts so the keys reach keyPressEvent instead of being
        # eaten by the widget's disabled history.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self._document.undo_stack().undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self._document.undo_stack().redo()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), 480))
        return hint
