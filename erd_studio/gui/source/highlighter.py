"""JSON syntax colours for the source view: keys, strings, numbers, literals, brackets.

A regular-expression scanner per line is enough for JSON (no multi-line tokens: a raw
line break inside a string is itself an error that the problems panel reports).

Lazy: Qt hands every block of a new text to ``highlightBlock``; only blocks near the
visible area are coloured then (the others are marked pending), and the editor asks
for the pending ones as they scroll into view. Opening a 5,000-field ERD then colours
about a hundred lines instead of sixty thousand.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*"?)(?P<colon>\s*:)?'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\btrue\b|\bfalse\b|\bnull\b)"
    r"|(?P<bracket>[{}\[\]])"
)


def _format(color: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


PENDING = -1  # Qt's "no state": a block never seen keeps it, so marking it pending starts no cascade
DONE = 1
MARGIN = 50  # lines above and below the visible ones coloured ahead of scrolling


class JsonHighlighter(QSyntaxHighlighter):
    """Colours one block (line) at a time; object keys differ from string values.

    ``visible`` returns the first and last visible block numbers; it is asked once per
    ``colour_visible`` (not per block: Qt may call ``highlightBlock`` for every line).
    """

    def __init__(self, document: QTextDocument, visible: Callable[[], tuple[int, int]]) -> None:
        self._visible = visible
        self._range = (0, 200)
        self._colouring = False
        super().__init__(document)
        self.formats = {
            "key": _format("#1f4e99", bold=True),
            "string": _format("#0a7d32"),
            "number": _format("#a0522d"),
            "literal": _format("#8a2be2", bold=True),
            "bracket": _format("#555555"),
        }

    def colour_visible(self) -> None:
        """Colour the pending blocks in (and near) the visible area."""
        document = self.document()
        if document is None or self._colouring:
            return  # colouring repaints, and a repaint asks again: once is enough
        self._colouring = True
        try:
            first, last = self._range = self._visible()
            block = document.findBlockByNumber(max(0, first - MARGIN))
            end = last + MARGIN
            while block.isValid() and block.blockNumber() <= end:
                if block.userState() != DONE:
                    self.rehighlightBlock(block)  # Qt carries on through the following pending lines
                block = block.next()
        finally:
            self._colouring = False

    def highlightBlock(self, text: str) -> None:
        first, last = self._range
        number = self.currentBlock().blockNumber()
        if not first - MARGIN <= number <= last + MARGIN:
            self.setCurrentBlockState(PENDING)
            return
        self.setCurrentBlockState(DONE)
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind in ("string", "colon"):
                kind = "key" if match.group("colon") else "string"
                self.setFormat(match.start(), len(match.group("string")), self.formats[kind])
            elif kind is not None:
                self.setFormat(match.start(), match.end() - match.start(), self.formats[kind])
