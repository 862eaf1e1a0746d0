"""Auto-indent for JSON in the source view: Enter keeps the indentation, brackets step it.

Functions on a QTextCursor, each one edit (one undo step in the Document), returning
the cursor where the caret belongs afterwards.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

INDENT = "  "  # the canonical ERD layout indents by two spaces


def newline_with_indent(cursor: QTextCursor) -> QTextCursor:
    """Break the line keeping its indentation; one level more after { or [.

    Between a bracket pair ({|}) the closing bracket moves to its own line at the
    outer level and the caret sits on the indented line between them.
    """
    line = cursor.block().text()
    col = cursor.positionInBlock()
    before, after = line[:col].rstrip(), line[col:].lstrip()
    base = line[: len(line) - len(line.lstrip())]
    if not before.endswith(("{", "[")):
        cursor.insertText("\n" + base)
        return cursor
    closing = after[:1] in ("}", "]")
    cursor.insertText("\n" + base + INDENT + ("\n" + base if closing else ""))
    if closing:
        cursor.movePosition(QTextCursor.MoveOperation.Up)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return cursor


def dedent_closing(cursor: QTextCursor, bracket: str) -> QTextCursor | None:
    """Typing } or ] on a line of only spaces types it one level out; None when it does not apply."""
    head = cursor.block().text()[: cursor.positionInBlock()]
    if not head or head.strip() or len(head) < len(INDENT):
        return None
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(head[len(INDENT) :] + bracket)
    return cursor
