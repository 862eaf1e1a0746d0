"""The field inspector: every ERD-FORMAT property of the selected field, shown by type.

Values for enums, length and pattern for text types, minimum/maximum for numbers,
default and example for all. Each value is checked as it is typed with the core's own
rules (key syntax, numbers, regex, ``value_problem`` as in E110) and committed on
Enter or when focus leaves, as one undo step. After a commit the Document's
diagnostics for that property are shown under it. Text that cannot be stored (a key
already in use, "abc" as a length) stays in the box with its message: nothing typed
is lost.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...core import MISSING
from ...core import edits as E
from ...core.diagnostics import pointer_join
from ...core.model import FIELD_TYPES, NUMERIC_TYPES, TEXT_TYPES, Field
from ...core.types import value_problem_msg
from ..i18n import diagnostic_text
from .common import ItemDiagnostics, item_of

ALL = frozenset(FIELD_TYPES)
SPECS: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    ("key", "Key", "key", ALL),
    ("label", "Label", "line", ALL),
    ("type", "Type", "type", ALL),
    ("required", "Required", "check", ALL),
    ("values", "Values (one per line)", "lines", frozenset({"enum"})),
    ("minLength", "Min length", "int", TEXT_TYPES),
    ("maxLength", "Max length", "int", TEXT_TYPES),
    ("pattern", "Pattern (regex)", "pattern", TEXT_TYPES),
    ("minimum", "Minimum", "number", NUMERIC_TYPES),
    ("maximum", "Maximum", "number", NUMERIC_TYPES),
    ("default", "Default", "value", ALL),
    ("example", "Example", "value", ALL),
    ("description", "Description", "para", ALL),
)


class PlainEdit(QPlainTextEdit):
    """A multi-line box that says when editing is finished (focus leaves)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def show(kind: str, value: Any) -> str:
    if value is MISSING:
        return ""
    if kind == "lines" and isinstance(value, list):
        return "\n".join(v if isinstance(v, str) else json.dumps(v) for v in value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def parse(kind: str, text: str, field: Field) -> tuple[Any, str | None]:
    """(value to store, problem). A problem with value MISSING means: cannot store it."""
    if kind in ("line", "para", "pattern", "key"):
        if kind == "pattern" and text:
            try:
                re.compile(text)
            except re.error as exc:
                return text, QCoreApplication.translate("Inspector", "not a valid regular expression: {error}").format(
                    error=exc
                )
        return (text if text or kind == "key" else MISSING), None
    if not text.strip():
        return MISSING, (
            QCoreApplication.translate("Inspector", "an enum needs at least one value") if kind == "lines" else None
        )
    if kind == "lines":
        values = [line.strip() for line in text.splitlines() if line.strip()]
        dupes = sorted({v for v in values if values.count(v) > 1})
        twice = QCoreApplication.translate("Inspector", "values must be unique: {values} is listed twice")
        return values, (twice.format(values=", ".join(dupes)) if dupes else None)
    if kind in ("int", "number"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        ok = isinstance(value, int) and value >= 0 if kind == "int" else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok:
            return MISSING, QCoreApplication.translate(
                "Inspector", "a whole number of 0 or more"
            ) if kind == "int" else QCoreApplication.translate("Inspector", "a number, like 10 or 2.5")
        return value, None
    value: Any = text
    if field.type in ("integer", "number", "boolean"):
        try:
            value = json.loads(text)
        except ValueError:
            value = text
    problem = value_problem_msg(value, field)
    return value, (problem.render(_core_text) if problem is not None else None)


def _core_text(template: str) -> str:
    return QCoreApplication.translate("Diagnostics", template)


class Inspector(QWidget):
    """Edits the properties of the field that any view selected last."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.document = document
        self.index: int | None = None
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.title = QLabel(self.tr("Select a field to edit its properties."), objectName="inspectorTitle")
        self.form = QFormLayout()
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
        layout.addWidget(self.title)
        layout.addLayout(self.form)
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
        return editor

    # --- showing ------------------------------------------------------------------------------
    def field(self) -> Field | None:
        model = self.document.model()
        if self.index is None or model is None or not isinstance(model.fields, list):
            return None
        entry = model.fields[self.index] if self.index < len(model.fields) else None
        return entry if isinstance(entry, Field) else None

    def on_selection_requested(self, pointer: str, origin: object) -> None:
        found = item_of(pointer)
        if found is not None and found[0] == "fields" and found[1] != self.index:
            self.index = found[1]
            self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        f, current = self.field(), self.document.is_current()
        self.setEnabled(f is not None and current)
        if f is None:
            self.title.setText(self.tr("Select a field to edit its properties."))
            return
        stale = "" if current else "  " + self.tr("(out of date: fix the source first)")
        self.title.setText(self.tr("Field {number}: {key}").format(number=self.index + 1, key=f.key) + stale)
        diags = ItemDiagnostics(self.document.diagnostics() if current else [])
        for key, _label, kind, types in SPECS:
            applies = f.type not in ALL or f.type in types or f.get(key) is not MISSING
            self.form.setRowVisible(self._row(key), applies)
            editor = self.editors[key]
            typing = not force and editor.hasFocus() and isinstance(editor, (QLineEdit, QPlainTextEdit))
            if not typing:  # never overwrite what the user is typing right now
                self._set(editor, kind, f.get(key))
            if typing and self.messages[key].property("local"):
                continue  # keep saying why the typed value could not be stored
            found = diags.at(pointer_join("fields", self.index, key))
            self._message(key, "\n".join(f"{d.code}: {diagnostic_text(d)}" for d in found), local=False)

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
        editor.blockSignals(False)

    def _message(self, key: str, text: str, local: bool) -> None:
        label = self.messages[key]
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("local", local and bool(text))
        label.setStyleSheet("color: #c62828" if text else "")

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
            return text, E.key_problem(self.document.model(), text, self.index)
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
            self._message(key, problem or "", local=bool(problem))
            return
        if problem and (key == "key" or value is MISSING or key == "values"):
            self._message(key, problem, local=True)
            return
        index = self.index
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
