"""Help → Keyboard shortcuts: every shortcut the window really has, read from its actions.

The list is collected when the dialog opens, from all QActions and QShortcuts in the
main window, so a part that adds a shortcut appears here without a table to keep in sync.
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def collect_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, key sequence) for every action and shortcut in the window, sorted by name as
    the user's language sorts (QLocale's default follows the chosen UI language)."""
    rows: dict[tuple[str, str], None] = {}
    for action in window.findChildren(QAction):
        name = action.text().replace("&", "").rstrip(".…").strip()
        # Only the primary key: standard keys also carry alternatives such as media keys.
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if name and keys:
            rows[(name, keys)] = None
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        name = shortcut.whatsThis() or shortcut.objectName()
        if keys and name:
            rows[(name, keys)] = None
    # in the UI language's order (German puts "Öffnen" beside "Oben", not after "Zoom")
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(rows, key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0]) or collator.compare(a[1], b[1])))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsHelp", "Keyboard shortcuts"))
        rows = collect_shortcuts(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(QCoreApplication.translate("ShortcutsHelp", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsHelp", "Action"),
                QCoreApplication.translate("ShortcutsHelp", "Shortcut"),
            ]
        )
        for row, (name, keys) in enumerate(rows):
            for col, text in enumerate((name, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def install(window: QWidget) -> None:
    action = window.menu("Help").addAction(QCoreApplication.translate("ShortcutsHelp", "&Keyboard shortcuts"))  # type: ignore[attr-defined]
    action.setObjectName("actionKeyboardShortcuts")
    action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F1))
    action.setToolTip(QCoreApplication.translate("ShortcutsHelp", "List every keyboard shortcut of this window"))
    action.triggered.connect(lambda: ShortcutsDialog(window).exec())
