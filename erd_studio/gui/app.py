"""Application start: the QApplication, one main window, the files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from .mainwindow import MainWindow

APP_NAME = "ERD Studio"
ORG_NAME = "ERD Studio"


def ensure_application() -> QApplication:
    """The running QApplication, created with our names so QSettings/QStandardPaths use them."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    assert isinstance(app, QApplication)
    return app


def create_main_window(files: Sequence[str] = ()) -> MainWindow:
    """Build the window and open ``files`` (the first one; no event loop is started)."""
    ensure_application()
    window = MainWindow()
    opener = getattr(window, "open_files", None)
    if opener is not None and files:
        opener(list(files))
    return window


def run(files: list[str]) -> int:
    app = ensure_application()
    window = create_main_window(files)
    window.show()
    return app.exec()
