"""Modal questions and messages, as real QMessageBox instances.

Each prompt is an object-named QMessageBox run with ``exec()``, so a test answers it
the way a person does: it finds the visible box and clicks a button (see
tests/gui/conftest.py ``answer_box``), with no patching of this code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget | None,
    name: str,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName(name)
    box.setDefaultButton(default)
    if informative:
        box.setInformativeText(informative)
    return Button(box.exec())


def tell(parent: QWidget | None, name: str, title: str, text: str, informative: str = "") -> None:
    ask(parent, name, title, text, Button.Ok, Button.Ok, informative, QMessageBox.Icon.Warning)


def ask_save_discard_cancel(parent: QWidget | None, file_name: str) -> Button:
    return ask(
        parent,
        "unsavedChangesBox",
        QCoreApplication.translate("Prompts", "Unsaved changes"),
        QCoreApplication.translate("Prompts", "“{name}” has changes that are not saved.").format(name=file_name),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
        QCoreApplication.translate("Prompts", "Save them before going on?"),
    )
