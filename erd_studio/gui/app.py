"""Application start: the QApplication, one main window, the files from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ..logsetup import setup_logging
from ..resources import resource
from .crash import install_crash_reporter
from .i18n import install_translators
from .mainwindow import MainWindow
from .theme import watch_scheme

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


def start_application() -> QApplication:
    """The application as a user gets it: the log file, the language, the colour scheme, the icon."""
    app = ensure_application()
    setup_logging()
    install_translators(app)
    app._scheme_watcher = watch_scheme(app)  # type: ignore[attr-defined]
    app.setWindowIcon(QIcon(str(resource("icons", "erd-studio.svg"))))
    return app


def guard(window: MainWindow) -> None:
    """From now on an unhandled exception shows the crash dialog over ``window``."""
    app = QApplication.instance()
    app._crash_reporter = install_crash_reporter(window)  # type: ignore[union-attr]


def create_main_window(files: Sequence[str] = ()) -> MainWindow:
    """Build the window and open ``files`` (the first one; no event loop is started)."""
    ensure_application()
    window = MainWindow()
    if files:
        window.open_files(list(files))
    return window


def run(files: list[str], splash: QWidget | None = None) -> int:
    """Start the editor: one window per file given (or one new document), then the event loop.

    After the first window is shown it offers work that a crashed session left behind.
    """
    app = start_application()
    windows = [create_main_window([f]) for f in files] or [create_main_window()]
    for window in windows:
        window.show()
    if splash is not None:
        splash.finish(windows[0])  # type: ignore[attr-defined]
    guard(windows[0])
    QTimer.singleShot(0, windows[0].offer_recovery)
    return app.exec()
