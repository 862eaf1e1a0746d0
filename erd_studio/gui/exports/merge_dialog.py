"""File → Import from ERD…: take fields and mappings from another ERD file.

After a file is chosen the dialog lists what will be added and, for each conflict
(same field key or same target attribute, defined differently), both definitions
side by side with a choice: keep mine, take theirs, or rename theirs. Apply runs one
model edit (one undo step).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import FileError, load_path
from ...core.imports import KEEP_MINE, RENAME, TAKE_THEIRS, MergePlan, apply_merge, plan_merge
from ..document import Document

CHOICE_TEXT = {KEEP_MINE: "Keep mine", TAKE_THEIRS: "Take theirs", RENAME: "Rename theirs"}


def _compact(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


class MergeDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle("Import from another ERD")
        self._document = document
        self.plan: MergePlan | None = None
        self.path_edit = QLineEdit(objectName="path", placeholderText="the other ERD file")
        browse = QPushButton("Browse…", objectName="browse")
        browse.clicked.connect(self.on_browse)
        load = QPushButton("Load", objectName="load")
        load.clicked.connect(self.load)
        load.setDefault(True)  # Return in the path field loads; it never imports by surprise
        browse.setAutoDefault(False)
        self.summary = QListWidget(objectName="summary")
        self.conflicts = QTableWidget(0, 4, objectName="conflicts")
        self.conflicts.setHorizontalHeaderLabels(["conflict", "mine", "theirs", "use"])
        for col in (1, 2):
            self.conflicts.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.setWordWrap(True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("apply")
        self.apply_button.setEnabled(False)
        self.apply_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.on_apply)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(load)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel("What will be added:"))
        layout.addWidget(self.summary, 1)
        layout.addWidget(QLabel("Conflicts — choose for each:"))
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(920, 620)

    def on_browse(self) -> None:
        start = str(self._document.path().parent) if self._document.path() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Other ERD", start, "ERD files (*.erd.json *.json);;All files (*)")
        if path:
            self.path_edit.setText(path)
            self.load()

    def load(self) -> bool:
        """Read the other ERD and show the plan; False (with a message) when it cannot be used."""
        self.plan = None
        self.summary.clear()
        self.conflicts.setRowCount(0)
        self.apply_button.setEnabled(False)
        mine = self._document.model()
        if mine is None or not self._document.is_current():
            self.message.setText("The ERD source has a JSON error (see Problems); fix it before importing.")
            return False
        path = self.path_edit.text().strip()
        try:
            theirs = load_path(Path(path).expanduser(), self._document.registry())
        except FileError as exc:
            self.message.setText(f"{exc}. Choose an ERD file.")
            return False
        if theirs.document is None:
            first = theirs.diagnostics[0]
            self.message.setText(f"{path} is not a usable ERD (line {first.line}: {first.message}).")
            return False
        self.plan = plan_merge(mine, theirs.document)
        self._show(self.plan)
        return True

    def _show(self, plan: MergePlan) -> None:
        lines = [f"+ field {f.key}" for f in plan.new_fields]
        lines += [f"+ mapping of {m.target}" for m in plan.new_mappings]
        lines += [f"= {s} (already the same, nothing to do)" for s in plan.same]
        lines += [f"note: {n}" for n in plan.notes]
        self.summary.addItems(lines)
        self.conflicts.setRowCount(len(plan.conflicts))
        for row, c in enumerate(plan.conflicts):
            label = f"{'field' if c.kind == 'field' else 'attribute'} {c.key}"
            for col, text in enumerate((label, _compact(c.mine), _compact(c.theirs))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(c.describe() if col == 0 else text)
                self.conflicts.setItem(row, col, item)
            combo = QComboBox(objectName=f"choice:{c.kind}:{c.key}")
            for choice in c.choices():
                combo.addItem(CHOICE_TEXT[choice], choice)
            combo.setCurrentIndex(combo.findData(c.choice))
            combo.currentIndexChanged.connect(lambda _i, c=c, combo=combo: setattr(c, "choice", combo.currentData()))
            self.conflicts.setCellWidget(row, 3, combo)
        self.conflicts.resizeRowsToContents()
        if plan.is_empty():
            self.message.setText("The other ERD adds nothing: everything it has is already here.")
        else:
            n = len(plan.conflicts)
            self.message.setText(f"{n} conflict{'s' if n != 1 else ''} to decide." if n else "No conflicts.")
        self.apply_button.setEnabled(not plan.is_empty())

    def choice_box(self, kind: str, key: str) -> QComboBox:
        return self.findChild(QComboBox, f"choice:{kind}:{key}")

    def on_apply(self) -> None:
        if self.plan is None or self.plan.is_empty():
            return
        name = Path(self.path_edit.text().strip()).name
        if self._document.apply_model_edit(f"Import from {name}", apply_merge(self.plan)):
            self.accept()
