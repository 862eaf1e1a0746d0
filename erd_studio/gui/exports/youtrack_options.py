"""The YouTrack part of the export dialog: the guard and where each field comes from.

One row per ERD field, with the YouTrack property that fills it in an editable combo
box (built-in properties to pick, ``field:NAME`` / ``const:VALUE`` to type). Rows
start with the default guessed from the field, so most users only check them.

Signals: ``changed()`` whenever any option or row changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.exporters.youtrack import YouTrackOptions
from ...core.exporters.youtrack_map import PropertyError, choices, parse_property, property_map
from ...core.model import ErdDocument, Field

_GUARD = (
    ("severity_field", "Guard field", "the enum field that decides (YouTrack's Severity)"),
    ("severity_value", "Send when it is", "the value that makes an issue go to the ISMS"),
    ("reported_field", "Reported field", "date-time field that marks a sent issue, so it is sent once"),
    ("token_setting", "Token setting", "workflow setting that holds the postbox token (never in the code)"),
)


class YouTrackOptionsWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("youtrackOptions")
        defaults = YouTrackOptions()
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label, tip in _GUARD:
            edit = QLineEdit(getattr(defaults, name))
            edit.setObjectName(name)
            edit.setToolTip(tip)
            edit.setPlaceholderText(getattr(defaults, name))
            edit.textChanged.connect(self.changed)
            form.addRow(label + ":", edit)
            self.edits[name] = edit
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("propertyTable")
        self.table.setHorizontalHeaderLabels(["ERD field", "type", "YouTrack property"])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip("Pick a property, or type field:NAME for a custom field, const:VALUE, or none")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table)
        self._fields: list[Field] = []

    def set_document(self, doc: ErdDocument) -> None:
        """One row per field, keeping choices already made for keys that stay."""
        kept = self.properties()
        self._fields = [f for f in doc.field_list() if isinstance(f.key, str)]
        defaults = property_map(self._fields, kept)
        self.table.setRowCount(len(self._fields))
        for row, f in enumerate(self._fields):
            for col, text in enumerate((f.key, str(f.type))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.setEditable(True)
            combo.setObjectName(f"property:{f.key}")
            for value, description in choices():
                combo.addItem(value)
                combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentText(defaults[f.key])
            combo.currentTextChanged.connect(self.changed)
            self.table.setCellWidget(row, 2, combo)
        self.table.resizeColumnsToContents()

    def combo(self, key: str) -> QComboBox:
        for row, f in enumerate(self._fields):
            if f.key == key:
                return self.table.cellWidget(row, 2)  # type: ignore[return-value]
        raise KeyError(key)

    def properties(self) -> dict[str, str]:
        return {f.key: self.combo(f.key).currentText().strip() for f in self._fields}

    def problems(self) -> list[str]:
        out = []
        for f in self._fields:
            try:
                parse_property(self.combo(f.key).currentText(), f)
            except PropertyError as exc:
                out.append(str(exc))
        return out

    def options(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()}
        out["properties"] = self.properties()
        return out
