"""Table model of the ERD's fields (key, label, type, required) over the Document's model.

Rows are the raw entries of ``fields`` so that row ``i`` is ``/fields/i`` everywhere.
Editing a cell, or dropping a dragged row, becomes one core edit through the Document;
the model resets itself from the Document's ``resultChanged`` and never keeps its own
copy of the data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from ...core import edits as E
from ...core.model import FIELD_TYPES, Field
from ..i18n import localized
from .common import ItemDiagnostics, severity_color, tooltip

COLUMNS = ("key", "label", "type", "required")
MIME = "application/x-erd-field-row"

Index = QModelIndex | QPersistentModelIndex


class FieldsModel(QAbstractTableModel):
    """One row per field entry; edits go through ``edit(description, fn)``.

    Signals: errorChanged(str) — why the last edit was refused ("" when it was applied).
    """

    errorChanged = Signal(str)

    def __init__(self, document: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.fields: list[Any] = []
        self.diags = ItemDiagnostics([])
        self.error: str | None = None  # last refused edit, for the panel to show
        document.resultChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        model = self.document.model()
        fields = list(model.fields) if model is not None and isinstance(model.fields, list) else []
        diags = ItemDiagnostics(self.document.diagnostics() if self.document.is_current() else [])
        if fields == self.fields and diags.by_item == self.diags.by_item:
            return
        self.beginResetModel()
        self.fields, self.diags = fields, diags
        self.endResetModel()

    # --- reading --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return (self.tr("Key"), self.tr("Label"), self.tr("Type"), self.tr("Required"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.fields[index.row()]
        column = COLUMNS[index.column()]
        if not isinstance(f, Field):
            return self.tr("(not an object)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        value = f.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "required":
            return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and column != "required":
            return value if isinstance(value, str) else ""
        found = self.diags.field(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and found and index.column() == 0:
            return QBrush(severity_color(found))
        if role == Qt.ItemDataRole.ToolTipRole and found:
            return tooltip(self.tr("Field {key}").format(key=f.key), found)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and value:
            return value  # the whole text of a cell that a narrow column shows shortened
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.document.is_current() else Qt.ItemFlag.NoItemFlags
        if not self.document.is_current() or not isinstance(self.fields[index.row()], Field):
            return base
        if COLUMNS[index.column()] == "required":
            return base | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    # --- editing ----------------------------------------------------------------------------
    def edit(self, description: str, fn: Any) -> bool:
        """Apply a core edit; a refused one is kept in ``error`` (the panel shows it)."""
        try:
            self._set_error(None)
            return bool(self.document.apply_model_edit(description, fn))
        except E.EditError as exc:
            self._set_error(localized(exc))
            return False

    def _set_error(self, text: str | None) -> None:
        self.error = text
        self.errorChanged.emit(text or "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = index.row(), COLUMNS[index.column()]
        key = self.fields[row].key
        if column == "required" and role == Qt.ItemDataRole.CheckStateRole:
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            what = self.tr("Make {key} required") if on else self.tr("Make {key} optional")
            return self.edit(what.format(key=key), lambda d: E.set_field_property(d, row, "required", on))
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == "key":
            what = self.tr("Rename field {key} to {new}").format(key=key, new=value)
            return self.edit(what, lambda d: E.rename_field(d, row, str(value)))
        if column == "type" and value not in FIELD_TYPES:
            self._set_error(
                self.tr('"{value}" is not a field type; use one of: {types}').format(
                    value=value, types=", ".join(FIELD_TYPES)
                )
            )
            return False
        stored = value if value != "" or column == "type" else E.MISSING
        what = self.tr("Set {property} of {key}").format(property=column, key=key)
        return self.edit(what, lambda d: E.set_field_property(d, row, column, stored))

    # --- drag to reorder ----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, str(indexes[0].row()).encode() if indexes else b"")
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME)).decode() or -1)
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self.fields)
        to = target - 1 if target > source else target
        if source < 0 or to == source:
            return False
        self.edit(self.tr("Move field"), lambda d: E.move_field(d, source, min(to, len(self.fields) - 1)))
        return False  # the Document redraws us; Qt must not remove the source row itself
