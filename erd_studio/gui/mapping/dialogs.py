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

from PySide6.QtCore import QCoreApplication, Qt
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
from ...core.types import convert_msg, describe_type_msg
from .common import tab_order

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


def _core_text(template: str) -> str:
    return QCoreApplication.translate("Diagnostics", template)


def valid_text() -> str:
    return QCoreApplication.translate("MappingDialogs", "✓ valid")


def value_message(value: Any, attr: Attribute | None) -> str:
    """ "✓ valid", or why ``value`` cannot fill ``attr`` (in the user's language)."""
    if attr is None:
        return ""
    _, problem = convert_msg(value, attr)
    if problem is None:
        return valid_text()
    return QCoreApplication.translate("MappingDialogs", "Not valid for {key} ({type}): {problem}").format(
        key=attr.key, type=describe_type_msg(attr.type).render(_core_text), problem=problem.render(_core_text)
    )


def fill_description(key: str, kind: str) -> str:
    """The undo text of filling an attribute (the kind is a format keyword and stays as it is)."""
    return QCoreApplication.translate("MappingDialogs", "Fill {key} with a {kind}").format(key=key, kind=kind)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _value_combo(attr: Attribute | None, current: str, allow_empty: bool = False, name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setAccessibleName(name)
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
        self.setWindowTitle(self.tr("Fill {attribute}").format(attribute=attr_key))
        self.attr, self.fields = attr, set(fields)
        self.constant_radio = QRadioButton(self.tr("&Constant"), objectName="constantRadio")
        self.template_radio = QRadioButton(self.tr("&Template"), objectName="templateRadio")
        group = QButtonGroup(self)
        group.addButton(self.constant_radio)
        group.addButton(self.template_radio)
        is_template = current is not None and current.kind == "template"
        constant = show_value(current.constant) if current is not None and current.kind == "constant" else ""
        self.constant_edit = _value_combo(attr, constant, name=self.tr("Constant value"))
        self.constant_edit.setObjectName("constantEdit")
        self.template_edit = QLineEdit(current.template if is_template and isinstance(current.template, str) else "")
        self.template_edit.setObjectName("templateEdit")
        self.template_edit.setAccessibleName(self.tr("Template"))
        self.template_edit.setAccessibleDescription(
            self.tr("Text with {field} placeholders for field values and {id} for the record id")
        )
        self.template_edit.setPlaceholderText("[{id}] " + " ".join("{" + f + "}" for f in fields[:2]))
        self.message = QLabel()
        self.message.setObjectName("valueMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        required = " · " + self.tr("required") if attr is not None and attr.required else ""
        kind = f"{attr.type}{required}" if attr else self.tr("not in the target profile")
        form.addRow(self.tr("Attribute"), QLabel(f"{attr_key} ({kind})"))
        form.addRow(self.constant_radio, self.constant_edit)
        form.addRow(self.template_radio, self.template_edit)
        names = ", ".join("{" + f + "}" for f in fields[:20])
        form.addRow(QLabel(self.tr("Fields: {names}  ·  {{id}}: the record id").format(names=names)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = _buttons(self)
        layout.addWidget(buttons)
        tab_order([self.constant_radio, self.constant_edit, self.template_radio, self.template_edit, buttons])
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
            self.message.setText(
                self.tr("Type or choose a value.") if empty else value_message(self.value(), self.attr)
            )
            return
        unknown = [p for p in template_placeholders(self.value()) if p != RECORD_ID and p not in self.fields]
        names = ", ".join("{" + u + "}" for u in unknown)
        self.message.setText(self.tr("No field {names} in this ERD").format(names=names) if unknown else valid_text())


class LookupDialog(QDialog):
    """Edit a lookup table: source value → target value, plus a default."""

    def __init__(
        self, source_values: list[str], attr: Attribute | None, mapping: Mapping, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupDialog")
        self.setWindowTitle(self.tr("Lookup {source} → {target}").format(source=mapping.source, target=mapping.target))
        self.attr = attr
        self.removed = False
        lookup = mapping.lookup if isinstance(mapping.lookup, dict) else {}
        keys = list(dict.fromkeys([*source_values, *lookup]))
        self.table = QTableWidget(0, 2, objectName="lookupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Source value"), self.tr("Target value")])
        self.table.setAccessibleName(self.tr("Lookup table"))
        self.table.setAccessibleDescription(self.tr("Each row turns a source value into a target value"))
        self.table.horizontalHeader().setStretchLastSection(True)
        for key in keys:
            self.add_row(key, show_value(lookup[key]) if key in lookup else "")
        default = "" if mapping.default is MISSING else show_value(mapping.default)
        self.default_edit = _value_combo(attr, default, allow_empty=True, name=self.tr("Default value"))
        self.default_edit.setObjectName("defaultEdit")
        self.message = QLabel()
        self.message.setObjectName("lookupMessage")
        self.message.setWordWrap(True)
        add = QPushButton(self.tr("&Add row"), objectName="addRow")
        remove = QPushButton(self.tr("&Remove lookup"), objectName="removeLookup")
        add.clicked.connect(lambda: self.add_row("", ""))
        remove.clicked.connect(self.on_remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Default (for values not listed)"), self.default_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = _buttons(self)
        layout.addWidget(buttons)
        combos = [self.target_combo(r) for r in range(self.table.rowCount())]
        tab_order([self.table, *combos, add, remove, self.default_edit, buttons])
        self.table.itemChanged.connect(self.on_changed)
        self.default_edit.editTextChanged.connect(self.on_changed)
        self.resize(460, 420)
        self.on_changed()

    def add_row(self, source: str, target: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(source))
        combo = _value_combo(self.attr, target, allow_empty=True, name=self.tr("Target value"))
        combo.editTextChanged.connect(self.on_changed)
        self.table.setCellWidget(row, 1, combo)
        if self.table.window() is self:  # rows added later; __init__ orders the first ones
            previous = self.target_combo(row - 1) if row > 0 else self.table
            QWidget.setTabOrder(previous, combo)  # Tab reaches each target value after the table, in row order

    def target_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 1)

    def lookup(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            item, combo = self.table.item(row, 0), self.target_combo(row)
            text = combo.currentText() if combo is not None else ""  # None while "Add row" builds the row
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
            problems.append(self.tr("default: {problem}").format(problem=value_message(self.default(), self.attr)))
        self.message.setText("\n".join(problems) if problems else self.tr("✓ every output is valid for the attribute"))


class AutoMapDialog(QDialog):
    """Shows what "auto-map by name" will add; only the ticked proposals are applied."""

    def __init__(self, proposals: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoMapDialog")
        self.setWindowTitle(self.tr("Auto-map by name"))
        self.proposals = proposals
        self.list = QListWidget(objectName="proposalList")
        self.list.setAccessibleName(self.tr("Proposed mappings"))
        self.list.setAccessibleDescription(self.tr("Only the ticked proposals are applied; Space ticks or unticks"))
        for p in proposals:
            item = QListWidgetItem(f"{p.source} → {p.target}   ({p.reason})")
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        text = (
            self.tr("{count} unfilled attributes have a field of the same name (ignoring case, _ and -).").format(
                count=len(proposals)
            )
            if proposals
            else self.tr("No unfilled attribute has a field of the same name; nothing to add.")
        )
        label = QLabel(text, wordWrap=True)
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        buttons = _buttons(self)
        layout.addWidget(buttons)
        tab_order([self.list, buttons])

    def chosen(self) -> list[Proposal]:
        return [p for i, p in enumerate(self.proposals) if self.list.item(i).checkState() == Qt.CheckState.Checked]
