"""The fields panel: filter, add, duplicate, delete and reorder the ERD's fields.

Reordering works by dragging a row or with Alt+Up / Alt+Down. Selecting a row asks
every view to show ``/fields/i`` (the source view jumps there, the canvas selects the
box, the inspector shows it); a request from another view selects the row here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import edits as E
from ...core.model import FIELD_TYPES
from ..theme import colors
from .common import field_pointer, item_of
from .fields_model import FieldsModel


class TypeDelegate(QStyledItemDelegate):
    """A drop-down of the ten field types for the Type column."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(FIELD_TYPES)
        combo.setAccessibleName(QCoreApplication.translate("FieldsPanel", "Type"))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "string")

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if editor.currentText() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentText())


class FieldsPanel(QWidget):
    """Table of fields with a filter and add/duplicate/delete/move actions."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldsPanel")
        self.document = document
        self.model = FieldsModel(document, self)
        self._row: int | None = None
        self._syncing = False
        self._filtered = False
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter fields…"), clearButtonEnabled=True)
        self.filter_edit.setObjectName("fieldsFilter")
        self.filter_edit.setAccessibleName(self.tr("Filter fields"))
        self.filter_edit.setToolTip(self.tr("Show only the fields whose key or label contains this text"))
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table = QTableView()
        self.table.setObjectName("fieldsTable")
        self.table.setAccessibleName(self.tr("Fields"))
        self.table.setAccessibleDescription(
            self.tr("The ERD's fields: key, label, type, required. Alt+Up and Alt+Down move the selected field.")
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, TypeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab moves on to the next control
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self._size_columns()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row)
        self.model.modelReset.connect(self.on_reset)
        self.model.errorChanged.connect(self._show_error)
        self.message = QLabel(objectName="fieldsMessage", wordWrap=True)
        self.message.hide()
        self.actions_: dict[str, QAction] = {}
        self.buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        for name, text, short, tip, shortcut, slot in (
            (
                "add",
                self.tr("Add field"),
                "+",
                self.tr("Add a field after the selected one"),
                "Ctrl+Shift+A",
                self.add_field,
            ),
            (
                "duplicate",
                self.tr("Duplicate field"),
                self.tr("Copy"),
                self.tr("Duplicate the selected field"),
                "Ctrl+Shift+D",
                self.duplicate_field,
            ),
            ("delete", self.tr("Delete field"), "−", self.tr("Delete the selected field"), "Delete", self.delete_field),
            (
                "up",
                self.tr("Move field up"),
                "↑",
                self.tr("Move the selected field up"),
                "Alt+Up",
                lambda: self.move_field(-1),
            ),
            (
                "down",
                self.tr("Move field down"),
                "↓",
                self.tr("Move the selected field down"),
                "Alt+Down",
                lambda: self.move_field(1),
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(f"field_{name}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setIconText(short)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_[name] = action
            button = QToolButton(objectName=f"{name}FieldButton")
            button.setDefaultAction(action)
            button.setAccessibleName(text)
            bar.addWidget(button)
            self.buttons.append(button)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        document.selectionRequested.connect(self.on_selection_requested)
        document.parseStateChanged.connect(self.on_parse_state)
        self.update_enabled()

    def _size_columns(self) -> None:
        """Key and label share the room; type and required are as wide as their (translated)
        headers, and the table is never narrower than all headers side by side, so a long
        German header is not clipped. Narrower cells are shortened with "…" and a tooltip."""
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, mode in enumerate(("Stretch", "Stretch", "ResizeToContents", "ResizeToContents")):
            header.setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))
        # measure the rows on screen only: by default Qt asks 1,000 rows for their text on
        # every change (112,000 calls while a 1,000-field ERD opens)
        header.setResizeContentsPrecision(0)
        hints = [header.sectionSizeFromContents(c).width() for c in range(self.model.columnCount())]
        header.setMinimumSectionSize(min(hints))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        columns = 2 * max(hints[:2]) + sum(hints[2:])  # the two stretching columns get equal room
        numbers = self.table.verticalHeader().fontMetrics().horizontalAdvance("0000") + 8  # row numbers to 9999
        self.table.setMinimumWidth(columns + numbers + frame)

    def header_fits(self) -> bool:
        """Whether every column header is shown whole (what a reader of any language needs)."""
        header = self.table.horizontalHeader()
        return all(header.sectionSize(c) >= header.sectionSizeFromContents(c).width() for c in range(header.count()))

    def focus_chain(self) -> list[QWidget]:
        """Tab order inside the panel: filter, the buttons left to right, the table."""
        return [self.filter_edit, *self.buttons, self.table]

    # --- state ----------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        return self._row

    def on_parse_state(self, current: bool) -> None:
        self.update_enabled()

    def update_enabled(self) -> None:
        current = self.document.is_current()
        for action in self.actions_.values():
            action.setEnabled(current)
        self.table.setDragEnabled(current)

    def apply_filter(self, text: str = "") -> None:
        needle = self.filter_edit.text().strip().casefold()
        if not needle and not self._filtered:
            return  # nothing hidden, nothing to hide: no per-row work on large ERDs
        self._filtered = bool(needle)
        for row, f in enumerate(self.model.fields):
            words = f"{getattr(f, 'key', '')} {getattr(f, 'label', '')}".casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in words)

    def on_reset(self) -> None:
        self.apply_filter()
        if self._row is not None and self._row < self.model.rowCount():
            self._select_row(self._row)

    def _show_error(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.message.setStyleSheet(f"color: {colors().error.name()}")  # red of the light or dark scheme

    # --- selection sync -------------------------------------------------------------------------
    def _select_row(self, row: int) -> None:
        self._syncing = True
        try:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False

    def on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._row = current.row()
        if not self._syncing:
            self.document.select(field_pointer(current.row()), self)

    def on_selection_requested(self, pointer: str, origin: object) -> None:
        """Select the field another view asked for; anything else (a mapping, the target, …)
        clears the selection, so the table never shows a field that is no longer selected."""
        if origin is self:
            return
        found = item_of(pointer)
        if found is None or found[0] != "fields":
            self._clear_selection()
            return
        self._row = found[1]
        if found[1] < self.model.rowCount():
            self._select_row(found[1])

    def _clear_selection(self) -> None:
        self._row = None
        self._syncing = True
        try:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        finally:
            self._syncing = False

    # --- edits -------------------------------------------------------------------------------------
    def _edit(self, description: str, fn: Any, then_row: int | None) -> bool:
        previous, self._row = self._row, then_row
        done = self.model.edit(description, fn)
        if not done:
            self._row = previous
        if done and then_row is not None:
            self._select_row(then_row)
            self.document.select(field_pointer(then_row), self)
        return done

    def add_field(self) -> None:
        model = self.document.model()
        at = (
            (self._row + 1)
            if self._row is not None
            else len(model.fields if model and isinstance(model.fields, list) else [])
        )
        self._edit(self.tr("Add field"), lambda d: E.add_field(d, index=at), at)

    def duplicate_field(self) -> None:
        if self._row is not None:
            self._edit(self.tr("Duplicate field"), lambda d, r=self._row: E.duplicate_field(d, r), self._row + 1)

    def delete_field(self) -> None:
        row = self._row
        if row is None:
            return
        last = self.model.rowCount() - 2
        self._edit(self.tr("Delete field"), lambda d: E.delete_field(d, row), min(row, last) if last >= 0 else None)

    def move_field(self, step: int) -> None:
        row = self._row
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        self._edit(self.tr("Move field"), lambda d: E.move_field(d, row, row + step), row + step)
