"""An exception inside a Qt slot or a worker thread shows the crash dialog with a
redacted report, and the log file gets it too, without the secret."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from erd_studio.gui.crash import CrashDialog, install_crash_reporter
from erd_studio.logsetup import register_secret


@pytest.fixture
def reporter(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ERD_STUDIO_LOG_DIR", str(tmp_path / "logs"))
    window = QWidget()
    qtbot.addWidget(window)
    rep = install_crash_reporter(window)
    yield rep
    rep.uninstall()
    if rep.dialog is not None:
        rep.dialog.close()


def _boom() -> None:
    raise RuntimeError("could not frobnicate; token=abc123secret Authorization: Bearer s3cr3t-xyz")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_redacted_report(qtbot, reporter, tmp_path):
    register_secret("very-private-token-42")

    def slot():
        raise ValueError("lost connection while using very-private-token-42")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    report = reporter.dialog.report_view.toPlainText()
    assert "ValueError: lost connection while using [redacted]" in report
    assert "very-private-token-42" not in report
    assert "ERD Studio" in report and "Traceback" in report
    reporter.dialog.findChild(QPushButton, "copyReport").click()
    assert "[redacted]" in QApplication.clipboard().text()
    log_text = (tmp_path / "logs" / "erd-studio.log").read_text()
    assert "ValueError" in log_text and "very-private-token-42" not in log_text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_reaches_the_dialog_and_repeats_append(qtbot, reporter):
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    first = reporter.dialog
    assert isinstance(first, CrashDialog)
    text = first.report_view.toPlainText()
    assert "RuntimeError: could not frobnicate" in text
    assert "abc123secret" not in text and "s3cr3t-xyz" not in text
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: first.report_view.toPlainText().count("RuntimeError: could not") == 2)
    assert reporter.dialog is first, "a second crash adds to the open dialog instead of stacking windows"
