"""What the canvas and the mapping table do to mappings, in one place.

Both views offer the same operations (map, fill with a constant or template, edit a
lookup, remove, auto-map); each ends in exactly one core edit through
``Document.apply_model_edit``, so it is one undo step and the views redraw from the
Document's signals. Dialogs open asynchronously; ``dialog`` is the one open now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...core import MISSING
from ...core import edits as E
from .common import run_edit
from .dialogs import AutoMapDialog, LookupDialog, ValueDialog, fill_description


class MappingActions(QObject):
    """Mapping operations on one Document, shared by the canvas and the mapping table."""

    def __init__(self, document: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.dialog: QDialog | QMessageBox | None = None

    def editable(self) -> bool:
        return self.document.is_current() and self.document.model() is not None

    def _show(self, dialog: QDialog | QMessageBox, on_accept) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._finished(dialog, result, on_accept))
        dialog.open()

    def _finished(self, dialog: QDialog | QMessageBox, result: int, on_accept) -> None:
        if self.dialog is dialog:
            self.dialog = None
        accepted = int(result) in (QDialog.DialogCode.Accepted.value, QMessageBox.StandardButton.Yes.value)
        dialog.deleteLater()
        if accepted and self.editable():
            on_accept()

    # --- mapping from a field --------------------------------------------------------------
    def map_field(self, field_key: str, attr_key: str, parent: QWidget) -> None:
        """Map a field to an attribute; asks first when the attribute is already filled."""
        if not self.editable():
            return
        model = self.document.model()
        index = E.mapping_index(model, attr_key)
        apply = lambda: run_edit(  # noqa: E731
            self.document,
            self.tr("Map {field} → {attribute}").format(field=field_key, attribute=attr_key),
            lambda d: E.set_mapping(d, attr_key, source=field_key),
            parent,
        )
        if index is None:
            apply()
            return
        current = model.mappings[index]
        if current.source == field_key and current.kind == "source":
            return
        if current.kind == "source":
            what = self.tr('the field "{field}"').format(field=current.source)
        elif current.kind == "constant":
            what = self.tr("a constant")
        elif current.kind == "template":
            what = self.tr("a template")
        else:
            what = self.tr("a mapping")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace mapping?"),
            self.tr('"{attribute}" is already filled by {what}. Replace it with "{field}"?').format(
                attribute=attr_key, what=what, field=field_key
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setObjectName("replaceBox")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self._show(box, apply)

    # --- constant / template ------------------------------------------------------------------
    def ask_value(self, attr_key: str, parent: QWidget) -> None:
        if not self.editable():
            return
        model, profile = self.document.model(), self.document.profile()
        attr = profile.attribute(attr_key) if profile else None
        index = E.mapping_index(model, attr_key)
        current = model.mappings[index] if index is not None else None
        keys = [f.key for f in model.field_list() if isinstance(f.key, str)]
        dialog = ValueDialog(attr_key, attr, keys, current, parent)

        def apply() -> None:
            kind, value = dialog.kind(), dialog.value()
            run_edit(
                self.document,
                fill_description(attr_key, kind),
                lambda d: E.set_mapping(d, attr_key, **{kind: value}),
                parent,
            )

        self._show(dialog, apply)

    # --- lookup ----------------------------------------------------------------------------------
    def edit_lookup(self, index: int, parent: QWidget) -> None:
        if not self.editable():
            return
        model, profile = self.document.model(), self.document.profile()
        mapping = model.mappings[index]
        if mapping.kind != "source":
            return
        field = model.field_by_key(mapping.source)
        values = [v for v in field.values if isinstance(v, str)] if field and isinstance(field.values, list) else []
        attr = profile.attribute(mapping.target) if profile else None
        dialog = LookupDialog(values, attr, mapping, parent)

        def apply() -> None:
            lookup, default = dialog.lookup(), dialog.default()
            if dialog.removed or (not lookup and default is MISSING):
                run_edit(
                    self.document,
                    self.tr("Remove lookup of {attribute}").format(attribute=mapping.target),
                    lambda d: E.set_lookup(d, index, MISSING),
                    parent,
                )
            else:
                run_edit(
                    self.document,
                    self.tr("Edit lookup of {attribute}").format(attribute=mapping.target),
                    lambda d: E.set_lookup(d, index, lookup, default),
                    parent,
                )

        self._show(dialog, apply)

    # --- removing, auto-map -------------------------------------------------------------------------
    def delete_mappings(self, indices: list[int], parent: QWidget) -> bool:
        indices = sorted(set(indices), reverse=True)
        if not indices or not self.editable():
            return False

        def edit(d: Any) -> None:
            for i in indices:
                E.delete_mapping(d, i)

        if len(indices) == 1:
            description = self.tr("Remove mapping")
        else:
            description = self.tr("Remove {count} mappings").format(count=len(indices))
        return run_edit(self.document, description, edit, parent)

    def auto_map(self, parent: QWidget) -> None:
        """Show what auto-map by name would add; apply the ticked proposals on OK."""
        profile = self.document.profile()
        if not self.editable() or profile is None:
            return
        dialog = AutoMapDialog(E.propose_auto_mappings(self.document.model(), profile), parent)

        def apply() -> None:
            chosen = dialog.chosen()
            if chosen:
                run_edit(
                    self.document,
                    self.tr("Auto-map {count} attributes").format(count=len(chosen)),
                    lambda d: E.apply_auto_mappings(d, chosen),
                    parent,
                )

        self._show(dialog, apply)
