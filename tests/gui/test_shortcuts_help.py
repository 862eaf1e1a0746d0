"""Help → Keyboard shortcuts lists the shortcuts the window really has."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from erd_studio.gui.shortcuts_help import ShortcutsDialog, collect_shortcuts


def test_every_action_shortcut_is_listed(main_window):
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    rows = collect_shortcuts(main_window)
    assert ("Undo", undo_keys) in [(name.split(" ")[0], keys) for name, keys in rows]
    extra = QAction("Frobnicate the widgets", main_window)
    extra.setShortcut("Ctrl+Alt+F")
    main_window.addAction(extra)
    assert ("Frobnicate the widgets", "Ctrl+Alt+F") in collect_shortcuts(main_window)
    listed = {k for _, k in collect_shortcuts(main_window)}
    for action in main_window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert not keys or keys in listed, action.text()


def test_help_menu_opens_the_table(main_window, qtbot):
    action = main_window.findChild(QAction, "actionKeyboardShortcuts")
    assert action is not None and action in main_window.menu("Help").actions()
    seen = []

    def inspect():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        seen.append(dialog.table.rowCount())
        dialog.reject()

    QTimer.singleShot(0, inspect)
    action.trigger()
    assert seen and seen[0] >= 3


def test_tool_bar_actions_explain_themselves(main_window):
    undo_redo = {"actionUndo", "actionRedo"}
    for action in main_window.tool_bar().actions():
        text = action.text().replace("&", "").rstrip("…").strip()
        if action.isSeparator() or not text or action.objectName() in undo_redo or text in ("Undo", "Redo"):
            continue
        assert action.toolTip() and action.toolTip() != text, f"{text!r} needs a tooltip that says what it does"


def test_templates_menu_shows_template_names(main_window):
    menu = main_window.findChild(type(main_window.menu("File")), "menuTemplates")
    names = [a.text() for a in menu.actions()]
    assert "YouTrack: high-severity tickets" in names and "youtrack-high-severity" not in names
