"""JSON syntax colours for the source view: keys, strings, numbers, literals, brackets.

A regular-expression scanner per line is enough for JSON (no multi-line tokens: a raw
line break inside a string is itself an error that the problems panel reports).
"""

from __future__ import annotations

import re

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


class JsonHighlighter(QSyntaxHighlighter):
    """Colours one block (line) at a time; object keys differ from string values."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "key": _format("#1f4e99", bold=True),
            "string": _format("#0a7d32"),
            "number": _format("#a0522d"),
            "literal": _format("#8a2be2", bold=True),
            "bracket": _format("#555555"),
        }

    def highlightBlock(self, text: str) -> None:
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind in ("string", "colon"):
                kind = "key" if match.group("colon") else "string"
                self.setFormat(match.start(), len(match.group("string")), self.formats[kind])
            elif kind is not None:
                self.setFormat(match.start(), match.end() - match.start(), self.formats[kind])
