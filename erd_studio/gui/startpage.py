"""The start page: what a first-time user sees instead of an empty editor.

New from a template, open the example, open a file, or one of the recent files. It
covers the editor when the window opens without a file, and steps aside for good as
soon as the document first changes (a file opened, a template chosen, File → New).
It only calls the window's FileController; it never touches other views.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..resources import examples
from .settings import recent_files

YOUTRACK = "youtrack-high-severity.erd.json"


def _title(path: Path) -> str:
    try:
        return str(json.loads(path.read_text("utf-8")).get("name") or path.name)
    except (OSError, ValueError, AttributeError):
        return path.name


class StartPage(QWidget):
    """Signals carry paths; ``None`` in ``open_requested`` means "ask with a file dialog"."""

    template_chosen = Signal(Path)
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        intro = QCoreApplication.translate(
            "StartPage",
            "Map the fields of your issue tracker to the ISMS postbox, check the mapping, send a test issue, and export what other tools need.",
        )
        heading = QLabel(f"<h1>ERD Studio</h1><p>{intro}</p>")
        heading.setWordWrap(True)
        self.example_button = self._button(
            QCoreApplication.translate("StartPage", "Open the &YouTrack example"),
            "openExample",
            QCoreApplication.translate("StartPage", "Open the YouTrack → trax example to look around"),
        )
        self.open_button = self._button(
            QCoreApplication.translate("StartPage", "&Open a file…"),
            "openFile",
            QCoreApplication.translate("StartPage", "Open an ERD file from disk"),
        )
        self.templates = self._list("templateList", QCoreApplication.translate("StartPage", "New from template"))
        for path in examples():
            if "mistakes" not in path.name:
                self._add(self.templates, _title(path), path)
        self.recent = self._list("recentList", QCoreApplication.translate("StartPage", "Recent files"))
        self.refresh_recent()
        self.example_button.clicked.connect(self._open_example)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(None))
        self.templates.itemActivated.connect(
            lambda item: self.template_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self._layout(heading)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _list(self, name: str, title: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(title)
        widget.setToolTip(QCoreApplication.translate("StartPage", "Press Enter or double-click to open"))
        return widget

    @staticmethod
    def _add(widget: QListWidget, text: str, path: Path) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(str(path))
        widget.addItem(item)

    def _layout(self, heading: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.example_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lists = QHBoxLayout()
        for title, widget in (
            (QCoreApplication.translate("StartPage", "New from template"), self.templates),
            (QCoreApplication.translate("StartPage", "Recent files"), self.recent),
        ):
            column = QVBoxLayout()
            label = QLabel(f"<b>{title}</b>")
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addLayout(lists, 1)
        self.setTabOrder(self.example_button, self.open_button)
        self.setTabOrder(self.open_button, self.templates)
        self.setTabOrder(self.templates, self.recent)

    def refresh_recent(self) -> None:
        self.recent.clear()
        for path in recent_files():
            if path.exists():
                self._add(self.recent, f"{path.name} — {path.parent}", path)
        if self.recent.count() == 0:
            placeholder = QListWidgetItem(QCoreApplication.translate("StartPage", "No recent files yet"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def _open_example(self) -> None:
        self.open_requested.emit(next(p for p in examples() if p.name == YOUTRACK))


# Actions that work on the document; the start page hides it, so they wait until it shows.
DOCUMENT_ACTIONS = (
    "actionSave",
    "actionSaveAs",
    "actionValidate",
    "actionUndo",
    "actionRedo",
    "actionSendTestIssue",
    "exportAction",
    "importSampleAction",
    "importErdAction",
)
DOCUMENT_ACTION_PREFIXES = ("mapping_", "field_")


def _document_actions(window: QWidget) -> QActionGroup:
    """A non-exclusive group of the document's actions: disabling it disables them all, and
    enabling it again gives each its own state back (Qt keeps an action's explicit setting)."""
    group = QActionGroup(window)
    group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for action in window.findChildren(QAction):
        name = action.objectName()
        if name in DOCUMENT_ACTIONS or name.startswith(DOCUMENT_ACTION_PREFIXES):
            group.addAction(action)
    for action in window.source_panel().actions_for_menu():  # type: ignore[attr-defined]
        group.addAction(action)
    problems = window.problems_panel()  # type: ignore[attr-defined]
    for action in (problems.next_action, problems.previous_action):
        group.addAction(action)
    return group


def install(window: QWidget) -> None:
    """Put the start page in front of the editor until the document first changes."""
    page = StartPage()
    editor = window.takeCentralWidget()  # setCentralWidget alone would delete it
    stack = QStackedWidget()
    stack.setObjectName("centralStack")
    window.setCentralWidget(stack)
    stack.addWidget(page)
    stack.addWidget(editor)
    document = window.document()  # type: ignore[attr-defined]
    files = window.files  # type: ignore[attr-defined]

    document_actions = _document_actions(window)
    document_actions.setEnabled(False)  # nothing to save, check, send or export yet

    def show_editor() -> None:
        stack.setCurrentWidget(editor)
        document_actions.setEnabled(True)  # each action keeps its own state (undo stays off, say)
        window.statusBar().show()  # type: ignore[attr-defined]
        document.textChanged.disconnect(show_editor)
        document.fileStateChanged.disconnect(show_editor)

    page.template_chosen.connect(lambda path: files.new_document(path))
    page.open_requested.connect(lambda path: files.open_dialog() if path is None else files.open_path(Path(path)))
    document.textChanged.connect(show_editor)
    document.fileStateChanged.connect(show_editor)
    window.start_page = page  # type: ignore[attr-defined]
    stack.setCurrentWidget(page)
    window.statusBar().hide()  # type: ignore[attr-defined]  # nothing open yet: nothing to report
    window.setWindowTitle(window.APP_TITLE)  # no "Untitled": no document is open yet (the next file sets its name)
