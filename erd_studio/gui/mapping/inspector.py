"""The inspector: every ERD-FORMAT property of the selected field, shown by type.

Values for enums, length and pattern for text types, minimum/maximum for numbers,
default and example for all. Each value is checked as it is typed with the core's own
rules (key syntax, numbers, regex, ``value_problem`` as in E110) and committed on
Enter or when focus leaves, as one undo step. After a commit the Document's
diagnostics for that property are shown under it. Text that cannot be stored (a key
already in use, "abc" as a length) stays in the box with its message: nothing typed
is lost.

A selected mapping is shown read-only (what fills the attribute, its problems,
notes), and a selection that is neither clears the inspector: it never keeps
showing a field that is no longer the one in question.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import MISSING, Diagnostic, Mapping
from ...core import edits as E
from ...core.diagnostics import pointer_join
from ...core.model import FIELD_TYPES, Field
from ..i18n import diagnostic_text, localized
from ..theme import colors, follow_scheme
from .common import ItemDiagnostics, item_of, severity
from .inspector_mapping import field_notes, mapping_details, mapping_notes, mapping_title, problem_lines
from .inspector_values import ALL, SPECS, PlainEdit, parse, pending, settle, show


class Inspector(QWidget):
    """Edits the properties of the field that any view selected last."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        follow_scheme(self)
        self.document = document
        self.index: int | None = None
        self.mapping_index: int | None = None
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.title = QLabel(self.tr("Select a field to edit its properties."), objectName="inspectorTitle")
        self.title.setWordWrap(True)
        self.details = QLabel(objectName="inspectorDetails", wordWrap=True)
        self.problems = QLabel(objectName="inspectorProblems", wordWrap=True)
        self.notes = QLabel(objectName="inspectorNotes", wordWrap=True)
        self.form_box = QWidget(objectName="inspectorForm")
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        # A long (German) label goes above its editor when both do not fit side by side.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = self._labels()
        for key, _label, kind, _types in SPECS:
            editor = self._make_editor(key, kind)
            label = QLabel(labels[key], objectName=f"label_{key}")
            label.setBuddy(editor)
            editor.setAccessibleName(labels[key])
            message = QLabel(objectName=f"message_{key}", wordWrap=True)
            message.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(message)
            self.form.addRow(label, box)
            self.editors[key], self.messages[key] = editor, message
        layout = QVBoxLayout(self)
        for widget in (self.title, self.details, self.problems, self.notes, self.form_box):
            layout.addWidget(widget)
        layout.addStretch()
        document.selectionRequested.connect(self.on_selection_requested)
        document.resultChanged.connect(self.refresh)
        self.refresh()

    def _labels(self) -> dict[str, str]:
        """The translated label of each property (SPECS holds the English ones)."""
        return {
            "key": self.tr("Key"),
            "label": self.tr("Label"),
            "type": self.tr("Type"),
            "required": self.tr("Required"),
            "values": self.tr("Values (one per line)"),
            "minLength": self.tr("Min length"),
            "maxLength": self.tr("Max length"),
            "pattern": self.tr("Pattern (regex)"),
            "minimum": self.tr("Minimum"),
            "maximum": self.tr("Maximum"),
            "default": self.tr("Default"),
            "example": self.tr("Example"),
            "description": self.tr("Description"),
        }

    def focus_chain(self) -> list[QWidget]:
        """The property editors in reading order (top to bottom)."""
        return [self.editors[key] for key, *_rest in SPECS]

    def _make_editor(self, key: str, kind: str) -> QWidget:
        if kind == "type":
            editor = QComboBox()
            editor.addItems(FIELD_TYPES)
            editor.activated.connect(lambda _i: self.commit(key))
        elif kind == "check":
            editor = QCheckBox()
            editor.clicked.connect(lambda _on: self.commit(key))
        elif kind in ("lines", "para"):
            editor = PlainEdit()
            editor.setFixedHeight(64)
            editor.setTabChangesFocus(True)  # Tab moves on to the next property, as in a form
            editor.textChanged.connect(lambda: self.check(key))
            editor.editingFinished.connect(lambda: self.commit(key))
        else:
            editor = QLineEdit()
            editor.textEdited.connect(lambda _t: self.check(key))
            editor.editingFinished.connect(lambda: self.commit(key))
        editor.setObjectName(f"edit_{key}")
        if isinstance(editor, (QLineEdit, QPlainTextEdit)):
            editor.installEventFilter(self)  # Ctrl+Z: the editor's own undo only while it holds new text
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Undo/Redo in a property box that shows the stored value go to the document's history.

        Otherwise Ctrl+Z after Enter would only change the box back, leaving the source and
        canvas on the new value, and leaving the box would store the old one as a new edit.
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
            if any(event.matches(k) for k in keys) and isinstance(watched, QWidget) and not pending(watched):
                event.ignore()  # not taken by the box: the window's Undo/Redo shortcut fires
                return True
        return super().eventFilter(watched, event)

    # --- showing ------------------------------------------------------------------------------
    def field(self) -> Field | None:
        model = self.document.model()
        if self.index is None or model is None or not isinstance(model.fields, list):
            return None
        entry = model.fields[self.index] if self.index < len(model.fields) else None
        return entry if isinstance(entry, Field) else None

    def mapping(self) -> Mapping | None:
        model = self.document.model()
        if self.mapping_index is None or model is None or not isinstance(model.mappings, list):
            return None
        entry = model.mappings[self.mapping_index] if self.mapping_index < len(model.mappings) else None
        return entry if isinstance(entry, Mapping) else None

    def on_selection_requested(self, pointer: str, origin: object) -> None:
        """A field is edited here; a mapping is shown; anything else clears the inspector."""
        found = item_of(pointer)
        index = found[1] if found is not None and found[0] == "fields" else None
        mapping_index = found[1] if found is not None and found[0] == "mappings" else None
        if (index, mapping_index) != (self.index, self.mapping_index):
            self.index, self.mapping_index = index, mapping_index
            self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        f, m, current = self.field(), self.mapping(), self.document.is_current()
        self.setEnabled((f is not None or m is not None) and current)
        self.form_box.setVisible(m is None)
        self.details.setVisible(m is not None)
        diags = ItemDiagnostics(self.document.diagnostics() if current else [])
        if m is not None and self.mapping_index is not None:
            self._show_mapping(self.mapping_index, m, diags)
            return
        self.problems.hide()
        if f is None:
            self.title.setText(self.tr("Select a field to edit its properties."))
            self._notes([])
            return
        stale = "" if current else "  " + self.tr("(out of date: fix the source first)")
        self.title.setText(self.tr("Field {number}: {key}").format(number=self.index + 1, key=f.key) + stale)
        model = self.document.model()
        self._notes(field_notes(model, self.document.profile(), f) if current and model is not None else [])
        for key, _label, kind, types in SPECS:
            applies = f.type not in ALL or f.type in types or f.get(key) is not MISSING
            self.form.setRowVisible(self._row(key), applies)
            editor = self.editors[key]
            typing = not force and editor.hasFocus() and pending(editor)
            if not typing:  # never overwrite what the user is typing right now
                self._set(editor, kind, f.get(key))
            if typing and self.messages[key].property("local"):
                continue  # keep saying why the typed value could not be stored
            found = diags.at(pointer_join("fields", self.index, key))
            self._message(key, "\n".join(f"{d.code}: {diagnostic_text(d)}" for d in found), local=False, found=found)

    def _show_mapping(self, index: int, m: Mapping, diags: ItemDiagnostics) -> None:
        """Read-only: what fills the attribute, the mapping's problems, and notes."""
        stale = "" if self.document.is_current() else "  " + self.tr("(out of date: fix the source first)")
        self.title.setText(mapping_title(index, m) + stale)
        self.details.setText(mapping_details(m))
        found = diags.mapping(index)
        self.problems.setText(problem_lines(found))
        self.problems.setVisible(bool(found))
        self._paint(self.problems, found)
        model = self.document.model()
        current = self.document.is_current() and model is not None
        self._notes(mapping_notes(model, self.document.profile(), m) if current else [])

    def _notes(self, notes: list[str]) -> None:
        self.notes.setText("\n".join(f"ℹ {note}" for note in notes))
        self.notes.setVisible(bool(notes))

    def refresh_colours(self) -> None:
        """The colour scheme changed (theme.apply_scheme): repaint the messages in its colours."""
        self.refresh()

    def _row(self, key: str) -> int:
        return [s[0] for s in SPECS].index(key)

    @staticmethod
    def _set(editor: QWidget, kind: str, value: Any) -> None:
        editor.blockSignals(True)
        if isinstance(editor, QComboBox):
            editor.setCurrentText(value if isinstance(value, str) else "")
        elif isinstance(editor, QCheckBox):
            editor.setChecked(value is True)
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != show(kind, value):
                editor.setPlainText(show(kind, value))
        else:
            editor.setText(show(kind, value))
            editor.setCursorPosition(0)  # a long value shows its beginning, not its end
        settle(editor)
        editor.blockSignals(False)

    def _message(self, key: str, text: str, local: bool, found: list[Diagnostic] | None = None) -> None:
        """Show ``text`` under a property: red for an error, the warning colour for a warning.

        A local message (what was typed cannot be stored) is an error.
        """
        label = self.messages[key]
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("local", local and bool(text))
        self._paint(label, found if found is not None and not local else None)

    @staticmethod
    def _paint(label: QLabel, found: list[Diagnostic] | None) -> None:
        if not label.text():
            label.setStyleSheet("")
            return
        c = colors()
        color = c.warning if found and severity(found) == "warning" else c.error
        label.setStyleSheet(f"color: {color.name()}")

    # --- checking and committing ---------------------------------------------------------------
    def _typed(self, key: str) -> tuple[Any, str | None]:
        kind = next(s[2] for s in SPECS if s[0] == key)
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentText(), None
        if isinstance(editor, QCheckBox):
            return editor.isChecked(), None
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        f = self.field()
        if key == "key":
            problem = E.key_problem(self.document.model(), text, self.index)
            return text, localized(problem) if problem else None
        return parse(kind, text, f) if f is not None else (MISSING, None)

    def check(self, key: str) -> None:
        """As you type: say at once what is wrong with the value (nothing is stored yet)."""
        if self.field() is not None:
            self._message(key, self._typed(key)[1] or "", local=True)

    def commit(self, key: str) -> None:
        f = self.field()
        if f is None or not self.document.is_current():
            return
        value, problem = self._typed(key)
        if value == f.get(key) and type(value) is type(f.get(key)):
            settle(self.editors[key])
            self._message(key, problem or "", local=bool(problem))
            return
        if problem and (key == "key" or value is MISSING or key == "values"):
            self._message(key, problem, local=True)
            return
        index = self.index
        settle(self.editors[key])
        self._message(key, "", local=False)  # stored: the Document's diagnostics speak now
        if key == "key":
            self.document.apply_model_edit(
                self.tr("Rename field {key} to {new}").format(key=f.key, new=value),
                lambda d: E.rename_field(d, index, value),
            )
        else:
            self.document.apply_model_edit(
                self.tr("Set {property} of {key}").format(property=key, key=f.key),
                lambda d: E.set_field_property(d, index, key, value),
            )
