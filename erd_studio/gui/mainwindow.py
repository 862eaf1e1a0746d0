"""The main window: a frame that holds the views of one Document.

It builds the menus, the tool bar, the splitters (graphical area | source view, and
the bottom tabs), the status bar, and then lets every part listed in
``extensions.py`` install itself. File handling (``files.FileController``), autosave,
the problems panel and the status line are separate objects that observe the
Document; the window only wires them, so it does not grow into a god object.

Integration API for other parts: ``document()``, ``menu(name)``, ``tool_bar()``,
``set_graphical_widget(widget)``, ``add_bottom_widget(title, widget)``, ``status_bar()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QSplitter, QStatusBar, QTabWidget, QToolBar, QWidget

from . import extensions, settings
from .actions import build_actions
from .autosave import Autosaver
from .document import Document
from .files import FileController
from .problems import ProblemsPanel
from .source import SourceEdit, SourcePanel
from .statusline import StatusLine

MENU_NAMES = ("File", "Edit", "View", "Postbox", "Help")
MENU_TITLES = {  # the displayed titles; ``menu(name)`` keeps the English key
    "File": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "Edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "View": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "Postbox": QT_TRANSLATE_NOOP("MainWindow", "&Postbox"),
    "Help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}
APP_TITLE = "ERD Studio"


def menu_title(name: str) -> str:
    """The translated title of the menu keyed ``name`` (other parts' menus: "&name" as before)."""
    return QCoreApplication.translate("MainWindow", MENU_TITLES[name]) if name in MENU_TITLES else f"&{name}"


class MainWindow(QMainWindow):
    """One window, one Document for the window's whole lifetime."""

    APP_TITLE = APP_TITLE  # the title with no document open (the start page)

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self._document = document or Document(self)
        self._menus: dict[str, QMenu] = {}
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu(menu_title(name))
            self._menus[name].setObjectName(f"menu{name}")
        self._tool_bar = self.addToolBar(self.tr("Main"))
        self._tool_bar.setObjectName("mainToolBar")
        self._build_frame()
        self.files = FileController(self, self._document)
        self.files.notice.connect(self._source_panel.show_banner)
        self.autosave = Autosaver(self._document, self)
        self.status_line = StatusLine(self.statusBar(), self._document)
        self._source_panel.editor.caretMoved.connect(self.status_line.on_caret_moved)
        self._document.fileStateChanged.connect(self._update_title)
        self.actions_by_name = build_actions(self)
        self._update_title()
        self._install_parts()
        self._restore_layout()  # after the parts: their tool bars and docks are part of the saved state

    # --- integration API ------------------------------------------------------------------
    def document(self) -> Document:
        return self._document

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "View", "Postbox", "Help"); others are added before Help."""
        menu = self._menus.get(name)
        if menu is None:
            menu = QMenu(menu_title(name), self)
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
        self.update_tab_order()

    def graphical_widget(self) -> QWidget:
        return self._split.widget(0)

    def add_bottom_widget(self, title: str, widget: QWidget) -> None:
        """A tab beside the problems panel."""
        self._bottom.addTab(widget, title)
        self.update_tab_order()

    def update_tab_order(self) -> None:
        """Tab reads the window in order: graphical area → source view → bottom tabs.

        Parts install their widgets after the frame was built, so the creation order
        (which Qt's focus chain follows) would put them last; each area keeps its own
        inner order, only the areas are chained one after another.
        """
        chain: list[QWidget] = []
        for area in (self._split.widget(0), self._source_panel, self._bottom):
            if area is not None:
                chain.extend(_focus_order(area))
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- parts, for tests and the action builder -------------------------------------------------
    def source_view(self) -> SourceEdit:
        return self._source_panel.editor

    def source_panel(self) -> SourcePanel:
        return self._source_panel

    def problems_panel(self) -> ProblemsPanel:
        return self._problems

    def bottom_tabs(self) -> QTabWidget:
        return self._bottom

    def open_files(self, files: Sequence[str | Path]) -> bool:
        """Open the first file (one document per window); True when it opened."""
        return bool(files) and self.files.open_path(Path(files[0]))

    def offer_recovery(self) -> bool:
        return self.autosave.offer_recovery(self.files.load_recovered)

    # --- frame -------------------------------------------------------------------------------
    def _build_frame(self) -> None:
        placeholder = QLabel(self.tr("Mapping canvas: coming\n\n(edit the ERD in the source view on the right)"))
        placeholder.setObjectName("graphicalPlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setEnabled(False)
        self._source_panel = SourcePanel(self._document)
        self._split = QSplitter(Qt.Orientation.Horizontal)
        self._split.setObjectName("mainSplitter")
        self._split.addWidget(placeholder)
        self._split.addWidget(self._source_panel)
        self._split.setSizes([760, 520])
        self._problems = ProblemsPanel(self._document)
        self._bottom = QTabWidget()
        self._bottom.setObjectName("bottomTabs")
        self._bottom.setAccessibleName(self.tr("Bottom panels"))
        self._bottom.addTab(self._problems, self.tr("Problems"))
        self._vsplit = QSplitter(Qt.Orientation.Vertical)
        self._vsplit.setObjectName("verticalSplitter")
        self._vsplit.addWidget(self._split)
        self._vsplit.addWidget(self._bottom)
        self._vsplit.setSizes([560, 200])
        self.setCentralWidget(self._vsplit)
        self.resize(1280, 800)

    def _install_parts(self) -> None:
        for install in extensions.installers():
            install(self)
        self.update_tab_order()

    def _update_title(self) -> None:
        star = "*" if self._document.is_modified() else ""
        self.setWindowTitle(
            self.tr("{name}{star} — {app}").format(name=self.files.display_name(), star=star, app=APP_TITLE)
        )

    # --- layout memory ---------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        saved = settings.load_layout()
        if "window/geometry" in saved:
            self.restoreGeometry(saved["window/geometry"])
        if "window/state" in saved:
            self.restoreState(saved["window/state"])
        if "window/mainSplitter" in saved:
            self._split.restoreState(saved["window/mainSplitter"])
        if "window/verticalSplitter" in saved:
            self._vsplit.restoreState(saved["window/verticalSplitter"])

    def save_layout(self) -> None:
        settings.save_layout(
            {
                "window/geometry": self.saveGeometry(),
                "window/state": self.saveState(),
                "window/mainSplitter": self._split.saveState(),
                "window/verticalSplitter": self._vsplit.saveState(),
            }
        )

    # --- events ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.autosave.discard()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            self.open_files(files)


def _focus_order(area: QWidget) -> list[QWidget]:
    """The widgets inside ``area`` that Tab can reach, in their current focus-chain order."""
    window = area.window()  # popups (completers, menus) are windows of their own: not in this chain
    inside = {w for w in [area, *area.findChildren(QWidget)] if _tabbable(w) and w.window() is window}
    order: list[QWidget] = []
    current = area
    for _ in range(len(inside) * 4 + 2000):
        if current in inside and current not in order:
            order.append(current)
        current = current.nextInFocusChain()
        if current is area or len(order) == len(inside):
            break
    return order + [w for w in inside if w not in order]


def _tabbable(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
