"""JSON syntax colours for the source view: keys, strings, numbers, literals, brackets.

A regular-expression scanner per line is enough for JSON (no multi-line tokens: a raw
line break inside a string is itself an error that the problems panel reports).

Why not QSyntaxHighlighter: it runs over every line of a newly loaded text (60,000
calls into Python for a 5,000-field ERD) before anything is shown. This class colours
only the lines in and near the view, the way QSyntaxHighlighter applies colours
(``QTextLayout.setFormats`` + ``markContentsDirty``), and remembers per line the
revision it coloured, so a line is coloured again only after its text changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument, QTextLayout

from ..theme import colors

_TOKEN = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*"?)(?P<colon>\s*:)?'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\btrue\b|\bfalse\b|\bnull\b)"
    r"|(?P<bracket>[{}\[\]])"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
MARGIN = 50  # lines above and below the visible ones coloured ahead of scrolling


def _format(color: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def _formats() -> dict[str, QTextCharFormat]:
    c = colors()
    return {
        "key": _format(c.json_key.name(), bold=True),
        "string": _format(c.json_string.name()),
        "number": _format(c.json_number.name()),
        "literal": _format(c.json_keyword.name(), bold=True),
        "bracket": _format(c.muted.name()),
    }


def _units(text: str, index: int) -> int:
    """UTF-16 position of a Python index in one line (lines are short; astral characters are rare)."""
    return index if text.isascii() else index + len(_ASTRAL.findall(text, 0, index))


class JsonHighlighter(QObject):
    """Colours the visible lines of ``document``; ``visible`` gives the first and last visible line numbers.

    The editor calls ``colour_visible`` after scrolling, resizing and edits.
    """

    def __init__(self, document: QTextDocument, visible: Callable[[], tuple[int, int]]) -> None:
        super().__init__(document)
        self._document: QTextDocument | None = document
        self._visible = visible
        self._colouring = False
        self.formats = _formats()
        document.contentsChange.connect(self._on_contents_change)

    def restyle(self) -> None:
        """New colours (the colour scheme changed): every line is coloured again as it shows."""
        self.formats = _formats()
        document = self._document
        if document is None:
            return
        block = document.begin()
        while block.isValid():
            block.setUserState(-1)
            block = block.next()
        self.colour_visible()

    def detach(self) -> None:
        """Stop colouring and take the colours off (large texts)."""
        document, self._document = self._document, None
        if document is None:
            return
        document.contentsChange.disconnect(self._on_contents_change)
        block = document.begin()
        while block.isValid():
            if block.layout().formats():
                block.layout().clearFormats()
            block = block.next()
        document.markContentsDirty(0, document.characterCount())

    def _on_contents_change(self, _pos: int, _removed: int, _added: int) -> None:
        self.colour_visible()

    def colour_visible(self) -> None:
        """Colour the lines in and near the view whose text changed since they were coloured."""
        document = self._document
        if document is None or self._colouring:
            return  # colouring marks lines dirty, which reports a change: once is enough
        self._colouring = True
        try:
            first, last = self._visible()
            block = document.findBlockByNumber(max(0, first - MARGIN))
            end = last + MARGIN
            while block.isValid() and block.blockNumber() <= end:
                if block.userState() != block.revision():
                    self._colour(document, block)
                block = block.next()
        finally:
            self._colouring = False

    def _colour(self, document: QTextDocument, block) -> None:  # type: ignore[no-untyped-def]
        text = block.text()
        ranges = []
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind in ("string", "colon"):
                kind = "key" if match.group("colon") else "string"
                end = match.start() + len(match.group("string"))
            else:
                end = match.end()
            if kind is None:
                continue
            fmt = QTextLayout.FormatRange()
            fmt.start = _units(text, match.start())
            fmt.length = _units(text, end) - fmt.start
            fmt.format = self.formats[kind]
            ranges.append(fmt)
        block.layout().setFormats(ranges)
        block.setUserState(block.revision())
        document.markContentsDirty(block.position(), block.length())
