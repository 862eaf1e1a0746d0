"""Autosave and recovery: unsaved work survives a killed process and is offered back."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from erd_studio.gui.autosave import autosave_dir, find_recoverable

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtTest import QTest
    from erd_studio.gui.app import create_main_window, ensure_application

    app = ensure_application()
    window = create_main_window([sys.argv[1]])
    window.show()
    edit = window.source_view()
    edit.setFocus()
    edit.go_to(4, 12)
    QTest.keyClicks(edit, "Recovered ")
    print("typed", flush=True)
    app.exec()
    """
)


def _kill_mid_edit(path: Path) -> None:
    """Run the editor in another process, type, wait for the autosave copy, then SIGKILL it."""
    env = dict(os.environ, ERD_STUDIO_AUTOSAVE_MS="200")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        ready, _, _ = select.select([child.stdout], [], [], 30)  # never wait forever on a stuck child
        assert ready and child.stdout.readline().strip() == "typed", "the editor process did not start"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            copies = list(autosave_dir().glob("*.json")) if autosave_dir().is_dir() else []
            if any("Recovered " in c.read_text("utf-8") for c in copies):
                break
            time.sleep(0.05)  # another process: nothing in this one to wait on
        else:
            raise AssertionError("the editor process wrote no autosave copy")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)


def test_recover_after_the_process_was_killed(qtbot, tmp_path, youtrack_example, answer_box):
    path = tmp_path / "tickets.erd.json"
    shutil.copy(youtrack_example, path)
    _kill_mid_edit(path)
    assert path.read_text("utf-8") == youtrack_example.read_text("utf-8")  # never saved
    from erd_studio.gui.app import create_main_window

    window = create_main_window()
    window.show()
    try:
        told = answer_box("recoveryBox", QMessageBox.StandardButton.Yes)
        assert window.offer_recovery()
        assert "tickets.erd.json" in told[0]
        doc = window.document()
        assert '"name": "Recovered YouTrack: high-severity tickets"' in doc.text()
        assert doc.path() == path and doc.is_modified()
        assert window.windowTitle() == "tickets.erd.json* — ERD Studio"
        assert find_recoverable() == []  # the crashed copy is gone; ours belongs to a live process
        assert window.files.save()
        assert "Recovered YouTrack" in path.read_text("utf-8")
        assert not window.autosave.file().exists()  # saved: nothing left to recover
    finally:
        window.document().undo_stack().setClean()
        window.close()


def test_discarding_the_offer_deletes_the_copy(qtbot, tmp_path, youtrack_example, answer_box):
    path = tmp_path / "tickets.erd.json"
    shutil.copy(youtrack_example, path)
    _kill_mid_edit(path)
    from erd_studio.gui.app import create_main_window

    window = create_main_window()
    try:
        answer_box("recoveryBox", QMessageBox.StandardButton.Discard)
        assert not window.offer_recovery()
        assert find_recoverable() == []
        assert not window.offer_recovery()  # asked once only
    finally:
        window.close()


def test_autosave_copy_follows_unsaved_changes(qtbot, main_window, tmp_path, youtrack_example):
    path = tmp_path / "t.erd.json"
    shutil.copy(youtrack_example, path)
    main_window.open_files([path])
    saver = main_window.autosave
    assert not saver.save_now() and not saver.file().exists()  # nothing unsaved
    edit = main_window.source_view()
    edit.setFocus()
    qtbot.keyClicks(edit, "x")
    assert saver.save_now()
    copy = json.loads(saver.file().read_text("utf-8"))
    assert copy["text"] == main_window.document().text() and copy["path"] == str(path)
    assert copy["pid"] == os.getpid()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back to the saved text
    assert not saver.file().exists()
