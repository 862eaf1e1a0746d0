"""Keeps a QPlainTextEdit and the Document's text identical, in both directions.

Typing: the widget's own undo is off; each ``contentsChange`` becomes a range edit on
the Document (one TypingCommand, merged with its neighbours), so undo is the
document's. Changes from elsewhere (undo, redo, a graphical edit, opening a file) come
back as ``textEdited`` and are patched into the widget as one range replacement, so
scroll position and unrelated formatting survive. For a structural (model) edit the
caret stays on the same JSON pointer, at the same distance into its value.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ...core.positions import PositionIndex
from ..document import Document
from ..textops import diff_range, has_astral, index_from_utf16, utf16_from_index, utf16_len

CHUNKED_ABOVE = 2 * 1024 * 1024  # larger loads go into the widget in slices, between events
CHUNK = 512 * 1024


class TextSync(QObject):
    """Owned by the source view; ``editor`` is the widget, ``origin`` what edits are tagged with.

    Qt needs about a second per 5 MB to take a large text into a QPlainTextEdit, so a
    large load is fed to the widget a slice at a time from the event loop; the widget
    is read-only until ``loadingFinished``, and the window stays responsive meanwhile.

    Signals:
        loadingFinished()  the widget shows the whole text of a chunked load
    """

    loadingFinished = Signal()

    def __init__(self, editor: QPlainTextEdit, document: Document) -> None:
        super().__init__(editor)
        self._loading: str | None = None
        self._loaded = 0
        self.editor = editor
        self.document = document
        self._applying = False
        self._pending_caret: tuple[str, int] | None = None
        editor.setUndoRedoEnabled(False)
        editor.document().contentsChange.connect(self.on_contents_change)
        document.textEdited.connect(self.on_document_edited)
        document.resultChanged.connect(self.on_result_changed)
        self.on_document_edited(0, 0, document.text(), None, False)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Widget changes inside this block are not edits (e.g. colours switched off while the texts differ)."""
        was, self._applying = self._applying, True
        try:
            yield
        finally:
            self._applying = was

    # --- widget -> document ------------------------------------------------------------
    def on_contents_change(self, pos: int, removed: int, added: int) -> None:
        if self._applying:
            return
        qdoc = self.editor.document()
        old = self.document.text()
        astral = self.document.has_astral()
        old_total = utf16_len(old) if astral else len(old)
        new_total = qdoc.characterCount() - 1
        removed = min(removed, old_total - pos)
        added = min(added, new_total - pos)
        if pos < 0 or removed < 0 or added < 0 or new_total - old_total != added - removed:
            self._push_full_diff()
            return
        cursor = QTextCursor(qdoc)
        cursor.setPosition(pos)
        cursor.setPosition(pos + added, QTextCursor.MoveMode.KeepAnchor)
        inserted = cursor.selectedText().replace("\u2029", "\n")
        start = index_from_utf16(old, pos, astral)
        end = index_from_utf16(old, pos + removed, astral)
        # Qt sometimes reports a wider range than what changed (formats, whole blocks): trim it.
        a, r, ins = diff_range(old[start:end], inserted)
        if r or ins:
            self.document.edit_text(start + a, r, ins, self)

    def _push_full_diff(self) -> None:
        start, removed, inserted = diff_range(self.document.text(), self.editor.toPlainText())
        if removed or inserted:
            self.document.edit_text(start, removed, inserted, self)

    # --- document -> widget -------------------------------------------------------------
    def on_document_edited(self, start: int, removed: int, inserted: str, origin: object, structural: bool) -> None:
        if origin is self:
            return
        self.finish_loading()
        new = self.document.text()
        astral = self.document.has_astral()  # the document already looked at the inserted text
        qdoc = self.editor.document()
        old_total = qdoc.characterCount() - 1
        if structural:
            self._remember_caret()
        q_start = utf16_from_index(new, start, astral)
        tail = new[start + len(inserted) :]
        q_end = old_total - (utf16_len(tail) if astral else len(tail))
        self._applying = True
        try:
            if start == 0 and q_end >= old_total and len(new) > CHUNKED_ABOVE:
                self._start_loading(new)
            elif start == 0 and q_end >= old_total:
                self.editor.setPlainText(new)  # a load: fastest path, caret at the start
            else:
                cursor = QTextCursor(qdoc)
                cursor.setPosition(q_start)
                cursor.setPosition(max(q_start, q_end), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(inserted)
                if not structural:
                    self.editor.setTextCursor(cursor)
        finally:
            self._applying = False

    # --- chunked loading of large texts ------------------------------------------------
    def is_loading(self) -> bool:
        return self._loading is not None

    def _start_loading(self, text: str) -> None:
        self.editor.setPlainText("")
        self.editor.setReadOnly(True)
        self._loading, self._loaded = text, 0
        QTimer.singleShot(0, self._load_slice)

    def _load_slice(self, until: int | None = None) -> None:
        text = self._loading
        if text is None:
            return
        if until is None:
            cut = text.find("\n", self._loaded + CHUNK)
            until = len(text) if cut == -1 else cut + 1
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        was, self._applying = self._applying, True
        try:
            cursor.insertText(text[self._loaded : until])
        finally:
            self._applying = was
        self._loaded = until
        if until < len(text):
            QTimer.singleShot(0, self._load_slice)
            return
        self._loading = None
        self.editor.setReadOnly(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.loadingFinished.emit()

    def finish_loading(self) -> None:
        """Put the rest of a chunked load in at once (before another edit is applied)."""
        if self._loading is not None:
            self._load_slice(len(self._loading))

    def _remember_caret(self) -> None:
        """Before a structural edit: which pointer the caret is in, and how far into it."""
        old_text = self.editor.toPlainText()
        result = self.document.result()
        index = result.positions if result.text == old_text else PositionIndex(old_text)
        caret = index_from_utf16(old_text, self.editor.textCursor().position(), has_astral(old_text))
        pointer = index.pointer_at(caret)
        span = index.locate(pointer)
        self._pending_caret = (pointer, caret - span.start)

    def on_result_changed(self) -> None:
        if self._pending_caret is None:
            return
        result = self.document.result()
        if result.text != self.document.text():
            return
        pointer, offset = self._pending_caret
        self._pending_caret = None
        span = result.positions.locate(pointer)
        caret = span.start + max(0, min(offset, span.end - span.start))
        self.set_caret_index(caret)

    def set_caret_index(self, index: int, anchor: int | None = None) -> None:
        """Put the caret at a Python character offset (optionally selecting from ``anchor``)."""
        text = self.document.text()
        astral = self.document.has_astral()
        cursor = self.editor.textCursor()
        if anchor is not None:
            cursor.setPosition(utf16_from_index(text, anchor, astral))
            cursor.setPosition(utf16_from_index(text, index, astral), QTextCursor.MoveMode.KeepAnchor)
        else:
            cursor.setPosition(utf16_from_index(text, index, astral))
        self.editor.setTextCursor(cursor)

    def caret_index(self) -> int:
        text = self.document.text()
        return index_from_utf16(text, self.editor.textCursor().position(), self.document.has_astral())
