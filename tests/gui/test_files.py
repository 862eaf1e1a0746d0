"""Files: open, save atomically, unsaved-changes prompt, changes on disk, bad input, recent files, layout."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter

from erd_studio.gui import settings

Button = QMessageBox.StandardButton


@pytest.fixture
def erd_copy(tmp_path: Path, youtrack_example: Path) -> Path:
    target = tmp_path / "tickets.erd.json"
    shutil.copy(youtrack_example, target)
    return target


def _type_at_end(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = window.source_view()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_title_shows_name_and_star_and_ctrl_s_saves(qtbot, main_window, erd_copy):
    main_window.open_files([erd_copy])
    assert main_window.windowTitle() == "tickets.erd.json — ERD Studio"
    _type_at_end(qtbot, main_window, " ")
    assert main_window.windowTitle() == "tickets.erd.json* — ERD Studio"
    qtbot.keyClick(main_window.source_view(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert erd_copy.read_text("utf-8") == main_window.document().text()
    assert main_window.windowTitle() == "tickets.erd.json — ERD Studio"
    assert not main_window.document().is_modified()
    assert not list(erd_copy.parent.glob("*.tmp*"))  # QSaveFile left no temporary file


def test_crlf_files_keep_their_line_endings(qtbot, main_window, tmp_path, youtrack_example):
    path = tmp_path / "windows.erd.json"
    path.write_bytes(youtrack_example.read_bytes().replace(b"\n", b"\r\n"))
    main_window.open_files([path])
    assert "\r" not in main_window.document().text() and main_window.document().is_current()
    _type_at_end(qtbot, main_window, " ")
    assert main_window.files.save()
    assert path.read_bytes() == youtrack_example.read_bytes().replace(b"\n", b"\r\n") + b" "


def test_unsaved_changes_prompt_cancel_discard_save(qtbot, main_window, erd_copy, examples_dir, answer_box, tmp_path):
    doc = main_window.document()
    main_window.open_files([erd_copy])
    _type_at_end(qtbot, main_window, "x")
    other = tmp_path / "jira.erd.json"  # a private copy: shipped examples open untitled
    other.write_bytes((examples_dir / "jira-starter.erd.json").read_bytes())

    told = answer_box("unsavedChangesBox", Button.Cancel)
    assert not main_window.open_files([other])
    assert "tickets.erd.json" in told[0]
    assert doc.path() == erd_copy and doc.text().endswith("x")

    answer_box("unsavedChangesBox", Button.Save)
    assert main_window.open_files([other])
    assert erd_copy.read_text("utf-8").endswith("x")  # saved before opening the other
    assert doc.path() == other

    _type_at_end(qtbot, main_window, "y")
    answer_box("unsavedChangesBox", Button.Discard)
    assert main_window.open_files([erd_copy])
    assert not other.read_text("utf-8").endswith("y")


def test_closing_with_changes_asks_and_cancel_keeps_the_window(qtbot, main_window, erd_copy, answer_box):
    main_window.open_files([erd_copy])
    _type_at_end(qtbot, main_window, "x")
    answer_box("unsavedChangesBox", Button.Cancel)
    assert not main_window.close()
    assert main_window.isVisible() and main_window.document().is_modified()
    answer_box("unsavedChangesBox", Button.Discard)
    assert main_window.close()
    assert erd_copy.read_text("utf-8") != main_window.document().text()


def test_save_as_new_from_template_adds_recent_file(qtbot, main_window, tmp_path, examples_dir):
    templates = main_window.findChild(type(main_window.menu("File")), "menuTemplates")
    jira = next(a for a in templates.actions() if a.text() == "Jira: security incidents")
    jira.trigger()
    doc = main_window.document()
    assert doc.text() == (examples_dir / "jira-starter.erd.json").read_text("utf-8")
    assert doc.path() is None and main_window.windowTitle().startswith("Untitled")
    target = tmp_path / "mine.erd.json"
    assert main_window.files.save_as(target)
    assert doc.path() == target and target.read_text("utf-8") == doc.text()
    assert settings.recent_files()[0] == target.resolve()
    recent = main_window.findChild(type(templates), "menuRecent")
    recent.aboutToShow.emit()
    assert recent.actions()[0].text() == str(target.resolve())


def test_changed_on_disk_asks_before_overwriting(qtbot, main_window, erd_copy, answer_box):
    main_window.open_files([erd_copy])
    _type_at_end(qtbot, main_window, " ")
    time.sleep(0.01)  # a different modification time than the one we read
    erd_copy.write_text('{"changed": "elsewhere"}\n', "utf-8")
    told = answer_box("changedOnDiskBox", Button.Cancel)
    assert not main_window.files.save()
    assert "changed by another program" in told[0]
    assert erd_copy.read_text("utf-8") == '{"changed": "elsewhere"}\n'
    assert main_window.document().is_modified()
    answer_box("changedOnDiskBox", Button.Save)
    assert main_window.files.save()
    assert erd_copy.read_text("utf-8") == main_window.document().text()


def test_file_vanished_while_open(qtbot, main_window, erd_copy):
    main_window.open_files([erd_copy])
    banner = main_window.source_panel().banner
    erd_copy.unlink()
    qtbot.waitUntil(lambda: banner.isVisible() and "deleted or moved" in banner.text(), timeout=3000)
    assert main_window.document().is_modified()  # saving is needed to get it back
    assert main_window.files.save()
    assert erd_copy.read_text("utf-8") == main_window.document().text()
    assert not banner.isVisible()


def _read_only_target(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        return folder / "x.erd.json"
    return Path("/sys/erd-studio-test.erd.json")  # root ignores file modes; sysfs refuses new files


def test_saving_into_a_read_only_place_keeps_the_document_modified(qtbot, main_window, erd_copy, tmp_path, answer_box):
    main_window.open_files([erd_copy])
    _type_at_end(qtbot, main_window, " ")
    told = answer_box("saveFailedBox", Button.Ok)
    assert not main_window.files.save_as(_read_only_target(tmp_path))
    assert "permission denied" in told[0] and "Save As" in told[0]
    assert main_window.document().is_modified() and main_window.document().path() == erd_copy


def test_broken_and_non_erd_files_open_with_diagnostics(qtbot, main_window, tmp_path, answer_box):
    broken = tmp_path / "broken.json"
    broken.write_text('{"erd": "1.0",\n  "id": \n}', "utf-8")
    assert main_window.open_files([broken])
    doc = main_window.document()
    assert doc.text() == broken.read_text("utf-8") and not doc.is_current()
    assert doc.diagnostics()[0].code == "E001"
    assert main_window.status_line.validity_label.text().startswith("✗ does not parse")
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"name": "Müller"}'.encode("latin-1"))
    told = answer_box("notTextFileBox", Button.Ok)
    assert not main_window.open_files([latin1])  # refused: saving "M�ller" would lose the byte
    assert "latin1.json" in told[0] and "not a UTF-8 text file" in told[0] and "0xfc" in told[0]
    assert doc.text() == broken.read_text("utf-8") and doc.path() == broken


def test_missing_file_gives_a_message(qtbot, main_window, tmp_path, answer_box):
    told = answer_box("openFailedBox", Button.Ok)
    assert not main_window.open_files([tmp_path / "nope.erd.json"])
    assert "does not exist" in told[0]


@pytest.mark.slow
def test_fifty_megabyte_file_opens_with_warning_and_stays_responsive(qtbot, main_window, tmp_path, youtrack_example):
    data = json.loads(youtrack_example.read_text("utf-8"))
    data["fields"] = [dict(data["fields"][0], key=f"f{i}", description="x" * 2000) for i in range(23_000)]
    big = tmp_path / "big.erd.json"
    big.write_text(json.dumps(data, indent=2), "utf-8")
    assert big.stat().st_size > 50_000_000
    clock = QElapsedTimer()
    gaps: list[int] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ticker.start(20)
    clock.start()
    assert main_window.open_files([big])  # reading 50 MB is one synchronous step
    gaps.clear()
    clock.restart()  # measure the sliced loading that follows, not the read before it
    edit = main_window.source_view()
    qtbot.waitUntil(lambda: not edit.sync.is_loading(), timeout=30_000)
    ticker.stop()
    assert gaps and max(gaps) < 500, f"the event loop stalled for {max(gaps)} ms while loading"
    assert "Large file" in main_window.source_panel().banner.text()
    assert "F5" in main_window.status_line.validity_label.text()
    assert edit.toPlainText() == main_window.document().text()
    edit.setFocus()
    start = time.perf_counter()
    qtbot.keyClicks(edit, "ab")
    QApplication.processEvents()
    assert time.perf_counter() - start < 1.0  # typing does not wait for a check
    assert main_window.document().text().startswith("ab{")


def test_drop_a_file_opens_it(qtbot, main_window, erd_copy):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(erd_copy))])
    pos = main_window.rect().center()
    enter = QDragEnterEvent(
        pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(main_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(main_window, drop)
    assert main_window.document().path() == erd_copy


def test_window_layout_is_remembered(qtbot, main_window):
    from erd_studio.gui.app import create_main_window

    splitter = main_window.findChild(QSplitter, "mainSplitter")
    main_window.resize(760, 560)  # fits the offscreen screen, so restoring needs no clamping
    qtbot.waitUntil(lambda: main_window.width() == 760)
    splitter.setSizes([200, 560])
    sizes = splitter.sizes()
    assert main_window.close()
    again = create_main_window()
    again.show()
    qtbot.waitExposed(again)
    try:
        assert again.width() == 760
        assert again.findChild(QSplitter, "mainSplitter").sizes() == sizes
    finally:
        again.close()


def test_ctrl_n_then_ctrl_s_asks_where_to_save(qtbot, main_window, tmp_path, answer_box):
    edit = main_window.source_view()
    edit.setFocus()
    _type_at_end(qtbot, main_window, " ")
    answer_box("unsavedChangesBox", Button.Discard)
    qtbot.keyClick(edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    doc = main_window.document()
    assert doc.path() is None and not doc.is_modified() and '"name": "Untitled"' in doc.text()
    target = tmp_path / "fresh"

    def choose(dialog):  # type: ignore[no-untyped-def]
        # Fill in the dialog's own name field and accept. (Typing into it and pressing
        # Enter hung now and then: the keys could arrive before the dialog was ready.)
        from PySide6.QtWidgets import QLineEdit

        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    seen = answer_box("saveAsDialog", choose)
    main_window.activateWindow()  # the closed message box handed activation back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["saveAsDialog"]
    saved = tmp_path / "fresh.erd.json"  # the ERD suffix is added
    assert doc.path() == saved and saved.read_text("utf-8") == doc.text()
    assert main_window.windowTitle() == "fresh.erd.json — ERD Studio"


def test_reopening_the_open_file_after_saving_keeps_the_saved_edit(qtbot, main_window, erd_copy, answer_box):
    """Open Recent (or a drop) of the file being edited: answering Save must not bring the old text back."""
    assert main_window.files.open_path(erd_copy)
    _type_at_end(qtbot, main_window, " ")
    main_window.document().replace_text("edit", main_window.document().text().replace("Mail", "EDITED", 1))
    answer_box("unsavedChangesBox", Button.Save)
    assert main_window.files.open_path(erd_copy)
    assert "EDITED" in erd_copy.read_text("utf-8")
    assert "EDITED" in main_window.document().text() and not main_window.document().is_modified()
    _type_at_end(qtbot, main_window, " ")
    assert main_window.files.save()
    assert "EDITED" in erd_copy.read_text("utf-8")  # the next save writes the edit, not the old text


def test_a_utf16_file_is_named_as_such_with_how_to_convert_it(qtbot, main_window, tmp_path, answer_box):
    path = tmp_path / "windows.erd.json"
    path.write_text('{"erd": "1.0"}', "utf-16")  # what PowerShell 5.1's > writes
    told = answer_box("notTextFileBox", Button.Ok)
    assert not main_window.files.open_path(path)
    assert told and "UTF-16" in told[0] and "Encoding UTF-8" in told[0]
