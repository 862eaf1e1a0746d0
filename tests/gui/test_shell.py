"""The main window frame: integration API, typing in the source view with one undo history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def test_integration_api(main_window):
    for name in ("File", "Edit", "View", "Postbox", "Help"):
        assert main_window.menu(name).title() == f"&{name}"
    assert main_window.tool_bar().isVisible()
    label = QLabel("canvas")
    main_window.set_graphical_widget(label)
    assert main_window.graphical_widget() is label
    tab = QLabel("response")
    main_window.add_bottom_widget("Test issue", tab)
    tabs = main_window.bottom_tabs()
    assert tabs.tabText(tabs.indexOf(tab)) == "Test issue"
    assert main_window.status_bar() is main_window.statusBar()


def test_typing_and_ctrl_z_share_the_document_history(qtbot, main_window, youtrack_example):
    doc = main_window.document()
    doc.load_text(youtrack_example.read_text("utf-8"), youtrack_example)
    edit = main_window.source_view()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "xy")
    assert doc.text().endswith("xy") and edit.toPlainText() == doc.text()
    assert doc.undo_stack().count() == 1
    doc.apply_model_edit("Rename", lambda m: None)  # refused silently: the text no longer parses?
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text() == youtrack_example.read_text("utf-8")
    assert edit.toPlainText() == doc.text() and not doc.is_modified()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText().endswith("xy")


def test_model_edit_updates_source_view_and_keeps_caret_on_pointer(qtbot, main_window, youtrack_example):
    doc = main_window.document()
    doc.load_text(youtrack_example.read_text("utf-8"), youtrack_example)
    edit = main_window.source_view()
    text = doc.text()
    caret = text.index('"Mail server rejects') + 3  # inside fields/0/example
    edit.sync.set_caret_index(caret)
    doc.apply_model_edit("Rename", lambda m: setattr(m, "description", "short"))
    assert edit.toPlainText() == doc.text()
    new_caret = edit.sync.caret_index()
    assert doc.result().positions.pointer_at(new_caret) == "/fields/0/example"
    assert doc.text()[new_caret - 3 : new_caret] == '"Ma'


def test_selection_from_another_view_moves_the_caret(main_window, youtrack_example):
    main_window.open_files([youtrack_example])
    doc, edit = main_window.document(), main_window.source_view()
    main_window.problems_panel().table.setFocus()
    doc.select("/fields/2/key", origin=object())  # e.g. the canvas selected the third field
    assert not edit.hasFocus()  # the view that selected keeps the keyboard
    line, col = edit.caret_line_col()
    assert doc.text().splitlines()[line - 1][col - 1 :].startswith('"source"')


RUN_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from erd_studio.gui.app import ensure_application, run
from erd_studio.gui.mainwindow import MainWindow

def look_and_quit():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            print(widget.windowTitle(), flush=True)
            widget.close()
    QApplication.quit()

ensure_application()
QTimer.singleShot(500, look_and_quit)
sys.exit(run(sys.argv[1:]))
"""


def test_run_opens_files_from_the_command_line(youtrack_example, examples_dir, tmp_path):
    """``run`` starts the event loop, so it runs in its own process (as the app does)."""
    import subprocess
    import sys

    files = []
    for source in (youtrack_example, examples_dir / "mistakes.erd.json"):  # private copies: examples open untitled
        (tmp_path / source.name).write_bytes(source.read_bytes())
        files.append(str(tmp_path / source.name))
    done = subprocess.run([sys.executable, "-c", RUN_CHILD, *files], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    titles = sorted(done.stdout.splitlines())
    assert titles == ["mistakes.erd.json — ERD Studio", "youtrack-high-severity.erd.json — ERD Studio"]
