"""First run: the start page instead of an empty window, and the path a new user takes
(start page → open the example → canvas and source shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QPushButton

from erd_studio.gui.app import create_main_window


def test_first_run_walkthrough(qtbot, main_window):
    stack = main_window.centralWidget()
    page = main_window.start_page
    assert stack.currentWidget() is page, "a window without a file starts on the start page"
    assert not main_window.statusBar().isVisible(), "no 'not valid' before anything is open"
    templates = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert "YouTrack: high-severity tickets" in templates and not any("mistake" in t.lower() for t in templates)
    assert page.recent.item(0).text() == "No recent files yet"
    button = page.findChild(QPushButton, "openExample")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stack.currentWidget() is not page and main_window.statusBar().isVisible()
    doc = main_window.document()
    assert doc.path() is None, "a shipped example opens as an untitled copy: Save must not overwrite it"
    assert '"id": "youtrack-high-severity"' in doc.text()
    assert main_window.source_view().isVisible()
    assert main_window.source_view().toPlainText() == doc.text()
    canvas = main_window.findChild(QGraphicsView, "mappingCanvas")
    assert canvas is not None and canvas.isVisible()
    assert len(canvas.scene().items()) >= 20  # six fields, eight attributes, six lines


def test_template_opens_as_a_new_untitled_document(qtbot, main_window):
    page = main_window.start_page
    item = next(
        page.templates.item(i)
        for i in range(page.templates.count())
        if page.templates.item(i).text().startswith("Jira")
    )
    page.templates.setCurrentItem(item)
    page.templates.setFocus()
    qtbot.keyClick(page.templates, Qt.Key.Key_Return)
    doc = main_window.document()
    assert doc.path() is None and '"id": "jira-security-incidents"' in doc.text()
    assert main_window.centralWidget().currentWidget() is not page


def test_recent_files_are_offered(qtbot, tmp_path, youtrack_example):
    copy = tmp_path / "mine.erd.json"
    copy.write_bytes(youtrack_example.read_bytes())
    first = create_main_window([str(copy)])
    first.document().undo_stack().setClean()
    first.close()
    window = create_main_window()
    qtbot.addWidget(window)
    page = window.start_page
    assert page.recent.item(0).text().startswith("mine.erd.json")
    page.recent.setCurrentRow(0)
    page.recent.itemActivated.emit(page.recent.item(0))
    assert window.document().path() == copy.resolve()


def test_opening_a_file_from_the_command_line_skips_the_start_page(qtbot, youtrack_example, tmp_path):
    mine = tmp_path / "mine.erd.json"
    mine.write_bytes(youtrack_example.read_bytes())
    window = create_main_window([str(mine)])
    qtbot.addWidget(window)
    assert window.centralWidget().currentWidget() is not window.start_page
    assert window.document().path() == mine


def test_saving_an_opened_example_asks_for_a_new_place(qtbot, main_window, youtrack_example, answer_box, tmp_path):
    before = youtrack_example.read_bytes()
    assert main_window.open_files([youtrack_example])
    doc = main_window.document()
    assert doc.path() is None
    doc.edit_text(len(doc.text()), 0, " ")
    seen = answer_box("saveAsDialog", lambda dialog: dialog.reject())
    assert not main_window.files.save(), "Save on an example copy asks where; cancelling saves nothing"
    assert seen == ["saveAsDialog"]
    assert youtrack_example.read_bytes() == before, "the shipped example is never overwritten"
    assert main_window.files.save_as(tmp_path / "mine.erd.json")
    assert doc.path() == tmp_path / "mine.erd.json" and doc.path().read_text("utf-8") == doc.text()
