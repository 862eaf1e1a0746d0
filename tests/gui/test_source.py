"""The source view: typing, highlighting, brackets, indentation, diagnostic marks, go to line, find/replace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from erd_studio.gui.source.brackets import bracket_near


def _open(main_window, path):  # type: ignore[no-untyped-def]
    assert main_window.open_files([path])
    return main_window.document(), main_window.source_view()


def _formats_of_line(edit, line: int) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    """Colour name and font weight of each coloured token on a line."""
    block = edit.document().findBlockByNumber(line - 1)
    text = block.text()
    found = {}
    for r in block.layout().formats():
        fmt = QTextCharFormat(r.format)
        found[text[r.start : r.start + r.length]] = (fmt.foreground().color().name(), fmt.fontWeight())
    return found


def test_json_highlighting_distinguishes_keys_and_values(main_window, youtrack_example):
    _doc, edit = _open(main_window, youtrack_example)
    formats = _formats_of_line(edit, 2)  # "erd": "1.0",
    assert formats['"erd"'][0] != formats['"1.0"'][0]
    assert formats['"erd"'][1] > formats['"1.0"'][1]


def test_gutter_shows_line_numbers_and_markers(qtbot, main_window, examples_dir):
    doc, edit = _open(main_window, examples_dir / "mistakes.erd.json")
    gutter = edit.findChild(type(edit._gutter), "sourceGutter")
    assert gutter.width() >= edit.fontMetrics().horizontalAdvance("999")
    first = doc.diagnostics()[0]
    tip = edit.diagnostic_text_for_line(first.line)
    assert first.code in tip and first.message in tip
    block = edit.document().findBlockByNumber(first.line - 1)
    y = round(edit.blockBoundingGeometry(block).translated(edit.contentOffset()).center().y())
    image = gutter.grab().toImage()  # a red marker is painted on that line, none on line 1
    assert any(image.pixelColor(x, y).red() > 180 and image.pixelColor(x, y).green() < 90 for x in range(2, 12))
    y1 = round(edit.blockBoundingGeometry(edit.document().firstBlock()).translated(edit.contentOffset()).center().y())
    assert not any(image.pixelColor(x, y1).red() > 180 and image.pixelColor(x, y1).green() < 90 for x in range(2, 12))


def test_wavy_underline_and_tooltip_at_a_problem(qtbot, main_window, examples_dir):
    doc, edit = _open(main_window, examples_dir / "mistakes.erd.json")
    e101 = next(d for d in doc.diagnostics() if d.code == "E101")
    underlines = [
        s for s in edit.extraSelections() if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert len(underlines) == len(doc.diagnostics())
    block = edit.document().findBlockByNumber(e101.line - 1)
    pos = block.position() + e101.column  # one character into the marked range
    assert any(e101.message in tip for tip in [d.message for d in edit.diagnostics_at(pos)])
    cursor = edit.textCursor()
    cursor.setPosition(pos)
    rect = edit.cursorRect(cursor)
    point = edit.viewport().mapToParent(rect.center())
    QApplication.sendEvent(edit, QHelpEvent(QEvent.Type.ToolTip, point, edit.mapToGlobal(point)))
    assert "E101" in QToolTip.text()


def test_typing_fixes_a_problem_after_the_idle_pause(qtbot, main_window, youtrack_example):
    doc, edit = _open(main_window, youtrack_example)
    edit.setFocus()
    edit.go_to(2, 13)  # after the dot of "1.0"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: any(d.code == "E002" for d in doc.diagnostics()), timeout=1000)
    assert main_window.status_line.validity_label.text().startswith("✗")
    qtbot.keyClicks(edit, ".")
    qtbot.waitUntil(lambda: not doc.diagnostics(), timeout=1000)
    assert main_window.status_line.validity_label.text() == "✓ valid"


def test_bracket_matching(main_window, youtrack_example):
    doc, edit = _open(main_window, youtrack_example)
    text = doc.text()
    edit.sync.set_caret_index(0)
    assert edit.bracket_partner() == len(text.rstrip()) - 1
    highlighted = [
        s.cursor.selectionStart()
        for s in edit.extraSelections()
        if s.cursor.hasSelection() and s.format.background().color().green() > 200
    ]
    assert 0 in highlighted and len(text.rstrip()) - 1 in highlighted
    assert bracket_near('{"a": "}", "b": [1]}', 0) == (0, 19)  # a } inside a string is not a bracket
    assert bracket_near('{"a": [1}', 8) == (8, None)  # mismatched


def test_enter_keeps_indentation_and_indents_after_bracket(qtbot, main_window):
    doc = main_window.document()
    edit = main_window.source_view()
    doc.load_text('{\n  "fields": []\n}\n')
    edit.setFocus()
    edit.go_to(2, 14)  # between [ and ]
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert doc.text() == '{\n  "fields": [\n    \n  ]\n}\n'
    assert edit.caret_line_col() == (3, 5)
    qtbot.keyClicks(edit, "1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.caret_line_col() == (4, 5)
    qtbot.keyClicks(edit, "]")  # a closing bracket on an empty line moves out one level
    assert doc.text().splitlines()[3] == "  ]"


def test_go_to_line_dialog(qtbot, main_window, youtrack_example, answer_box):
    _doc, edit = _open(main_window, youtrack_example)

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.setTextValue("12:7")
        dialog.accept()

    seen = answer_box("goToLineDialog", fill)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["goToLineDialog"]
    assert edit.caret_line_col() == (12, 7)
    assert main_window.status_line.caret_label.text() == "Ln 12, Col 7"


def test_find_and_replace_all_is_one_undo_step(qtbot, main_window, youtrack_example):
    doc, edit = _open(main_window, youtrack_example)
    panel = main_window.source_panel()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = panel.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    qtbot.keyClicks(bar.find_edit, "severity")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert edit.textCursor().selectedText().lower() == "severity"
    bar.replace_edit.setText("Priority")
    bar.replace_edit.show()
    count = doc.text().lower().count("severity")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert "severity" not in doc.text().lower() and doc.text().count("Priority") >= count
    assert edit.toPlainText() == doc.text()
    assert doc.undo_stack().count() == 1
    doc.undo_stack().undo()
    assert doc.text() == youtrack_example.read_text("utf-8")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_lines_are_coloured_when_scrolled_into_view(qtbot, main_window, tmp_path, youtrack_example):
    import json

    data = json.loads(youtrack_example.read_text("utf-8"))
    data["fields"] = [dict(data["fields"][0], key=f"f{i}") for i in range(600)]
    path = tmp_path / "long.erd.json"
    path.write_text(json.dumps(data, indent=2), "utf-8")
    _doc, edit = _open(main_window, path)
    far = 5000
    assert not _formats_of_line(edit, far)  # far below the view: not coloured yet (cheap open)
    edit.go_to(far)
    qtbot.waitUntil(lambda: any(t.startswith('"') for t in _formats_of_line(edit, far)), timeout=2000)


def test_gutter_tooltip_names_the_problems_of_a_line(qtbot, main_window, examples_dir):
    doc, edit = _open(main_window, examples_dir / "mistakes.erd.json")
    gutter = edit.findChild(type(edit._gutter), "sourceGutter")
    e101 = next(d for d in doc.diagnostics() if d.code == "E101")
    edit.go_to(1)
    block = edit.document().findBlockByNumber(e101.line - 1)
    y = round(edit.blockBoundingGeometry(block).translated(edit.contentOffset()).center().y())
    point = QPoint(5, y)
    QApplication.sendEvent(gutter, QHelpEvent(QEvent.Type.ToolTip, point, gutter.mapToGlobal(point)))
    assert "E101" in QToolTip.text() and "used twice" in QToolTip.text()


def test_gutter_grows_with_the_number_of_lines(main_window):
    doc, edit = main_window.document(), main_window.source_view()
    narrow = edit._gutter.width()
    doc.load_text("{\n" + '  "x": 1,\n' * 12_000 + '  "y": 2\n}\n')
    assert edit._gutter.width() > narrow
    assert edit.viewport().x() >= edit._gutter.width()


def test_caret_column_counts_characters_not_utf16_units(qtbot, main_window):
    doc, edit = main_window.document(), main_window.source_view()
    doc.load_text('{"name": "😀😀x"}\n')
    edit.go_to(1, 13)  # just before x
    assert edit.caret_line_col() == (1, 13)
    assert main_window.status_line.caret_label.text() == "Ln 1, Col 13"
    edit.setFocus()
    qtbot.keyClicks(edit, "y")
    assert doc.text() == '{"name": "😀😀yx"}\n'


def test_context_menu_undo_is_the_document_history(qtbot, main_window, youtrack_example):
    doc, edit = _open(main_window, youtrack_example)
    edit.setFocus()
    qtbot.keyClicks(edit, "x")
    menu = edit.context_menu()
    undo = next(a for a in menu.actions() if a.text().startswith("&Undo"))
    assert undo.isEnabled() and "Typing" in undo.text()
    undo.trigger()
    assert doc.text() == youtrack_example.read_text("utf-8")
    menu.deleteLater()


def test_typing_over_a_selection_is_one_undo_step(qtbot, main_window, youtrack_example):
    from PySide6.QtGui import QTextCursor

    doc, edit = _open(main_window, youtrack_example)
    original = doc.text()
    start = original.index('"Summary"') + 1
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Summary"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()
    qtbot.keyClicks(edit, "Headline")
    assert '"label": "Headline"' in doc.text()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.text() == original  # not '"label": "H"', which would not even parse
