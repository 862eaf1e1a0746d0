"""The YouTrack part of the export dialog: the guard and where each field comes from.

One row per ERD field, with the YouTrack property that fills it in an editable combo
box (built-in properties to pick, ``field:NAME`` / ``const:VALUE`` to type). Rows
start with the default guessed from the field, so most users only check them.

Signals: ``changed()`` whenever any option or row changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from ..i18n import localized

_GUARD = ("severity_field", "severity_value", "reported_field", "token_setting")


def _guard_texts() -> dict[str, tuple[str, str]]:
    """Label and tooltip of each guard option, in the user's language."""
    return {
        "severity_field": (
            QCoreApplication.translate("YouTrackOptionsWidget", "Guard field"),
            QCoreApplication.translate("YouTrackOptionsWidget", "the enum field that decides (YouTrack's Severity)"),
        ),
        "severity_value": (
            QCoreApplication.translate("YouTrackOptionsWidget", "Send when it is"),
            QCoreApplication.translate("YouTrackOptionsWidget", "the value that makes an issue go to the ISMS"),
        ),
        "reported_field": (
            QCoreApplication.translate("YouTrackOptionsWidget", "Reported field"),
            QCoreApplication.translate(
                "YouTrackOptionsWidget", "date-time field that marks a sent issue, so it is sent once"
            ),
        ),
        "token_setting": (
            QCoreApplication.translate("YouTrackOptionsWidget", "Token setting"),
            QCoreApplication.translate(
                "YouTrackOptionsWidget", "workflow setting that holds the postbox token (never in the code)"
            ),
        ),
    }


class YouTrackOptionsWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("youtrackOptions")
        defaults = YouTrackOptions()
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        texts = _guard_texts()
        for name in _GUARD:
            label, tip = texts[name]
            edit = QLineEdit(getattr(defaults, name))
            edit.setObjectName(name)
            edit.setToolTip(tip)
            edit.setAccessibleName(label)
            edit.setAccessibleDescription(tip)
            edit.setPlaceholderText(getattr(defaults, name))
            edit.textChanged.connect(self.changed)
            form.addRow(label + ":", edit)
            self.edits[name] = edit
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("propertyTable")
        self.table.setHorizontalHeaderLabels([self.tr("ERD field"), self.tr("type"), self.tr("YouTrack property")])
        self.table.setAccessibleName(self.tr("YouTrack properties"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        tip = self.tr("Pick a property, or type field:NAME for a custom field, const:VALUE, or none")
        self.table.setToolTip(tip)
        self.table.setAccessibleDescription(tip)
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
        previous: QWidget = self.table
        for row, f in enumerate(self._fields):
            for col, text in enumerate((f.key, str(f.type))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.setEditable(True)
            combo.setObjectName(f"property:{f.key}")
            combo.setAccessibleName(self.tr("YouTrack property for {field}").format(field=f.key))
            for value, description in choices():
                combo.addItem(value)
                combo.setItemData(combo.count() - 1, localized(description), Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentText(defaults[f.key])
            combo.currentTextChanged.connect(self.changed)
            self.table.setCellWidget(row, 2, combo)
            QWidget.setTabOrder(previous, combo)  # after the table, in row order
            previous = combo
        self.table.resizeColumnsToContents()

    def focus_chain(self) -> list[QWidget]:
        """The guard options top to bottom, then the property table."""
        combos = [self.table.cellWidget(row, 2) for row in range(self.table.rowCount())]
        return [*self.edits.values(), self.table, *combos]

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
                out.append(localized(exc))
        return out

    def options(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()}
        out["properties"] = self.properties()
        return out
