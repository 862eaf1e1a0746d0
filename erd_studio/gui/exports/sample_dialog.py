"""File → Import Fields from Sample…: paste a ticket as JSON, confirm the proposed fields.

The proposal is rebuilt as the user types or pastes. Each row can be ticked off, its
key renamed and its type changed before anything is added; Add runs one model edit,
so a single Ctrl+Z takes the whole import back.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.edits import key_problem
from ...core.imports import ProposedField, SampleError, SampleProposal, apply_fields, parse_sample, propose_fields
from ...core.model import FIELD_TYPES
from ..document import Document
from ..i18n import localized, localized_join

COL_KEY, COL_TYPE, COL_EXAMPLE, COL_NOTE = range(4)


class SampleDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleDialog")
        self.setWindowTitle(self.tr("Import fields from a sample"))
        self._document = document
        self._proposal = SampleProposal()
        self.sample_edit = QPlainTextEdit(objectName="sample")
        self.sample_edit.setAccessibleName(self.tr("Sample ticket (JSON)"))
        self.sample_edit.setTabChangesFocus(True)
        self.sample_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sample_edit.setPlaceholderText(
            self.tr(
                'Paste one ticket as JSON, e.g. {"summary": "Mail down", "reporter": {"email": "jane@example.com"}}'
            )
        )
        self.sample_edit.textChanged.connect(self.on_sample_changed)
        load = QPushButton(self.tr("&Load File…"), objectName="loadFile")
        load.clicked.connect(self.on_load_file)
        self.table = QTableWidget(0, 4, objectName="proposals")
        self.table.setHorizontalHeaderLabels(
            [self.tr("field key"), self.tr("type"), self.tr("example"), self.tr("note")]
        )
        self.table.setAccessibleName(self.tr("Proposed fields"))
        self.table.setAccessibleDescription(
            self.tr("Tick the fields to add; the key can be renamed and the type changed before adding")
        )
        self.table.horizontalHeader().setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self.on_item_changed)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add Fields"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addFields")
        self.buttons.accepted.connect(self.on_add)
        self.buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sample_edit)
        split.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(load, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(split, 1)
        # only widgets already in this window can be ordered (Qt warns and ignores the rest)
        for first, second in ((load, self.sample_edit), (self.sample_edit, self.table)):
            QWidget.setTabOrder(first, second)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(860, 640)
        self.on_sample_changed()

    def on_load_file(self) -> None:
        filters = "JSON (*.json);;" + self.tr("All files") + " (*)"
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Sample JSON"), str(Path.home()), filters)
        if path:
            try:
                self.sample_edit.setPlainText(Path(path).read_text("utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                self.message.setText(self.tr("Could not read {path}: {error}").format(path=path, error=exc))

    def on_sample_changed(self) -> None:
        """Every parse result replaces the whole proposal: table, Add button and message alike."""
        text = self.sample_edit.toPlainText()
        self._proposal = SampleProposal()
        error = ""
        if text.strip():
            try:
                self._proposal = propose_fields(parse_sample(text), self._document.model())
            except SampleError as exc:
                error = localized(exc)
        self._fill()
        self.on_item_changed()
        if error:
            self.message.setText(error)

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._proposal.fields))
        previous: QWidget = self.table
        for row, p in enumerate(self._proposal.fields):
            key = QTableWidgetItem(p.key)
            key.setFlags(key.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            key.setCheckState(Qt.CheckState.Checked if p.selected else Qt.CheckState.Unchecked)
            self.table.setItem(row, COL_KEY, key)
            types = QComboBox(objectName=f"type:{p.key}")
            types.addItems([t for t in FIELD_TYPES if t != "enum"])
            types.setCurrentText(p.type)
            types.setAccessibleName(self.tr("Type of {key}").format(key=p.key))
            self.table.setCellWidget(row, COL_TYPE, types)
            QWidget.setTabOrder(previous, types)  # after the table, in row order
            previous = types
            for col, text in (
                (COL_EXAMPLE, json.dumps(p.example, ensure_ascii=False)[:80]),
                (COL_NOTE, localized(p.note)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def chosen(self) -> list[ProposedField]:
        """The ticked rows with the keys and types as the user left them."""
        out = []
        for row, p in enumerate(self._proposal.fields):
            item = self.table.item(row, COL_KEY)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            combo = self.table.cellWidget(row, COL_TYPE)
            out.append(ProposedField(item.text().strip(), combo.currentText(), p.path, p.example, p.note))
        return out

    def problem(self) -> str | None:
        model = self._document.model()
        if model is None or not self._document.is_current():
            return self.tr("The ERD source has a JSON error (see Problems); fix it before importing.")
        keys = [p.key for p in self.chosen()]
        for key in keys:
            problem = key_problem(model, key)
            if problem:
                return f"{key}: {localized(problem)}"
            if keys.count(key) > 1:
                return self.tr('the key "{key}" is ticked twice; rename one of them').format(key=key)
        return None

    def on_item_changed(self, _item: QTableWidgetItem | None = None) -> None:
        skipped = localized_join(self._proposal.skipped, "; ")
        if not self._proposal.fields:
            self.add_button.setEnabled(False)
            self.add_button.setText(self.tr("Add Fields"))
            self.message.setText(self.tr("Left out: {skipped}").format(skipped=skipped) if skipped else "")
            return
        problem = self.problem()
        count = len(self.chosen())
        self.message.setText(problem or (self.tr("Left out: {skipped}").format(skipped=skipped) if skipped else ""))
        self.add_button.setEnabled(problem is None and count > 0)
        add = self.tr("Add 1 Field") if count == 1 else self.tr("Add {count} Fields").format(count=count)
        self.add_button.setText(add)

    def on_add(self) -> None:
        if self.problem() is None and self.chosen():
            count = len(self.chosen())
            description = (
                self.tr("Import 1 field from sample")
                if count == 1
                else self.tr("Import {count} fields from sample").format(count=count)
            )
            if self._document.apply_model_edit(description, apply_fields(self.chosen())):
                self.accept()
