"""The main window: a frame that holds the views of one Document.

It builds the menus, the tool bar, the splitters (graphical area | source view, and
the bottom tabs), the status bar, and then lets every part listed in
``extensions.py`` install itself. File handling, autosave, the problems panel and the
status line are separate objects that observe the Document; the window only wires
them, so it does not grow into a god object.

Integration API for other parts: ``document()``, ``menu(name)``, ``tool_bar()``,
``set_graphical_widget(widget)``, ``add_bottom_widget(title, widget)``, ``status_bar()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QStatusBar, QTabWidget, QToolBar, QWidget

from . import extensions
from .document import Document
from .source import SourceEdit

MENU_NAMES = ("File", "Edit", "View", "Postbox", "Help")


class MainWindow(QMainWindow):
    """One window, one Document for the window's whole lifetime."""

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._document = document or Document(self)
        self._menus: dict[str, QMenu] = {}
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu(f"&{name}")
            self._menus[name].setObjectName(f"menu{name}")
        self._tool_bar = self.addToolBar("Main")
        self._tool_bar.setObjectName("mainToolBar")
        self._build_frame()
        self._install_parts()

    # --- integration API ------------------------------------------------------------------
    def document(self) -> Document:
        return self._document

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "View", "Postbox", "Help"); others are added before Help."""
        menu = self._menus.get(name)
        if menu is None:
            menu = QMenu(f"&{name}", self)
            menu.setObjectName(f"menu{name}")
            self.menuBar().insertMenu(self._menus["Help"].menuAction(), menu)
            self._menus[name] = menu
        return menu

    def tool_bar(self) -> QToolBar:
        return self._tool_bar

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def set_graphical_widget(self, widget: QWidget) -> None:
        """Replace the graphical area (left of the source view)."""
        old = self._split.widget(0)
        self._split.replaceWidget(0, widget)
        if old is not None and old is not widget:
            old.deleteLater()

    def graphical_widget(self) -> QWidget:
        return self._split.widget(0)

    def add_bottom_widget(self, title: str, widget: QWidget) -> None:
        """A tab beside the problems panel."""
        self._bottom.addTab(widget, title)

    def source_view(self) -> SourceEdit:
        return self._source

    def bottom_tabs(self) -> QTabWidget:
        return self._bottom

    # --- frame -------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        placeholder = QLabel("Mapping canvas: coming")
        placeholder.setObjectName("graphicalPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self._source = SourceEdit(self._document)
        self._split = QSplitter(Qt.Orientation.Horizontal)
        self._split.setObjectName("mainSplitter")
        self._split.addWidget(placeholder)
        self._split.addWidget(self._source)
        self._split.setStretchFactor(0, 3)
        self._split.setStretchFactor(1, 2)
        self._bottom = QTabWidget()
        self._bottom.setObjectName("bottomTabs")
        self._vsplit = QSplitter(Qt.Orientation.Vertical)
        self._vsplit.setObjectName("verticalSplitter")
        self._vsplit.addWidget(self._split)
        self._vsplit.addWidget(self._bottom)
        self._vsplit.setStretchFactor(0, 4)
        self._vsplit.setStretchFactor(1, 1)
        self.setCentralWidget(self._vsplit)
        undo = self._document.undo_stack()
        self.menu("Edit").addAction(undo.createUndoAction(self, "&Undo"))
        self.menu("Edit").addAction(undo.createRedoAction(self, "&Redo"))
        self.resize(1280, 800)

    def _install_parts(self) -> None:
        for install in extensions.installers():
            install(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
