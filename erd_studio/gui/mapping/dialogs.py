"""Dialogs of the mapping editor: constant/template, lookup table, auto-map preview.

They only collect what the user wants; the caller turns the answer into one core edit.
Each dialog checks the value as it is typed with the same core functions that produce
the Document's diagnostics (E107, E108), so what it says agrees with the problems panel.
They are opened with ``open()`` (window-modal, not a nested event loop), so the canvas
stays responsive and tests can drive them like a user.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import MISSING, Attribute, Mapping
from ...core.edits import Proposal
from ...core.rules import RECORD_ID, template_placeholders
from ...core.types import convert, describe_type

_PARSED_TYPES = ("integer", "number", "boolean")


def parse_value(text: str, attr: Attribute | None) -> Any:
    """What a typed value means: a number or true/false for such attributes, else text."""
    if attr is None or attr.type in _PARSED_TYPES:
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def show_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def value_message(value: Any, attr: Attribute | None) -> str:
    if attr is None:
        return ""
    _, problem = convert(value, attr)
    return f"Not valid for {attr.key} ({describe_type(attr.type)}): {problem}" if problem else "✓ valid"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _value_combo(attr: Attribute | None, current: str, allow_empty: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    if allow_empty:
        combo.addItem("")
    for value in (attr.values or []) if attr else []:
        label = (attr.labels or {}).get(value)
        combo.addItem(value)
        if label:
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
    combo.setEditText(current)
    return combo


class ValueDialog(QDialog):
    """Fill an attribute with a constant or a template."""

    def __init__(
        self,
        attr_key: str,
        attr: Attribute | None,
        fields: list[str],
        current: Mapping | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("valueDialog")
        self.setWindowTitle(f"Fill {attr_key}")
        self.attr, self.fields = attr, set(fields)
        self.constant_radio = QRadioButton("Constant")
        self.template_radio = QRadioButton("Template")
        group = QButtonGroup(self)
        group.addButton(self.constant_radio)
        group.addButton(self.template_radio)
        is_template = current is not None and current.kind == "template"
        constant = show_value(current.constant) if current is not None and current.kind == "constant" else ""
        self.constant_edit = _value_combo(attr, constant)
        self.template_edit = QLineEdit(current.template if is_template and isinstance(current.template, str) else "")
        self.template_edit.setPlaceholderText("[{id}] " + " ".join("{" + f + "}" for f in fields[:2]))
        self.message = QLabel()
        self.message.setObjectName("valueMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        kind = f"{attr.type}" + (" · required" if attr.required else "") if attr else "not in the target profile"
        form.addRow("Attribute", QLabel(f"{attr_key} ({kind})"))
        form.addRow(self.constant_radio, self.constant_edit)
        form.addRow(self.template_radio, self.template_edit)
        form.addRow(QLabel("Fields: " + ", ".join("{" + f + "}" for f in fields[:20]) + "  ·  {id}: the record id"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        (self.template_radio if is_template else self.constant_radio).setChecked(True)
        for signal in (self.constant_edit.editTextChanged, self.template_edit.textChanged, group.buttonToggled):
            signal.connect(self.on_changed)
        self.on_changed()

    def kind(self) -> str:
        return "template" if self.template_radio.isChecked() else "constant"

    def value(self) -> Any:
        if self.kind() == "template":
            return self.template_edit.text()
        return parse_value(self.constant_edit.currentText(), self.attr)

    def on_changed(self, *args: object) -> None:
        self.constant_edit.setEnabled(self.kind() == "constant")
        self.template_edit.setEnabled(self.kind() == "template")
        if self.kind() == "constant":
            empty = self.constant_edit.currentText() == ""
            self.message.setText("Type or choose a value." if empty else value_message(self.value(), self.attr))
            return
        unknown = [p for p in template_placeholders(self.value()) if p != RECORD_ID and p not in self.fields]
        self.message.setText(
            "No field " + ", ".join("{" + u + "}" for u in unknown) + " in this ERD" if unknown else "✓ valid"
        )


class LookupDialog(QDialog):
    """Edit a lookup table: source value → target value, plus a default."""

    def __init__(
        self, source_values: list[str], attr: Attribute | None, mapping: Mapping, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupDialog")
        self.setWindowTitle(f"Lookup {mapping.source} → {mapping.target}")
        self.attr = attr
        self.removed = False
        lookup = mapping.lookup if isinstance(mapping.lookup, dict) else {}
        keys = list(dict.fromkeys([*source_values, *lookup]))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Source value", "Target value"])
        self.table.horizontalHeader().setStretchLastSection(True)
        for key in keys:
            self.add_row(key, show_value(lookup[key]) if key in lookup else "")
        default = "" if mapping.default is MISSING else show_value(mapping.default)
        self.default_edit = _value_combo(attr, default, allow_empty=True)
        self.message = QLabel()
        self.message.setObjectName("lookupMessage")
        self.message.setWordWrap(True)
        add, remove = QPushButton("Add row"), QPushButton("Remove lookup")
        add.clicked.connect(lambda: self.add_row("", ""))
        remove.clicked.connect(self.on_remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        form = QFormLayout()
        form.addRow("Default (for values not listed)", self.default_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(_buttons(self))
        self.table.itemChanged.connect(self.on_changed)
        self.default_edit.editTextChanged.connect(self.on_changed)
        self.resize(460, 420)
        self.on_changed()

    def add_row(self, source: str, target: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(source))
        combo = _value_combo(self.attr, target, allow_empty=True)
        combo.editTextChanged.connect(self.on_changed)
        self.table.setCellWidget(row, 1, combo)

    def target_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 1)

    def lookup(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            item, text = self.table.item(row, 0), self.target_combo(row).currentText()
            if item is not None and item.text() and text:
                out[item.text()] = parse_value(text, self.attr)
        return out

    def default(self) -> Any:
        text = self.default_edit.currentText()
        return parse_value(text, self.attr) if text else MISSING

    def on_remove(self) -> None:
        self.removed = True
        self.accept()

    def on_changed(self, *args: object) -> None:
        problems = [f"{k}: {value_message(v, self.attr)}" for k, v in self.lookup().items()]
        problems = [p for p in problems if "✓" not in p]
        if self.default() is not MISSING and "✓" not in value_message(self.default(), self.attr):
            problems.append("default: " + value_message(self.default(), self.attr))
        self.message.setText("\n".join(problems) if problems else "✓ every output is valid for the attribute")


class AutoMapDialog(QDialog):
    """Shows what "auto-map by name" will add; only the ticked proposals are applied."""

    def __init__(self, proposals: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoMapDialog")
        self.setWindowTitle("Auto-map by name")
        self.proposals = proposals
        self.list = QListWidget()
        for p in proposals:
            item = QListWidgetItem(f"{p.source} → {p.target}   ({p.reason})")
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        text = (
            f"{len(proposals)} unfilled attributes have a field of the same name (ignoring case, _ and -)."
            if proposals
            else "No unfilled attribute has a field of the same name; nothing to add."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self))

    def chosen(self) -> list[Proposal]:
        return [p for i, p in enumerate(self.proposals) if self.list.item(i).checkState() == Qt.CheckState.Checked]
