"""The keyboard-only mapping table: every mapping edit without a mouse."""

from __future__ import annotations

import test_mapping_support as support
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from test_mapping_support import in_sync, mappings, open_dialog

document, editor = support.document, support.editor  # fixtures


def go_to(qtbot, editor, attr: str, column: int):
    table = editor.table
    editor.menu_actions["mapping_table"].trigger()
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.row_of(attr), column))
    return table


def choose(qtbot, table, text: str) -> None:
    """F2 opens the drop-down editor; type to pick an entry, Enter commits."""
    QTest.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(text))
    QTest.keyClick(combo, Qt.Key.Key_Return)


def type_value(qtbot, table, text: str) -> None:
    QTest.keyClick(table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def test_table_model_passes_qt_model_tester(qtmodeltester, editor):
    qtmodeltester.check(editor.table.table_model)


def test_rows_are_the_profile_attributes_with_required_marked(editor):
    model = editor.table.table_model
    column = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert column[:3] == ["title *", "description", "source *"] and len(column) == 8
    assert [model.index(0, c).data() for c in range(4)] == ["title *", "source", "name", "—"]
    assert [model.index(4, c).data() for c in range(4)] == ["priority", "—", "", ""]


def test_map_a_constant_then_a_source_with_the_keyboard(qtbot, editor, document):
    table = go_to(qtbot, editor, "priority", 1)
    choose(qtbot, table, "constant")
    qtbot.waitUntil(lambda: "priority" in mappings(document))
    assert mappings(document)["priority"] == {"target": "priority", "constant": ""}
    table.setCurrentIndex(table.model().index(table.row_of("priority"), 2))
    type_value(qtbot, table, "2")
    qtbot.waitUntil(lambda: mappings(document)["priority"].get("constant") == "2")
    table.setCurrentIndex(table.model().index(table.row_of("priority"), 1))
    choose(qtbot, table, "source")
    qtbot.waitUntil(lambda: "source" in mappings(document)["priority"])
    table.setCurrentIndex(table.model().index(table.row_of("priority"), 2))
    choose(qtbot, table, "source")  # the value column offers the field keys
    qtbot.waitUntil(lambda: mappings(document)["priority"].get("source") == "source")
    assert in_sync(document) and document.undo_stack().count() == 4
    assert editor.canvas.scene().links[6].start.key == "source"  # the canvas follows


def test_template_and_delete_key(qtbot, editor, document):
    table = go_to(qtbot, editor, "title", 1)
    choose(qtbot, table, "template")
    qtbot.waitUntil(lambda: "template" in mappings(document)["title"])
    assert mappings(document)["title"]["template"] == "name"  # keeps what was there as a start
    table.setCurrentIndex(table.model().index(0, 2))
    type_value(qtbot, table, "[{id}] {name}")
    qtbot.waitUntil(lambda: mappings(document)["title"]["template"] == "[{id}] {name}")
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert "title" not in mappings(document)
    assert table.table_model.index(0, 1).data() == "—"
    assert "E105" in table.table_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_enter_on_lookup_column_opens_the_lookup_editor(qtbot, editor, document):
    table = go_to(qtbot, editor, "source", 3)
    QTest.keyClick(table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, editor)
    assert dialog.objectName() == "lookupDialog" and dialog.table.rowCount() == 6
    dialog.target_combo(0).setEditText("6")
    dialog.accept()
    assert mappings(document)["source"]["lookup"] == {"1": "6"}
    assert table.table_model.index(table.row_of("source"), 3).data() == "1 values"


def test_selecting_a_row_selects_the_line_and_back(qtbot, editor, document):
    seen = []
    document.selectionRequested.connect(lambda p, o: seen.append(p))
    go_to(qtbot, editor, "reporter", 0)
    assert seen[-1] == "/mappings/4" and editor.canvas.scene().links[4].isSelected()
    document.select("/mappings/1", None)
    assert editor.table.currentIndex().row() == editor.table.row_of("description")
