"""Undo commands on the document's source text.

The text is the single source of truth, so every edit — typing in the source view or a
graphical edit that re-renders the text — is one replacement of a range. A command
stores only the replaced range (not two copies of the whole text), so a long history
of typing in a large ERD stays small.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .document import Document

TYPING_ID = 4711
MERGE_SECONDS = 1.5  # a pause longer than this starts a new undo step


class ReplaceTextCommand(QUndoCommand):
    """Replace ``removed`` at ``start`` by ``inserted``; undo puts ``removed`` back exactly.

    ``origin`` is the view that already shows the change when the command is first
    pushed (it ignores that first notification); redo and undo later notify every view.
    ``sync`` asks the document to re-validate at once (graphical edits) instead of after
    the idle pause (typing).
    """

    def __init__(
        self,
        document: Document,
        description: str,
        start: int,
        removed: str,
        inserted: str,
        origin: object | None = None,
        sync: bool = False,
    ) -> None:
        super().__init__(description)
        self._document = document
        self.start = start
        self.removed = removed
        self.inserted = inserted
        self._origin = origin
        self.sync = sync

    def redo(self) -> None:
        origin, self._origin = self._origin, None
        self._document._replace(self.start, len(self.removed), self.inserted, origin, self.sync)

    def undo(self) -> None:
        self._document._replace(self.start, len(self.inserted), self.removed, None, self.sync)


class TypingCommand(ReplaceTextCommand):
    """A keystroke-sized edit from the source view; consecutive ones merge into one step.

    Insertions merge while they continue at the caret, deletions while they continue
    backwards (Backspace) or in place (Delete). A new step starts after a pause, at a
    line break, and where a new word starts after whitespace, so undo takes back about
    one word at a time as in other editors.
    """

    def __init__(self, document: Document, start: int, removed: str, inserted: str, origin: object | None) -> None:
        super().__init__(
            document, QCoreApplication.translate("TextCommands", "Typing"), start, removed, inserted, origin
        )
        self.stamp = time.monotonic()
        self.keystroke = len(inserted) + len(removed) == 1  # pastes and replacements never merge
        self.over_selection = len(inserted) == 1 and len(removed) > 1  # a key typed over a selection

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TypingCommand) or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        if not ((self.keystroke or self.over_selection) and other.keystroke):
            return False
        if (self._is_insert() or self.over_selection) and other._is_insert() and self._continues_insert(other):
            self.inserted += other.inserted  # typing over a selection is one step with what follows
        elif self._is_delete() and other._is_delete() and other.start + len(other.removed) == self.start:
            self.start = other.start
            self.removed = other.removed + self.removed
        elif self._is_delete() and other._is_delete() and other.start == self.start:
            self.removed += other.removed
        else:
            return False
        self.stamp = other.stamp
        return True

    def _is_insert(self) -> bool:
        return not self.removed

    def _is_delete(self) -> bool:
        return not self.inserted

    def _continues_insert(self, other: TypingCommand) -> bool:
        if other.start != self.start + len(self.inserted):
            return False
        if other.inserted == "\n" or self.inserted.endswith("\n"):
            return False
        return not (self.inserted[-1].isspace() and not other.inserted.isspace())
