"""Source → graphical selection: the field or mapping the source caret is in.

The source view reports where its caret is (``caretMoved``); this small adapter turns
that into a JSON pointer of the enclosing field (``/fields/i``) or mapping
(``/mappings/i``) and asks every view to show it, with the source view as origin (so
the source view ignores its own request). It only speaks when the caret enters
another item, and only while the validated text is the text on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ...core.diagnostics import pointer_join
from .common import item_of


class CaretFollower(QObject):
    def __init__(self, document: Any, source_view: Any) -> None:
        super().__init__(source_view)
        self.document = document
        self.source_view = source_view
        self.last: str | None = None
        source_view.caretMoved.connect(self.on_caret_moved)

    def pointer(self) -> str | None:
        result = self.document.result()
        if result.text != self.document.text() or not result.parsed:
            return None
        found = item_of(result.positions.pointer_at(self.source_view.sync.caret_index()))
        return pointer_join(*found) if found else None

    def on_caret_moved(self, line: int = 0, column: int = 0) -> None:
        pointer = self.pointer()
        if pointer is not None and pointer != self.last:
            self.last = pointer
            self.document.select(pointer, self.source_view)
        elif pointer is None:
            self.last = None
