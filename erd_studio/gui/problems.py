"""The problems panel: the Document's diagnostics as a sortable table.

Clicking a row or pressing Enter on it asks every view to show the place
(``Document.show_diagnostic``); F8 / Shift+F8 step to the next / previous problem in
the table's current order. The model only mirrors ``Document.diagnostics()`` and is
reset when a new result arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from ..core import Diagnostic
from .document import Document
from .i18n import diagnostic_text

COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemsModel", "Severity"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Code"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Message"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Line:Col"),
    QT_TRANSLATE_NOOP("ProblemsModel", "Pointer"),
)
SEVERITIES = {
    "error": QT_TRANSLATE_NOOP("ProblemsModel", "error"),
    "warning": QT_TRANSLATE_NOOP("ProblemsModel", "warning"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ProblemsModel(QAbstractTableModel):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[Diagnostic] = []
        style = parent.style() if parent is not None else None
        self._icons = {}
        if style is not None:
            self._icons = {
                True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            }
        document.resultChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._document.diagnostics())
        self.endResetModel()

    def diagnostic(self, row: int) -> Diagnostic:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return QCoreApplication.translate("ProblemsModel", SEVERITIES.get(d.severity, d.severity))
            return (None, d.code, diagnostic_text(d), f"{d.line}:{d.column}", d.pointer or "/")[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._icons.get(d.is_error)
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return diagnostic_text(d)
        if role == SORT_ROLE:
            position = (d.line, d.column)
            return ((0 if d.is_error else 1, position), (d.code, position), (d.message,), position, (d.pointer,))[col]
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class ProblemsPanel(QWidget):
    """Summary line plus the table; emits nothing of its own: it asks the Document to show places."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._document = document
        self.model = ProblemsModel(document, self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setAccessibleDescription(
            self.tr("Errors and warnings of the ERD; Enter goes to the place in the source view")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self.on_activated)
        self.table.activated.connect(self.on_activated)
        self.summary = QLabel()
        self.summary.setObjectName("problemsSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        document.resultChanged.connect(self._update_summary)
        self._update_summary()
        self.next_action = self._action(self.tr("Next &Problem"), QKeySequence("F8"), self.next_problem)
        self.previous_action = self._action(
            self.tr("Previous P&roblem"), QKeySequence("Shift+F8"), self.previous_problem
        )

    def _action(self, text: str, keys: QKeySequence, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.triggered.connect(slot)
        return action

    def _update_summary(self) -> None:
        diagnostics = self._document.diagnostics()
        if not diagnostics:
            self.summary.setText(self.tr("Problems: none"))
            return
        errors = sum(1 for d in diagnostics if d.is_error)
        warnings = len(diagnostics) - errors
        error_text = self.tr("{n} error") if errors == 1 else self.tr("{n} errors")
        warning_text = self.tr("{n} warning") if warnings == 1 else self.tr("{n} warnings")
        self.summary.setText(
            self.tr("Problems: {errors}, {warnings} (click or Enter = go there)").format(
                errors=error_text.format(n=errors), warnings=warning_text.format(n=warnings)
            )
        )

    def on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.proxy.mapToSource(index).row()
            self._document.show_diagnostic(self.model.diagnostic(row), self)

    def next_problem(self) -> None:
        self._step(+1)

    def previous_problem(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex()
        row = (current.row() + delta) % rows if current.isValid() else (0 if delta > 0 else rows - 1)
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.on_activated(index)
