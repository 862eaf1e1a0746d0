"""The source view's editor widget: a QPlainTextEdit bound to the Document.

Undo and redo keys go to the Document's one undo stack (the widget's own history is
off), so a graphical edit and a typed one are undone in the order they were made.
Line numbers with diagnostic markers live in a delegating gutter; the current line,
the matching bracket and the diagnostics' wavy underlines are extra selections.
"""

from __future__ import annotations

from contextlib import nullcontext

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ..document import Document
from ..textops import index_from_utf16, utf16_from_index
from ..theme import follow_scheme
from .brackets import bracket_near
from .gutter import Gutter
from .highlighter import JsonHighlighter
from .indent import INDENT, dedent_closing, newline_with_indent
from .marks import DiagnosticMarks, describe, severity_color
from .sync import TextSync

HIGHLIGHT_LIMIT = 64 * 1024 * 1024  # colouring costs the visible lines only; this is a safety limit
CURRENT_LINE = QColor("#fff8dc")
BRACKET = QColor("#c8e6c9")
BRACKET_UNMATCHED = QColor("#ffcdd2")
_CTRL = Qt.KeyboardModifier.ControlModifier
GUTTER = QColor("#f3f3f3")
GUTTER_TEXT = QColor("#999999")
GUTTER_CURRENT = QColor("#222222")


class SourceEdit(QPlainTextEdit):
    """Plain-text JSON editor that edits ``document`` through its undo stack.

    Signals:
        caretMoved(int, int)  1-based line and column of the caret (in characters)
    """

    caretMoved = Signal(int, int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceEdit")
        self.setAccessibleName(self.tr("Source view"))
        self.setAccessibleDescription(self.tr("The ERD as JSON text; Ctrl+Tab leaves the editor"))
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 2)
        self._document = document
        self._marks = DiagnosticMarks()
        self._highlighter: JsonHighlighter | None = None
        self._gutter = Gutter(self)
        follow_scheme(self)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._on_update_request)
        document.textEdited.connect(self._on_text_replaced)  # before TextSync: colours off before a big load
        self.sync = TextSync(self, document)
        self.cursorPositionChanged.connect(self._on_cursor_moved)
        document.resultChanged.connect(self._on_result_changed)
        self.sync.loadingFinished.connect(self._on_result_changed)
        document.selectionRequested.connect(self._on_selection_requested)
        document.positionRequested.connect(self._on_position_requested)
        self._update_gutter_width()
        self._on_text_replaced(0, 0, "", None, False)
        self._on_result_changed()

    # --- document signals ------------------------------------------------------------------
    def _on_text_replaced(self, start: int, removed: int, inserted: str, origin: object, structural: bool) -> None:
        """Colours only while the text is small enough to colour without stalling."""
        want = len(self._document.text()) <= HIGHLIGHT_LIMIT
        if want == (self._highlighter is not None):
            return
        # Runs before TextSync patches the widget, so the widget still shows the old text:
        # the colour change must not look like typing.
        with self.sync.quiet() if hasattr(self, "sync") else nullcontext():
            if want:
                self._highlighter = JsonHighlighter(self.document(), self.visible_blocks)
            else:
                assert self._highlighter is not None
                self._highlighter.detach()
                self._highlighter = None

    def refresh_colours(self) -> None:
        """The colour scheme changed: syntax colours, line and bracket marks, gutter."""
        if self._highlighter is not None:
            with self.sync.quiet():
                self._highlighter.restyle()
        self._refresh_selections()
        self.viewport().update()
        self._gutter.update()

    def _on_result_changed(self) -> None:
        result = self._document.result()
        if result.text != self._document.text() or self.sync.is_loading():
            return  # stale: keep the marks that moved with the typing
        self._marks.rebuild(self.document(), result.diagnostics)
        self._refresh_selections()
        self._gutter.update()

    def _on_selection_requested(self, pointer: str, origin: object) -> None:
        if origin is self:
            return
        result = self._document.result()
        if result.text != self._document.text():
            return
        span = result.positions.locate(pointer)
        self.go_to(span.line, span.column, focus=False)  # the other view keeps the keyboard

    def _on_position_requested(self, line: int, column: int, origin: object) -> None:
        if origin is not self:
            self.go_to(line, column)

    # --- navigation ------------------------------------------------------------------------
    def go_to(self, line: int, column: int = 1, focus: bool = True) -> None:
        """Put the caret at a 1-based line and column (in characters), centred (and focused)."""
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.document().lastBlock()
        text = block.text()
        head = text[: max(0, column - 1)]
        offset = min(len(head) + sum(1 for ch in head if ord(ch) > 0xFFFF), block.length() - 1)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        self.setTextCursor(cursor)
        self.centerCursor()
        if focus:
            self.setFocus()

    def caret_line_col(self) -> tuple[int, int]:
        cursor = self.textCursor()
        block = cursor.block()
        return block.blockNumber() + 1, index_from_utf16(block.text(), cursor.positionInBlock()) + 1

    def _on_cursor_moved(self) -> None:
        self._refresh_selections()
        self.caretMoved.emit(*self.caret_line_col())

    # --- extra selections ---------------------------------------------------------------------
    def _refresh_selections(self) -> None:
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(CURRENT_LINE)  # type: ignore[attr-defined]
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
        current.cursor = self.textCursor()  # type: ignore[attr-defined]
        current.cursor.clearSelection()  # type: ignore[attr-defined]
        self.setExtraSelections([current, *self._bracket_selections(), *self._marks.selections])

    def _bracket_selections(self) -> list[QTextEdit.ExtraSelection]:
        text = self._document.text()
        if len(text) > HIGHLIGHT_LIMIT:
            return []
        caret = self.sync.caret_index()
        found = bracket_near(text, caret)
        if found is None:
            return []
        here, partner = found
        spots = [here] if partner is None else [here, partner]
        color = BRACKET if partner is not None else BRACKET_UNMATCHED
        return [self._char_selection(pos, color) for pos in spots]

    def _char_selection(self, index: int, color: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        selection.format = fmt  # type: ignore[attr-defined]
        cursor = QTextCursor(self.document())
        q = utf16_from_index(self._document.text(), index, self._document.has_astral())
        cursor.setPosition(q)
        cursor.setPosition(q + 1, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        return selection

    def bracket_partner(self) -> int | None:
        """Python offset of the bracket matching the one at the caret (tests, status)."""
        found = bracket_near(self._document.text(), self.sync.caret_index())
        return found[1] if found else None

    # --- gutter --------------------------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_gutter_width(self, _count: int = 0) -> None:
        width = self.gutter_width()
        self.setViewportMargins(width, 0, 0, 0)
        r = self.contentsRect()
        self._gutter.setGeometry(QRect(r.left(), r.top(), width, r.height()))

    def visible_blocks(self) -> tuple[int, int]:
        """First and last block numbers in the viewport (about: lines may wrap or be tall)."""
        first = self.firstVisibleBlock().blockNumber()
        lines = self.viewport().height() // max(1, self.fontMetrics().height()) + 1
        return first, first + lines

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if self._highlighter is not None and (dy or rect.contains(self.viewport().rect())):
            self._highlighter.colour_visible()
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_gutter_width()
        if self._highlighter is not None:
            self._highlighter.colour_visible()

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), GUTTER)
        marks = self._marks.by_line()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        current = self.textCursor().blockNumber()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber()
                diags = marks.get(number + 1)
                if diags:
                    worst = next((d for d in diags if d.is_error), diags[0])
                    painter.setBrush(severity_color(worst))
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(3, top + height // 2 - 3, 7, 7)
                painter.setPen(GUTTER_CURRENT if number == current else GUTTER_TEXT)
                painter.drawText(0, top, self._gutter.width() - 4, height, Qt.AlignmentFlag.AlignRight, str(number + 1))
            block = block.next()
            top = bottom

    def line_at_y(self, y: int) -> int:
        """1-based line at a gutter y coordinate (the gutter and the viewport share their top)."""
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        while block.isValid():
            bottom = top + round(self.blockBoundingRect(block).height())
            if top <= y < bottom:
                return block.blockNumber() + 1
            block = block.next()
            top = bottom
        return 0

    def diagnostic_text_for_line(self, line: int) -> str:
        return describe(self._marks.by_line().get(line, []))

    def diagnostics_at(self, position: int) -> list:  # type: ignore[type-arg]
        return self._marks.at(position)

    # --- events ----------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._is_history_key(event)
        ):
            event.accept()  # claim undo/redo so they reach keyPressEvent, not the disabled widget history
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.cursorForPosition(self.viewport().mapFromParent(event.pos())).position()
            diags = self._marks.at(pos)
            if diags:
                QToolTip.showText(event.globalPos(), describe(diags), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def context_menu(self) -> QMenu:
        """Qt's standard menu, with Undo/Redo of the document's one history instead of the widget's."""
        menu = self.createStandardContextMenu()
        stack = self._document.undo_stack()
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                mine = (
                    stack.createUndoAction(menu, self.tr("&Undo"))
                    if name == "edit-undo"
                    else stack.createRedoAction(menu, self.tr("&Redo"))
                )
                mine.setShortcut(action.shortcut())
                menu.insertAction(action, mine)
                menu.removeAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    @staticmethod
    def _is_history_key(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self._document.undo_stack().undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self._document.undo_stack().redo()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.setTextCursor(newline_with_indent(self.textCursor()))
        elif event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.textCursor().insertText(INDENT)
        elif event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & _CTRL:
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)  # Tab indents; Ctrl+Tab leaves, as in Qt's editors
        elif event.text() in ("}", "]") and (moved := dedent_closing(self.textCursor(), event.text())) is not None:
            self.setTextCursor(moved)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def document_model(self) -> Document:
        return self._document
