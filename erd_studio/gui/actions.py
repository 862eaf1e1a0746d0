"""The window's own menu entries and tool-bar buttons, with standard shortcuts.

Kept apart from MainWindow so the window stays a frame: this module only connects
QActions to the objects that do the work (FileController, the undo stack, the source
and problems panels). Parts from ``extensions.py`` add their own entries afterwards.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar

from .. import __version__
from ..resources import examples
from . import settings
from .icons import set_icon

if TYPE_CHECKING:
    from .mainwindow import MainWindow

Std = QKeySequence.StandardKey


def _action(window: MainWindow, text: str, slot, keys=None, icon: str | None = None) -> QAction:  # type: ignore[no-untyped-def]
    action = QAction(text, window)
    if keys is not None:
        action.setShortcuts(QKeySequence.keyBindings(keys) if isinstance(keys, Std) else [QKeySequence(keys)])
    if icon is not None:
        set_icon(action, icon)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    files = window.files
    doc = window.document()
    acts = {
        "new": _action(window, QCoreApplication.translate("Actions", "&New"), files.new_document, Std.New, "new"),
        "open": _action(window, QCoreApplication.translate("Actions", "&Open…"), files.open_dialog, Std.Open, "open"),
        "save": _action(window, QCoreApplication.translate("Actions", "&Save"), files.save, Std.Save, "save"),
        "saveAs": _action(window, QCoreApplication.translate("Actions", "Save &As…"), files.save_as, Std.SaveAs),
        "quit": _action(window, QCoreApplication.translate("Actions", "&Quit"), window.close, Std.Quit),
        "validate": _action(
            window, QCoreApplication.translate("Actions", "&Validate Now"), _validate(window), "F5", "validate"
        ),
        "about": _action(window, QCoreApplication.translate("Actions", "&About ERD Studio"), partial(_about, window)),
    }
    undo = doc.undo_stack().createUndoAction(window, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(Std.Undo))
    set_icon(undo, "undo")
    redo = doc.undo_stack().createRedoAction(window, QCoreApplication.translate("Actions", "&Redo"))
    redo.setShortcuts(QKeySequence.keyBindings(Std.Redo))
    set_icon(redo, "redo")
    acts["undo"], acts["redo"] = undo, redo
    for name, action in acts.items():  # found by name: tests, and the start page's document actions
        action.setObjectName(f"action{name[:1].upper()}{name[1:]}")

    file_menu = window.menu("File")
    file_menu.addAction(acts["new"])
    templates = file_menu.addMenu(QCoreApplication.translate("Actions", "New from &Template"))
    templates.setObjectName("menuTemplates")
    for example in examples():
        templates.addAction(_action(window, _title(example), partial(files.new_document, example)))
    file_menu.addAction(acts["open"])
    recent = file_menu.addMenu(QCoreApplication.translate("Actions", "Open &Recent"))
    recent.setObjectName("menuRecent")
    recent.aboutToShow.connect(partial(_fill_recent, window, recent))
    file_menu.addSeparator()
    file_menu.addActions([acts["save"], acts["saveAs"]])
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    edit_menu = window.menu("Edit")
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions(window.source_panel().actions_for_menu())

    problems = window.problems_panel()
    window.menu("View").addActions([acts["validate"], problems.next_action, problems.previous_action])
    window.addActions([problems.next_action, problems.previous_action])
    window.menu("Help").addAction(acts["about"])

    _tooltips(acts)
    bar = window.tool_bar()
    _icons_with_words(bar, [acts["open"], acts["save"], undo, redo])
    bar.addActions([acts["open"], acts["save"]])
    bar.addSeparator()
    bar.addActions([undo, redo])
    bar.addSeparator()
    bar.addAction(acts["validate"])
    return acts


def _icons_with_words(bar: QToolBar, well_known: list[QAction]) -> None:
    """Tool-bar buttons show their words beside the icon, except the few everybody knows by icon.

    Qt leaves the text off for low-priority actions in this style; their tooltips still say it.
    """
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in well_known:
        action.setPriority(QAction.Priority.LowPriority)


def _validate(window: MainWindow):  # type: ignore[no-untyped-def]
    def run() -> None:
        QApplication.setOverrideCursor(window.cursor().shape().WaitCursor)
        try:
            window.document().validate_now()
        finally:
            QApplication.restoreOverrideCursor()

    return run


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    paths = settings.recent_files()
    for path in paths:
        menu.addAction(_action(window, str(path), partial(_open_recent, window, path)))
    if not paths:
        menu.addAction(QCoreApplication.translate("Actions", "(none yet)")).setEnabled(False)


def _open_recent(window: MainWindow, path: Path) -> None:
    window.files.open_path(path)


def _about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("Actions", "About ERD Studio"),
        QCoreApplication.translate(
            "Actions", "ERD Studio {version}\n\nEdit, validate, test and export External Resource Definitions."
        ).format(version=__version__),
    )


def _title(example: Path) -> str:
    """A template's own name (what the start page shows too), else its file name."""
    try:
        name = json.loads(example.read_text("utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        name = None
    return name if isinstance(name, str) and name else example.name.removesuffix(".erd.json")


def _tooltips(acts: dict[str, QAction]) -> None:
    """Tool-bar tooltips that say what the button does, with its key."""
    texts = {
        "open": QCoreApplication.translate("Actions", "Open an ERD file ({keys})"),
        "save": QCoreApplication.translate("Actions", "Save the ERD; a new document asks where ({keys})"),
        "validate": QCoreApplication.translate(
            "Actions", "Check the ERD now ({keys}); it is also checked while you type"
        ),
    }
    for name, text in texts.items():
        keys = acts[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        acts[name].setToolTip(text.format(keys=keys) if keys else text.replace(" ({keys})", ""))
