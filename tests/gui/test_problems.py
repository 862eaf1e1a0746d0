"""Problems panel: lists the diagnostics, sorts, and jumps to the exact line and column."""

from __future__ import annotations

from PySide6.QtCore import Qt

from erd_studio.gui.problems import ProblemsModel


def _open_mistakes(main_window, examples_dir):  # type: ignore[no-untyped-def]
    assert main_window.open_files([examples_dir / "mistakes.erd.json"])
    return main_window.document(), main_window.problems_panel()


def _cells(panel, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.proxy.index(row, col).data() for col in range(panel.proxy.columnCount())]


def test_model_passes_qt_model_tester(qtmodeltester, main_window, examples_dir):
    doc, _panel = _open_mistakes(main_window, examples_dir)
    model = ProblemsModel(doc, main_window)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(doc.diagnostics()) == 13


def test_rows_show_severity_code_message_position_pointer(main_window, examples_dir):
    doc, panel = _open_mistakes(main_window, examples_dir)
    first = _cells(panel, 0)  # sorted by position
    assert first == ["error", "E002", doc.diagnostics()[0].message, "3:9", "/id"]
    assert panel.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.summary.text().startswith("Problems: 8 errors, 5 warnings")


def test_sorting_by_code_and_severity(qtbot, main_window, examples_dir):
    _doc, panel = _open_mistakes(main_window, examples_dir)
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 1))
    codes = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert codes == sorted(codes) or codes == sorted(codes, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, 0))
    severities = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert severities in (sorted(severities), sorted(severities, reverse=True))


def _section_center(header, section):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_click_jumps_to_exact_line_and_column(qtbot, main_window, examples_dir):
    _doc, panel = _open_mistakes(main_window, examples_dir)
    edit = main_window.source_view()
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 1).data() == "E101")
    rect = panel.table.visualRect(panel.proxy.index(row, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert edit.caret_line_col() == (14, 14)
    assert edit.hasFocus()
    assert main_window.status_line.caret_label.text() == "Ln 14, Col 14"


def test_enter_and_f8_walk_through_problems(qtbot, main_window, examples_dir):
    doc, panel = _open_mistakes(main_window, examples_dir)
    edit = main_window.source_view()
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(1, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert edit.caret_line_col() == (14, 14)
    qtbot.keyClick(edit, Qt.Key.Key_F8)  # from the editor: next problem
    third = doc.diagnostics()[2]
    assert edit.caret_line_col() == (third.line, third.column)
    qtbot.keyClick(edit, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert edit.caret_line_col() == (14, 14)
