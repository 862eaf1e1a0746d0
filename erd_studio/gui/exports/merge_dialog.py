"""File → Import from ERD…: take fields and mappings from another ERD file.

After a file is chosen the dialog lists what will be added and, for each conflict
(same field key or same target attribute, defined differently), both definitions
side by side with a choice: keep mine, take theirs, or rename theirs. Apply runs one
model edit (one undo step).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
from ..i18n import diagnostic_text, localized


def choice_text(choice: str) -> str:
    """How a conflict choice reads in the "use" column."""
    return {
        KEEP_MINE: QCoreApplication.translate("MergeDialog", "Keep mine"),
        TAKE_THEIRS: QCoreApplication.translate("MergeDialog", "Take theirs"),
        RENAME: QCoreApplication.translate("MergeDialog", "Rename theirs"),
    }[choice]


def _compact(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


class MergeDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Import from another ERD"))
        self._document = document
        self.plan: MergePlan | None = None
        self.path_edit = QLineEdit(objectName="path", placeholderText=self.tr("the other ERD file"))
        self.path_edit.setAccessibleName(self.tr("Other ERD file"))
        browse = QPushButton(self.tr("&Browse…"), objectName="browse")
        browse.clicked.connect(self.on_browse)
        load = QPushButton(self.tr("&Load"), objectName="load")
        load.clicked.connect(self.load)
        load.setDefault(True)  # Return in the path field loads; it never imports by surprise
        browse.setAutoDefault(False)
        self.summary = QListWidget(objectName="summary")
        self.summary.setAccessibleName(self.tr("What will be added"))
        self.conflicts = QTableWidget(0, 4, objectName="conflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setAccessibleDescription(
            self.tr("Each row shows both definitions; choose in the last column which one to use")
        )
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("conflict"), self.tr("mine"), self.tr("theirs"), self.tr("use")]
        )
        for col in (1, 2):
            self.conflicts.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.setWordWrap(True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
        summary_label = QLabel(self.tr("&What will be added:"))
        summary_label.setBuddy(self.summary)
        conflicts_label = QLabel(self.tr("&Conflicts — choose for each:"))
        conflicts_label.setBuddy(self.conflicts)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(conflicts_label)
        layout.addWidget(self.conflicts, 2)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(920, 620)

    def on_browse(self) -> None:
        start = str(self._document.path().parent) if self._document.path() else str(Path.home())
        filters = self.tr("ERD files") + " (*.erd.json *.json);;" + self.tr("All files") + " (*)"
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Other ERD"), start, filters)
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
            self.message.setText(self.tr("The ERD source has a JSON error (see Problems); fix it before importing."))
            return False
        path = self.path_edit.text().strip()
        try:
            theirs = load_path(Path(path).expanduser(), self._document.registry())
        except FileError as exc:
            self.message.setText(self.tr("{problem}. Choose an ERD file.").format(problem=localized(exc)))
            return False
        if theirs.document is None:
            first = theirs.diagnostics[0]
            self.message.setText(
                self.tr("{path} is not a usable ERD (line {line}: {problem}).").format(
                    path=path, line=first.line, problem=diagnostic_text(first)
                )
            )
            return False
        self.plan = plan_merge(mine, theirs.document)
        self._show(self.plan)
        return True

    def _show(self, plan: MergePlan) -> None:
        lines = ["+ " + self.tr("field {key}").format(key=f.key) for f in plan.new_fields]
        lines += ["+ " + self.tr("mapping of {attribute}").format(attribute=m.target) for m in plan.new_mappings]
        lines += [
            "= " + self.tr("{what} (already the same, nothing to do)").format(what=localized(s)) for s in plan.same
        ]
        lines += [self.tr("note: {note}").format(note=localized(n)) for n in plan.notes]
        self.summary.addItems(lines)
        self.conflicts.setRowCount(len(plan.conflicts))
        previous: QWidget = self.conflicts
        for row, c in enumerate(plan.conflicts):
            label = (self.tr("field {key}") if c.kind == "field" else self.tr("attribute {key}")).format(key=c.key)
            for col, text in enumerate((label, _compact(c.mine), _compact(c.theirs))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(localized(c.describe()) if col == 0 else text)
                self.conflicts.setItem(row, col, item)
            combo = QComboBox(objectName=f"choice:{c.kind}:{c.key}")
            combo.setAccessibleName(self.tr("Use for {conflict}").format(conflict=label))
            for choice in c.choices():
                combo.addItem(choice_text(choice), choice)
            combo.setCurrentIndex(combo.findData(c.choice))
            combo.currentIndexChanged.connect(lambda _i, c=c, combo=combo: setattr(c, "choice", combo.currentData()))
            self.conflicts.setCellWidget(row, 3, combo)
            QWidget.setTabOrder(previous, combo)  # Tab goes through the choices, in row order
            previous = combo
        self.conflicts.resizeColumnToContents(3)  # the longest choice whole ("Andere umbenennen")
        self.conflicts.resizeRowsToContents()
        if plan.is_empty():
            self.message.setText(self.tr("The other ERD adds nothing: everything it has is already here."))
        else:
            n = len(plan.conflicts)
            if n == 0:
                self.message.setText(self.tr("No conflicts."))
            elif n == 1:
                self.message.setText(self.tr("1 conflict to decide."))
            else:
                self.message.setText(self.tr("{count} conflicts to decide.").format(count=n))
        self.apply_button.setEnabled(not plan.is_empty())

    def choice_box(self, kind: str, key: str) -> QComboBox:
        return self.findChild(QComboBox, f"choice:{kind}:{key}")

    def on_apply(self) -> None:
        if self.plan is None or self.plan.is_empty():
            return
        name = Path(self.path_edit.text().strip()).name
        if self._document.apply_model_edit(self.tr("Import from {name}").format(name=name), apply_merge(self.plan)):
            self.accept()
