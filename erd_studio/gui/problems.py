"""The problems panel: the Document's diagnostics as a sortable table.

Clicking a row or pressing Enter on it asks every view to show the place
(``Document.show_diagnostic``); F8 / Shift+F8 step to the next / previous problem in
the table's current order. The model only mirrors ``Document.diagnostics()`` and is
reset when a new result arrives.

With no problems the panel is one line ("No problems", drawn in the empty table so
that Tab still reaches it and a screen reader hears it), and the splitter it sits in
gives the room to the editors; the first problem brings the table back at its
previous height.
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
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import Diagnostic
from .document import Document
from .i18n import diagnostic_text
from .icons import icon

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
QWIDGETSIZE_MAX = (1 << 24) - 1
RESTORED_HEIGHT = 200  # the panel's height when problems appear and it had none before


class ProblemsModel(QAbstractTableModel):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[Diagnostic] = []
        self._icons = {True: icon("error", role="error"), False: icon("warning", role="warning")}
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


class ProblemsTable(QTableView):
    """The table; while it has no rows it says so in its one visible line."""

    def empty_text(self) -> str:
        return QCoreApplication.translate("ProblemsPanel", "✓ No problems")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.Text))
            area = self.viewport().rect().adjusted(6, 0, -6, 0)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text())

    def compact_height(self) -> int:
        """One line of text inside the frame."""
        return self.fontMetrics().height() + 10 + 2 * self.frameWidth()


class ProblemsPanel(QWidget):
    """Summary line plus the table; emits nothing of its own: it asks the Document to show places."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._document = document
        self.model = ProblemsModel(document, self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self._compact: bool | None = None
        self._restore_height = RESTORED_HEIGHT
        self._watched: QTabWidget | None = None
        self.table = ProblemsTable()
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
        self._show_compact(not diagnostics)
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

    # --- compact while there is nothing to show ---------------------------------------------
    def is_compact(self) -> bool:
        return bool(self._compact)

    def _show_compact(self, empty: bool) -> None:
        self.summary.setVisible(not empty)
        self.table.horizontalHeader().setVisible(not empty)
        self.table.setAccessibleDescription(
            self.table.empty_text()
            if empty
            else self.tr("Errors and warnings of the ERD; Enter goes to the place in the source view")
        )
        if empty:
            self.table.setFixedHeight(self.table.compact_height())
        else:
            self.table.setMinimumHeight(0)
            self.table.setMaximumHeight(QWIDGETSIZE_MAX)
        self._fit_pane()

    def _pane(self) -> tuple[QSplitter, QWidget] | None:
        """The splitter this panel sits in (below the editors) and the splitter's child that holds it."""
        child, parent = self, self.parentWidget()
        while parent is not None and not isinstance(parent, QSplitter):
            child, parent = parent, parent.parentWidget()
        return (parent, child) if parent is not None else None

    def _fit_pane(self) -> None:
        """Empty and on show: the pane shrinks to its one line; else it gets its height back."""
        found = self._pane()
        if found is None:
            return
        splitter, pane = found
        tabs = pane if isinstance(pane, QTabWidget) else None
        compact = not self.summary.isVisibleTo(self) and (tabs is None or tabs.currentWidget() is self)
        if compact == self._compact and compact:
            return
        if compact:
            height = splitter.sizes()[splitter.indexOf(pane)]
            if height > 2 * self.table.compact_height() + 40:
                self._restore_height = height
            bar = tabs.tabBar().sizeHint().height() if tabs is not None else 0
            pane.setMaximumHeight(bar + self.table.compact_height() + 12)
        elif self._compact:
            pane.setMaximumHeight(QWIDGETSIZE_MAX)
            self._give_back(splitter, splitter.indexOf(pane))
        self._compact = compact

    def _give_back(self, splitter: QSplitter, index: int) -> None:
        sizes = splitter.sizes()
        grow = max(0, self._restore_height - sizes[index])
        donor = 0 if index != 0 else len(sizes) - 1
        sizes[index] += min(grow, max(0, sizes[donor] - 100))
        sizes[donor] -= min(grow, max(0, sizes[donor] - 100))
        splitter.setSizes(sizes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        found = self._pane()
        tabs = found[1] if found is not None and isinstance(found[1], QTabWidget) else None
        if tabs is not None and tabs is not self._watched:
            self._watched = tabs
            tabs.currentChanged.connect(self._on_tab_changed)  # a bound slot: dropped when the panel goes
        self._fit_pane()

    def _on_tab_changed(self, _index: int) -> None:
        self._fit_pane()

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
