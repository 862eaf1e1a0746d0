"""Crash reports: no unhandled exception ends the app without a word.

PySide6 only prints an exception raised inside a slot and carries on, and one in a
worker thread goes nowhere a user looks. ``CrashReporter`` takes both hooks
(``sys.excepthook`` and ``threading.excepthook``), writes the redacted traceback to the
log file, and shows one dialog with a copyable, redacted report and the reassurance
that autosave holds the user's work. Reports from other threads arrive by signal, so
the dialog is only ever built on the GUI thread.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from .. import __version__
from ..logsetup import log_dir, redact, setup_logging

log = logging.getLogger("erd_studio.crash")


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The report a user can copy into a ticket: versions, then the redacted traceback."""
    lines = "".join(traceback.format_exception(exc_type, exc, tb))
    head = (
        f"ERD Studio {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.release()}\n\n"
    )
    return redact(head + lines)


class CrashDialog(QDialog):
    """Says what happened, that nothing is lost, and offers the report to copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(QCoreApplication.translate("Crash", "ERD Studio ran into a problem"))
        message = QLabel(
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside ERD Studio. Your work is not lost: unsaved changes are "
                "autosaved every few seconds and offered back when ERD Studio starts again.\n\n"
                "You can keep working, or save and restart. If this happens again, copy the report "
                "below (it contains no tokens or passwords) and send it to ERD Studio support.",
            )
        )
        message.setWordWrap(True)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setReadOnly(True)
        self.report_view.setObjectName("crashReport")
        self.report_view.setAccessibleName(QCoreApplication.translate("Crash", "Crash report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(QCoreApplication.translate("Crash", "&Copy report"))
        copy.setObjectName("copyReport")
        folder = QPushButton(QCoreApplication.translate("Crash", "Open &log folder"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.on_copy)
        folder.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.report_view)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def append(self, report: str) -> None:
        self.report_view.appendPlainText("\n" + "-" * 60 + "\n" + report)

    @Slot()
    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())


class CrashReporter(QObject):
    """Owns the exception hooks while the app runs; restores the previous ones on ``uninstall``."""

    reported = Signal(str)  # emitted from any thread; shown on the GUI thread

    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self.reported.connect(self.on_reported, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        setup_logging()
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        report = format_report(exc_type, exc, tb)
        log.error("unhandled exception\n%s", report)
        self.reported.emit(report)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def on_reported(self, report: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.append(report)
            return
        autosave = getattr(self._window, "autosave_now", None)
        if callable(autosave):
            try:
                autosave()
            except Exception:  # reporting a crash must not crash
                log.exception("autosave after a crash failed")
        self.dialog = CrashDialog(report, self._window)
        self.dialog.show()


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install_crash_reporter(window: QWidget) -> CrashReporter:
    """Called by the application at start (not per window, so that test harnesses which
    watch exceptions themselves keep their hooks)."""
    reporter = CrashReporter(window)
    reporter.install()
    return reporter


def install(window: QWidget) -> None:
    """Main-window part: Help → Open log folder."""
    action = window.menu("Help").addAction(QCoreApplication.translate("Crash", "Open &log folder"))  # type: ignore[attr-defined]
    action.setObjectName("actionOpenLogFolder")
    action.setToolTip(
        QCoreApplication.translate(
            "Crash", "Open the folder with ERD Studio's log files (tokens are never written there)"
        )
    )
    action.triggered.connect(open_log_folder)
