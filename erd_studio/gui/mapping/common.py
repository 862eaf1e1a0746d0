"""Helpers every mapping view shares: diagnostics per item, colours, running an edit.

The views show the same facts (which field has a problem, which mapping is broken),
so they read them from one place, computed once per Document result.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core import Diagnostic, ErdDocument
from ...core.diagnostics import pointer_join, pointer_split
from ...core.edits import EditError
from ..i18n import diagnostic_text, localized

ERROR_COLOR = QColor("#c62828")
WARNING_COLOR = QColor("#b26a00")
OK_COLOR = QColor("#1565c0")
STALE_COLOR = QColor("#9e9e9e")


class ItemDiagnostics:
    """Diagnostics grouped by the field or mapping they point into (``/fields/3/type`` → field 3)."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.by_item: dict[tuple[str, int], list[Diagnostic]] = defaultdict(list)
        self.by_pointer: dict[str, list[Diagnostic]] = defaultdict(list)
        self.unfilled: dict[str, Diagnostic] = {}  # E105 by attribute key
        for d in diagnostics:
            self.by_pointer[d.pointer].append(d)
            parts = pointer_split(d.pointer)
            if len(parts) >= 2 and parts[0] in ("fields", "mappings") and parts[1].isdigit():
                self.by_item[(parts[0], int(parts[1]))].append(d)
            elif d.code == "E105":
                key = d.message.split('"')[1] if d.message.count('"') >= 2 else ""
                self.unfilled[key] = d

    def field(self, index: int) -> list[Diagnostic]:
        return self.by_item.get(("fields", index), [])

    def mapping(self, index: int) -> list[Diagnostic]:
        return self.by_item.get(("mappings", index), [])

    def at(self, pointer: str) -> list[Diagnostic]:
        return self.by_pointer.get(pointer, [])


def severity(diags: list[Diagnostic]) -> str | None:
    """``error``, ``warning`` or None: the worst of ``diags``."""
    if any(d.is_error for d in diags):
        return "error"
    return "warning" if diags else None


def severity_color(diags: list[Diagnostic], default: QColor = OK_COLOR) -> QColor:
    worst = severity(diags)
    return ERROR_COLOR if worst == "error" else WARNING_COLOR if worst == "warning" else default


def tooltip(title: str, diags: list[Diagnostic]) -> str:
    lines = [title] + [f"{d.code}: {diagnostic_text(d)}" for d in diags]
    return "\n".join(lines)


def field_pointer(index: int) -> str:
    return pointer_join("fields", index)


def mapping_pointer(index: int) -> str:
    return pointer_join("mappings", index)


def item_of(pointer: str) -> tuple[str, int] | None:
    """(``fields``|``mappings``, index) that a pointer lies in, or None."""
    parts = pointer_split(pointer)
    if len(parts) >= 2 and parts[0] in ("fields", "mappings") and parts[1].isdigit():
        return parts[0], int(parts[1])
    return None


def run_edit(document: Any, description: str, edit: Callable[[ErdDocument], Any], parent: QWidget | None) -> bool:
    """Apply a core edit as one undo step; an EditError is shown to the user, not raised.

    Returns False when nothing was applied (refused edit, or the source is out of date).
    """
    try:
        return bool(document.apply_model_edit(description, edit))
    except EditError as exc:
        title = QCoreApplication.translate("MappingEditor", "Cannot do that")
        box = QMessageBox(QMessageBox.Icon.Warning, title, localized(exc), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("editErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False


def describe_mapping_value(mapping: Any) -> str:
    """Short text for a constant or template badge."""
    if mapping.kind == "constant":
        return "= " + json.dumps(mapping.constant, ensure_ascii=False)[:40]
    if mapping.kind == "template":
        text = mapping.template if isinstance(mapping.template, str) else json.dumps(mapping.template)
        return "“" + (text if len(text) <= 38 else text[:37] + "…") + "”"
    return ""


def kind_text(kind: str | None) -> str:
    """The word the user reads for a mapping kind; the file keeps the format keyword."""
    words = {
        "source": QCoreApplication.translate("MappingKinds", "source"),
        "constant": QCoreApplication.translate("MappingKinds", "constant"),
        "template": QCoreApplication.translate("MappingKinds", "template"),
    }
    return words.get(kind or "", QCoreApplication.translate("MappingKinds", "invalid"))


def tab_order(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit ``widgets`` in this order (reading order, for keyboard users)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
