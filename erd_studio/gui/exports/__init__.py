"""Exports and imports in the editor: File → Export…, Import Fields from Sample…, Import from ERD….

``install(window)`` adds the three entries to the File menu (before Quit). Each opens
a window-modal dialog on the window's Document; imports change the document only
through ``Document.apply_model_edit``, so each is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..icons import set_icon
from .export_dialog import ExportDialog
from .merge_dialog import MergeDialog
from .sample_dialog import SampleDialog

__all__ = ["ExportDialog", "MergeDialog", "SampleDialog", "install"]


def _opener(window: Any, dialog_class: type) -> Any:
    def open_dialog() -> None:
        dialog = dialog_class(window.document(), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    return open_dialog


def install(window: Any) -> None:
    menu = window.menu("File")
    quit_action = getattr(window, "actions_by_name", {}).get("quit")
    entries = (
        (QCoreApplication.translate("Exports", "&Export…"), "exportAction", ExportDialog, QKeySequence("Ctrl+E")),
        (
            QCoreApplication.translate("Exports", "Import Fields from &Sample…"),
            "importSampleAction",
            SampleDialog,
            None,
        ),
        (QCoreApplication.translate("Exports", "Import from &ERD…"), "importErdAction", MergeDialog, None),
    )
    actions = []
    for text, name, dialog_class, keys in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        set_icon(action, "export" if dialog_class is ExportDialog else "import")
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(_opener(window, dialog_class))
        actions.append(action)
    if quit_action is not None:
        menu.insertActions(quit_action, actions)
        menu.insertSeparator(quit_action)
    else:
        menu.addSeparator()
        menu.addActions(actions)
