"""Diagnostic marks in the source view: wavy underlines, per-line severity, tooltips.

Built from the Document's latest LoadResult whenever it changes. The underline
selections are QTextCursors, so they move along with typing until the next result
replaces them (the marks never jump to a wrong place while the check is pending).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from ...core import Diagnostic
from ..i18n import diagnostic_text

ERROR_COLOR = QColor("#d32f2f")
WARNING_COLOR = QColor("#e0a800")


def severity_color(diag: Diagnostic) -> QColor:
    return ERROR_COLOR if diag.is_error else WARNING_COLOR


def _utf16_col(block_text: str, column: int) -> int:
    head = block_text[: max(0, column - 1)]
    return len(head) + sum(1 for ch in head if ord(ch) > 0xFFFF)


def diagnostic_cursor(qdoc: QTextDocument, diag: Diagnostic) -> QTextCursor:
    """A cursor selecting the diagnostic's range (at least one character, on the line)."""
    block = qdoc.findBlockByNumber(max(0, diag.line - 1))
    if not block.isValid():
        block = qdoc.lastBlock()
    start = block.position() + min(_utf16_col(block.text(), diag.column), block.length() - 1)
    end = start
    if diag.end_line is not None and diag.end_column is not None:
        end_block = qdoc.findBlockByNumber(diag.end_line - 1)
        if end_block.isValid():
            end = end_block.position() + min(_utf16_col(end_block.text(), diag.end_column), end_block.length() - 1)
    cursor = QTextCursor(qdoc)
    if end <= start:  # nothing to underline: mark one character, the one before at a line end
        line_end = block.position() + block.length() - 1
        if start >= line_end and start > block.position():
            start -= 1
        end = min(start + 1, line_end) if line_end > start else start
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


class DiagnosticMarks:
    """The current diagnostics as extra selections, plus lookups by line and position."""

    def __init__(self) -> None:
        self.selections: list[QTextEdit.ExtraSelection] = []
        self._cursors: list[tuple[QTextCursor, Diagnostic]] = []

    def rebuild(self, qdoc: QTextDocument, diagnostics: list[Diagnostic], limit: int = 2000) -> None:
        self.selections, self._cursors = [], []
        for diag in diagnostics[:limit]:
            cursor = diagnostic_cursor(qdoc, diag)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(severity_color(diag))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            self.selections.append(selection)
            self._cursors.append((cursor, diag))

    def at(self, position: int) -> list[Diagnostic]:
        """Diagnostics whose underline covers a Qt text position."""
        return [d for c, d in self._cursors if c.selectionStart() <= position <= c.selectionEnd()]

    def by_line(self) -> dict[int, list[Diagnostic]]:
        """Diagnostics per 1-based line where their underline is now (it moves with typing)."""
        lines: dict[int, list[Diagnostic]] = {}
        for cursor, diag in self._cursors:
            line = cursor.document().findBlock(cursor.selectionStart()).blockNumber() + 1
            lines.setdefault(line, []).append(diag)
        return lines


def describe(diags: list[Diagnostic]) -> str:
    severity = {
        "error": QCoreApplication.translate("DiagnosticMarks", "error"),
        "warning": QCoreApplication.translate("DiagnosticMarks", "warning"),
    }
    return "\n".join(f"{severity.get(d.severity, d.severity)} {d.code}: {diagnostic_text(d)}" for d in diags)
