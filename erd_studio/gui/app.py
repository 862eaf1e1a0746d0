"""Application start: the QApplication, one main window, the files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
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
    if files:
        window.open_files(list(files))
    return window


def run(files: list[str]) -> int:
    """Start the editor: one window per file given (or one new document), then the event loop.

    After the first window is shown it offers work that a crashed session left behind.
    """
    app = ensure_application()
    windows = [create_main_window([f]) for f in files] or [create_main_window()]
    for window in windows:
        window.show()
    QTimer.singleShot(0, windows[0].offer_recovery)
    return app.exec()
