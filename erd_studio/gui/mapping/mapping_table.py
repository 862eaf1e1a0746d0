"""The keyboard-only way to map: one row per target attribute.

Columns: attribute (required ones marked *), what fills it (source / constant /
template / nothing), the value (a field key, a constant, a template) and the lookup.
Tab and the arrow keys move, F2 or typing edits, Delete removes the row's mapping,
Enter or F2 on the Lookup column opens the lookup editor. Every change is one core
edit through the Document, the same as on the canvas.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableView, QWidget

from ...core import MISSING, Mapping
from ...core import edits as E
from .actions import MappingActions
from .common import ItemDiagnostics, item_of, kind_text, mapping_pointer, run_edit, severity_color, tooltip
from .dialogs import fill_description, parse_value, show_value

KINDS = ("—", "source", "constant", "template")
Index = QModelIndex | QPersistentModelIndex


class MappingTableModel(QAbstractTableModel):
    """Rows: the profile's attributes, then mapping targets the profile lacks."""

    def __init__(self, document: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: list[tuple[str, Any, int | None]] = []  # (attribute key, Attribute|None, mapping index)
        self.diags = ItemDiagnostics([])
        document.resultChanged.connect(self.refresh)
        document.profilesChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        model, profile = self.document.model(), self.document.profile()
        rows: list[tuple[str, Any, int | None]] = []
        index_of: dict[str, int] = {}
        if model is not None:
            for i, m in enumerate(model.mappings if isinstance(model.mappings, list) else []):
                if isinstance(m, Mapping) and isinstance(m.target, str):
                    index_of.setdefault(m.target, i)
        for attr in profile.attributes if profile else []:
            rows.append((attr.key, attr, index_of.pop(attr.key, None)))
        rows.extend((key, None, i) for key, i in index_of.items())
        self.beginResetModel()
        self.rows = rows
        self.diags = ItemDiagnostics(self.document.diagnostics() if self.document.is_current() else [])
        self.endResetModel()

    def mapping(self, row: int) -> Mapping | None:
        index = self.rows[row][2]
        return self.document.model().mappings[index] if index is not None else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return (self.tr("Attribute"), self.tr("Filled by"), self.tr("Value"), self.tr("Lookup"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, attr, mi = self.rows[index.row()]
        m = self.mapping(index.row())
        found = (self.diags.mapping(mi) if mi is not None else []) + (
            [self.diags.unfilled[key]] if key in self.diags.unfilled else []
        )
        if role == Qt.ItemDataRole.ForegroundRole and found:
            return QBrush(severity_color(found))
        if role == Qt.ItemDataRole.ToolTipRole:
            required = ", " + self.tr("required") if attr is not None and attr.required else ""
            what = f"{attr.type}{required}" if attr else self.tr("not in the target profile")
            return tooltip(f"{key} ({what})", found)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        column = index.column()
        if column == 0:
            return (
                key
                + (" *" if attr is not None and attr.required else "")
                + ("  " + self.tr("(not in profile)") if attr is None else "")
            )
        if m is None:
            return "—" if column == 1 else ""
        if column == 1:  # the user reads a translated word; editing works with the format keyword
            return kind_text(m.kind) if role == Qt.ItemDataRole.DisplayRole else (m.kind or "invalid")
        if column == 2:
            return show_value(m.get(m.kind)) if m.kind else ""
        if isinstance(m.lookup, dict):
            if m.default is MISSING:
                return self.tr("{count} values").format(count=len(m.lookup))
            return self.tr("{count} values, default {default}").format(
                count=len(m.lookup), default=show_value(m.default)
            )
        return "—"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.document.is_current() and index.column() in (1, 2):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        key, attr, _mi = self.rows[index.row()]
        m = self.mapping(index.row())
        text = str(value)
        if index.column() == 1:
            kind = text
            if kind == (m.kind if m else "—"):
                return False
            if kind == "—":
                return run_edit(
                    self.document,
                    self.tr("Unmap {key}").format(key=key),
                    lambda d: E.remove_mapping(d, key),
                    self.parent(),
                )
            old = show_value(m.get(m.kind)) if m is not None and m.kind else ""
            text = old if kind != "source" or old in self._field_keys() else self._guess_field(key)
        else:
            kind = m.kind if m is not None and m.kind else ("source" if text in self._field_keys() else "constant")
        kwargs: dict[str, Any] = {kind: text if kind != "constant" else parse_value(text, attr)}
        if kind == "source" and m is not None and m.kind == "source" and isinstance(m.lookup, dict):
            kwargs.update(lookup=m.lookup, default=m.default)
        description = fill_description(key, kind)
        return run_edit(self.document, description, lambda d: E.set_mapping(d, key, **kwargs), self.parent())

    def _field_keys(self) -> list[str]:
        model = self.document.model()
        return [f.key for f in model.field_list() if isinstance(f.key, str)] if model else []

    def _guess_field(self, attr_key: str) -> str:
        keys = self._field_keys()
        same = [k for k in keys if E.normalize_name(k) == E.normalize_name(attr_key)]
        return (same or keys or [""])[0]


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down: the kinds in column 1; the field keys in column 2 of a source row."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        model: MappingTableModel = index.model()
        if index.column() == 1:
            choices = [(kind if kind == "—" else kind_text(kind), kind) for kind in KINDS]
        elif model.data(model.index(index.row(), 1), Qt.ItemDataRole.EditRole) == "source":
            choices = [(key, key) for key in model._field_keys()]
        else:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in choices:  # shows the translated word, stores the format keyword
            combo.addItem(text, value)
        combo.setAccessibleName(model.headerData(index.column(), Qt.Orientation.Horizontal))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class MappingTable(QTableView):
    """The table view with the keys that make it usable without a mouse."""

    def __init__(self, document: Any, actions: MappingActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingTable")
        self.setAccessibleName(self.tr("Mapping table"))
        self.setAccessibleDescription(
            self.tr(
                "One row per target attribute: what fills it and with which value. Tab moves from cell to cell and leaves the table after the last one. F2 or typing edits a cell, Delete removes the row's mapping, Enter on the Lookup column opens the lookup editor."
            )
        )
        self.document = document
        self.actions = actions
        self._syncing = False
        self.table_model = MappingTableModel(document, self)
        self.setModel(self.table_model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in (0, 2):  # attribute and value share the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._size_short_columns()
        self.verticalHeader().hide()
        self._row = 0
        self.table_model.modelReset.connect(self.on_reset)
        self.selectionModel().currentRowChanged.connect(self.on_current_row)
        document.selectionRequested.connect(self.on_selection_requested)

    def _size_short_columns(self) -> None:
        """ "Filled by" and "Lookup" as wide as their (translated) header or their words.

        Measured once, not ResizeToContents: that asks every row for its text whenever the
        current cell moves (16,000 calls while a 1,000-field ERD opens).
        """
        header, metrics = self.horizontalHeader(), self.fontMetrics()
        words = {
            1: [kind_text(k) for k in KINDS[1:]] + [kind_text(None)],
            3: [self.table_model.tr("{count} values").format(count=99)],
        }
        for column, texts in words.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            widest = max(metrics.horizontalAdvance(t) for t in texts) + 24
            header.resizeSection(column, max(header.sectionSizeFromContents(column).width(), widest))

    def row_of(self, attr_key: str) -> int | None:
        return next((r for r, row in enumerate(self.table_model.rows) if row[0] == attr_key), None)

    def on_reset(self) -> None:
        if self._row < self.table_model.rowCount():
            self._syncing = True
            self.setCurrentIndex(self.table_model.index(self._row, min(max(self.currentIndex().column(), 0), 3)))
            self._syncing = False

    def on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._row = current.row()
        mi = self.table_model.rows[current.row()][2]
        if not self._syncing and mi is not None:
            self.document.select(mapping_pointer(mi), self)

    def on_selection_requested(self, pointer: str, origin: object) -> None:
        found = item_of(pointer)
        if origin is self or found is None or found[0] != "mappings":
            return
        row = next((r for r, row in enumerate(self.table_model.rows) if row[2] == found[1]), None)
        if row is not None:
            self._syncing = True
            self._row = row
            self.setCurrentIndex(self.table_model.index(row, 0))
            self._syncing = False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves from cell to cell, and out of the table after the last cell (Shift+Tab: before the first)."""
        index, rows = self.currentIndex(), self.table_model.rowCount()
        last = self.table_model.columnCount() - 1
        leaving = (
            not index.isValid()
            or (next and index.row() == rows - 1 and index.column() == last)
            or (not next and index.row() == 0 and index.column() == 0)
        )
        if leaving and self.state() != QAbstractItemView.State.EditingState:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            mi = self.table_model.rows[index.row()][2]
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mi is not None:
                self.actions.delete_mappings([mi], self)
                return
            if index.column() == 3 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                if mi is not None:
                    self.actions.edit_lookup(mi, self)
                return
        super().keyPressEvent(event)
