"""The one Document of a main window: source text, derived model, diagnostics, file state, history.

The source TEXT is the single source of truth; the model and the diagnostics are
derived from it by ``erd_studio.core.validate_text``. Every view (source view, mapping
canvas, problems panel, …) observes this object and changes it only through its undo
stack, so there is ONE history whichever view edited, and no view talks to another.

Signals:
    textChanged()                   after every change of the text (any cause)
    textEdited(int, int, str, object, bool)  the same change in detail: start, removed
                                    length, inserted text (Python character offsets), the
                                    origin view (None for undo/redo/model edits/loads) and
                                    whether it is structural (a model edit or its undo:
                                    the source view keeps the caret on its JSON pointer);
                                    lets the source view patch itself instead of
                                    reloading the whole text
    resultChanged()                 a new LoadResult is available
    parseStateChanged(bool)         True when the text parses into a model
    fileStateChanged()              path or modified flag changed
    selectionRequested(str, object) a view asks every view to show a JSON pointer
    positionRequested(int, int, object)  a view asks the source view to put the caret at
                                    an exact 1-based line and column (a diagnostic's place)
    profilesChanged()               the profile registry changed
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core import Diagnostic, ErdDocument, LoadResult, ProfileRegistry, TargetProfile, to_text, validate_text
from .textcommands import ReplaceTextCommand, TypingCommand
from .textops import diff_range, has_astral

IDLE_MS = 150  # re-validate this long after the last keystroke
LARGE_TEXT = 2 * 1024 * 1024  # above this (about 8,000 fields), validation runs only on demand (validate_now)

NEW_TEXT = """{
  "erd": "1.0",
  "id": "untitled",
  "name": "Untitled",
  "target": "trax.cip-issue",
  "fields": [],
  "mappings": []
}
"""


class Document(QObject):
    """One ERD being edited. See the module docstring for the signals."""

    textChanged = Signal()
    textEdited = Signal(int, int, str, object, bool)
    resultChanged = Signal()
    parseStateChanged = Signal(bool)
    fileStateChanged = Signal()
    selectionRequested = Signal(str, object)
    positionRequested = Signal(int, int, object)
    profilesChanged = Signal()

    def __init__(self, parent: QObject | None = None, registry: ProfileRegistry | None = None) -> None:
        super().__init__(parent)
        self._registry = registry or ProfileRegistry()
        self._text = ""
        self._astral = False
        self._path: Path | None = None
        self._result = LoadResult("")
        self._postbox: list[Diagnostic] = []
        self._model: ErdDocument | None = None
        self._current = False
        self._stack = QUndoStack(self)
        self._stack.cleanChanged.connect(self._on_clean_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.validate_now)
        self.load_text(NEW_TEXT)

    # --- reading ---------------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def result(self) -> LoadResult:
        return self._result

    def diagnostics(self) -> list[Diagnostic]:
        """The text's own problems, plus what a postbox refused at the last test send (E301)."""
        return self._result.diagnostics + self._postbox if self._postbox else self._result.diagnostics

    def set_postbox_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show (message, ERD pointer) pairs from a postbox's 422 answer with the document's
        own problems, at their place in the text, until the text next changes."""
        index = self._result.positions if self._result.parsed else None
        placed = []
        for message, pointer in problems:
            span = index.locate(pointer) if index is not None else None
            where = (span.line, span.column, span.end_line, span.end_column) if span else (1, 1, None, None)
            placed.append(Diagnostic("E301", message, pointer, *where))
        if placed or self._postbox:
            self._postbox = placed
            self.resultChanged.emit()

    def model(self) -> ErdDocument | None:
        """The last model that parsed; kept while the source is broken."""
        return self._model

    def is_current(self) -> bool:
        """False while the text does not parse (the model is then out of date)."""
        return self._current

    def is_large(self) -> bool:
        """Large texts are validated only on demand, so typing never waits for a multi-second check."""
        return len(self._text) > LARGE_TEXT

    def validation_pending(self) -> bool:
        return self._timer.isActive() or self._result.text != self._text

    def has_astral(self) -> bool:
        """Whether the text holds characters that count twice in Qt's UTF-16 positions."""
        return self._astral

    def registry(self) -> ProfileRegistry:
        return self._registry

    def add_profile(self, profile: TargetProfile) -> None:
        self._registry.add(profile)
        self.profilesChanged.emit()
        if not self.is_large():
            self.validate_now()

    def profile(self) -> TargetProfile | None:
        return self._registry.get(self._model.target) if self._model is not None else None

    def undo_stack(self) -> QUndoStack:
        return self._stack

    def path(self) -> Path | None:
        return self._path

    def is_modified(self) -> bool:
        return not self._stack.isClean()

    # --- loading and file state ------------------------------------------------------
    def load_text(self, text: str, path: Path | None = None) -> None:
        """Replace the whole document (open/new): clears the history, clean state."""
        self._timer.stop()
        self._stack.clear()
        old_len = len(self._text)
        self._text = text
        self._astral = has_astral(text)
        self._path = Path(path) if path is not None else None
        self._model = None
        self._postbox = []
        self.textEdited.emit(0, old_len, text, None, False)
        self.textChanged.emit()
        if self.is_large():
            self._set_result(LoadResult(text), current=False)
        else:
            self.validate_now()
        self._stack.setClean()
        self.fileStateChanged.emit()

    def set_path(self, path: Path | None) -> None:
        self._path = Path(path) if path is not None else None
        self.fileStateChanged.emit()

    def mark_saved(self, path: Path) -> None:
        """The text now equals what is on disk at ``path``."""
        self._path = Path(path)
        self._stack.setClean()
        self.fileStateChanged.emit()

    def mark_modified(self) -> None:
        """The file on disk no longer matches (it vanished or was replaced): saving is needed again."""
        self._stack.resetClean()
        self.fileStateChanged.emit()

    # --- editing -----------------------------------------------------------------------
    def edit_text(self, start: int, removed_length: int, inserted: str, origin: object | None = None) -> None:
        """A typed edit (from the source view): one undo step, merged with the typing around it."""
        removed = self._text[start : start + removed_length]
        if removed == inserted:
            return
        self._stack.push(TypingCommand(self, start, removed, inserted, origin))

    def replace_text(self, description: str, new_text: str, origin: object | None = None) -> None:
        """Replace the whole text as one undo step that never merges (replace all, reformat)."""
        start, removed_length, inserted = diff_range(self._text, new_text)
        if removed_length == 0 and not inserted:
            return
        removed = self._text[start : start + removed_length]
        self._stack.push(ReplaceTextCommand(self, description, start, removed, inserted, origin))

    def apply_model_edit(self, description: str, edit: Callable[[ErdDocument], None]) -> bool:
        """Run a pure model edit on a clone and replace the text by its canonical rendering.

        One undo command; undo restores the exact previous text. Re-validates at once so
        every view updates before this returns. Returns False (doing nothing) while the
        text does not parse.
        """
        if self.validation_pending() and not self.is_large():
            self.validate_now()
        if not self._current or self._model is None:
            return False
        model = self._model.clone()
        edit(model)
        new_text = to_text(model)
        start, removed_length, inserted = diff_range(self._text, new_text)
        if removed_length == 0 and not inserted:
            return True
        removed = self._text[start : start + removed_length]
        self._stack.push(ReplaceTextCommand(self, description, start, removed, inserted, None, sync=True))
        return True

    def select(self, pointer: str, origin: object | None = None) -> None:
        self.selectionRequested.emit(pointer, origin)

    def show_diagnostic(self, diagnostic: Diagnostic, origin: object | None = None) -> None:
        """Every view shows the diagnostic's pointer; the source view goes to its exact line and column."""
        self.selectionRequested.emit(diagnostic.pointer, origin)
        self.positionRequested.emit(diagnostic.line, diagnostic.column, origin)

    # --- validation ----------------------------------------------------------------------
    def validate_now(self) -> None:
        """Synchronous re-validation of the current text.

        The idle pause grows with the cost of a check (three times its duration, at
        least IDLE_MS), so a slow check on a big ERD does not interrupt every pause in
        typing; for ordinary ERDs (a check of a few ms) it stays at IDLE_MS.
        """
        self._timer.stop()
        started = time.perf_counter()
        result = validate_text(self._text, self._registry, previous=self._result)
        took_ms = (time.perf_counter() - started) * 1000
        self._timer.setInterval(max(IDLE_MS, min(2000, int(3 * took_ms))))
        self._set_result(result, current=result.document is not None)

    def _set_result(self, result: LoadResult, current: bool) -> None:
        was_current = self._current
        self._result = result
        self._current = current
        if result.document is not None:
            self._model = result.document
        self.resultChanged.emit()
        if current != was_current:
            self.parseStateChanged.emit(current)

    def _on_clean_changed(self, _clean: bool) -> None:
        self.fileStateChanged.emit()

    # --- called by the undo commands only ---------------------------------------------------
    def _replace(self, start: int, removed_length: int, inserted: str, origin: object | None, sync: bool) -> None:
        self._postbox = []  # they described the text as it was sent
        self._text = self._text[:start] + inserted + self._text[start + removed_length :]
        if inserted and not self._astral:
            self._astral = has_astral(inserted)
        self.textEdited.emit(start, removed_length, inserted, origin, sync)
        self.textChanged.emit()
        if sync and not self.is_large():
            self.validate_now()
        elif not self.is_large():
            self._timer.start()
