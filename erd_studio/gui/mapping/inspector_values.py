"""The inspector's values: which properties a field type has, and how typed text becomes a value.

Kept apart from the widget so the rules (the core's own checks: regex, numbers,
``value_problem`` as in E110) read on their own and the inspector stays small.
"""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...core import MISSING
from ...core.model import FIELD_TYPES, NUMERIC_TYPES, TEXT_TYPES, Field
from ...core.types import value_problem_msg

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


def pending(editor: QWidget) -> bool:
    """Whether the user typed into ``editor`` something not stored yet (their own undo applies)."""
    if isinstance(editor, QLineEdit):
        return editor.isModified()
    if isinstance(editor, QPlainTextEdit):
        return editor.document().isModified()
    return False


def settle(editor: QWidget) -> None:
    """The editor now shows what the document holds: Ctrl+Z goes to the document's history."""
    if isinstance(editor, QLineEdit):
        editor.setModified(False)
    elif isinstance(editor, QPlainTextEdit):
        editor.document().setModified(False)


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
