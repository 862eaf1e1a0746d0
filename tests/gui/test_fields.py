"""The fields panel and the inspector, driven with keys and clicks."""

from __future__ import annotations

import test_mapping_support as support
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_mapping_support import in_sync, mappings

from erd_studio.core import MISSING

document, editor = support.document, support.editor  # fixtures


def keys(document) -> list[str]:
    return [f.key for f in document.model().field_list()]


def select(editor, row: int) -> None:
    table = editor.fields.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, 0))


def test_fields_model_passes_qt_model_tester(qtmodeltester, editor):
    qtmodeltester.check(editor.fields.model)


def test_table_shows_key_label_type_required(editor):
    model = editor.fields.model
    row = [model.index(0, c).data() for c in range(3)]
    assert row == ["name", "Summary", "string"]
    assert model.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_add_duplicate_delete_with_undo(qtbot, editor, document):
    select(editor, 1)
    editor.fields.actions_["add"].trigger()
    assert keys(document)[2] == "field" and editor.fields.current_row() == 2
    assert editor.fields.table.currentIndex().row() == 2 and in_sync(document)
    editor.fields.actions_["duplicate"].trigger()
    assert keys(document)[3] == "field_copy"
    QTest.keyClick(editor.fields.table, Qt.Key.Key_Delete)
    assert "field_copy" not in keys(document)
    assert document.undo_stack().count() == 3
    document.undo_stack().undo()
    assert keys(document)[3] == "field_copy"
    for _ in range(2):
        document.undo_stack().undo()
    assert keys(document) == ["name", "description", "source", "classification", "contact", "issue_url"]
    assert not document.is_modified()


def test_deleting_a_used_field_keeps_its_mapping_visible(qtbot, editor, document):
    select(editor, 0)
    editor.fields.actions_["delete"].trigger()
    assert mappings(document)["title"]["source"] == "name"
    dangling = [n for n in editor.canvas.scene().items() if getattr(n, "dangling", False)]
    assert [n.key for n in dangling] == ["name"] and "E102" in dangling[0].toolTip()


def test_reorder_with_keyboard(qtbot, editor, document):
    select(editor, 0)
    QTest.keyClick(editor.fields.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(editor.fields.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert keys(document)[:3] == ["description", "source", "name"]
    assert editor.fields.table.currentIndex().row() == 2  # the moved field stays selected
    assert editor.canvas.scene().fields[2].key == "name"
    QTest.keyClick(editor.fields.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert keys(document)[:3] == ["description", "name", "source"]
    select(editor, 0)
    QTest.keyClick(editor.fields.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert document.undo_stack().count() == 3


def test_reorder_by_drag_and_drop_of_a_row(editor, document):
    model = editor.fields.model
    data = model.mimeData([model.index(5, 0)])  # what the view hands over when a row is dragged
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1))
    assert keys(document)[:3] == ["name", "issue_url", "description"]
    data = model.mimeData([model.index(0, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(-1, -1))  # below the last row
    assert keys(document)[-1] == "name" and in_sync(document)


def test_filter_hides_rows(editor):
    editor.fields.filter_edit.setText("URL")
    hidden = [editor.fields.table.isRowHidden(r) for r in range(6)]
    assert hidden == [True, True, True, True, True, False]
    editor.fields.filter_edit.clear()
    assert not any(editor.fields.table.isRowHidden(r) for r in range(6))


def test_rename_in_table_renames_mappings_in_one_step(qtbot, editor, document):
    document.apply_model_edit("t", lambda d: setattr(d.mappings[1], "template", "{name} {description}"))
    document.apply_model_edit("t", lambda d: setattr(d.mappings[1], "source", MISSING))
    table = editor.fields.table
    select(editor, 0)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor_widget = table.focusWidget()
    editor_widget.selectAll()
    QTest.keyClicks(editor_widget, "summary")
    QTest.keyClick(editor_widget, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: keys(document)[0] == "summary")
    assert mappings(document)["title"]["source"] == "summary"
    assert mappings(document)["description"]["template"] == "{summary} {description}"
    assert document.undo_stack().undoText() == "Rename field name to summary"


def test_refused_rename_says_why(qtbot, editor, document):
    model = editor.fields.model
    assert not model.setData(model.index(0, 0), "contact")
    assert editor.fields.message.text() == 'the key "contact" is already used by field 5'
    assert keys(document)[0] == "name"


def test_required_checkbox(editor, document):
    model = editor.fields.model
    model.setData(model.index(1, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.model().fields[1].required is True


# --- inspector ----------------------------------------------------------------------------------


def test_inspector_shows_properties_by_type(qtbot, editor):
    select(editor, 2)  # source: enum
    inspector = editor.inspector
    assert inspector.editors["values"].toPlainText() == "1\n2\n3\n4\n5\n6"
    assert inspector.form.isRowVisible(4) and not inspector.form.isRowVisible(8)  # values, not minimum
    select(editor, 0)  # name: string
    assert inspector.editors["maxLength"].text() == "255" and inspector.editors["key"].text() == "name"
    assert not inspector.form.isRowVisible(4) and inspector.form.isRowVisible(7)  # no values; pattern


def test_inspector_validates_as_you_type_and_commits_on_enter(qtbot, editor, document):
    select(editor, 0)
    box = editor.inspector.editors["maxLength"]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "abc")
    message = editor.inspector.messages["maxLength"]
    assert message.isVisible() and "whole number" in message.text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert document.model().fields[0].max_length == 255 and box.text() == "abc"  # not stored, not lost
    box.selectAll()
    QTest.keyClicks(box, "80")
    assert not message.isVisible()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert document.model().fields[0].max_length == 80 and '"maxLength": 80' in document.text()
    assert document.undo_stack().count() == 1


def test_inspector_key_in_use_is_refused_and_kept(qtbot, editor, document):
    select(editor, 0)
    box = editor.inspector.editors["key"]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "contact")
    assert "already used" in editor.inspector.messages["key"].text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert keys(document)[0] == "name" and box.text() == "contact"


def test_inspector_stores_an_invalid_default_and_shows_the_documents_diagnostic(qtbot, editor, document):
    select(editor, 2)  # enum 1..6
    box = editor.inspector.editors["default"]
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, "9")
    assert "not one of the allowed values" in editor.inspector.messages["default"].text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert document.model().fields[2].default == "9"
    assert editor.inspector.messages["default"].text().startswith("E110:")


def test_changing_type_shows_other_properties(qtbot, editor, document):
    select(editor, 1)
    combo = editor.inspector.editors["type"]
    combo.setCurrentText("integer")
    combo.activated.emit(combo.currentIndex())
    assert document.model().fields[1].type == "integer"
    assert editor.inspector.form.isRowVisible(8) and not editor.inspector.form.isRowVisible(5)


def test_out_of_date_makes_the_fields_side_read_only(qtbot, editor, document):
    document.replace_text("break", document.text().replace('"fields": [', '"fields": [[', 1))
    document.validate_now()
    assert not document.is_current()
    assert editor.banner.isVisible() and not editor.inspector.isEnabled()
    assert not editor.fields.actions_["add"].isEnabled()
    assert not editor.fields.model.flags(editor.fields.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    document.undo_stack().undo()
    document.validate_now()
    assert not editor.banner.isVisible() and editor.fields.actions_["add"].isEnabled()


def test_ctrl_z_in_a_property_box_after_enter_undoes_the_document(qtbot, example_window):
    from PySide6.QtCore import Qt

    from erd_studio.gui.mapping.inspector import Inspector

    document = example_window.document()
    original = document.text()
    document.select("/fields/1", None)  # "description", label "Description"
    box = example_window.findChild(Inspector).editors["label"]
    assert box.text() == "Description"
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "Desc3")
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.text() == "Description" and document.text() == original  # typing not stored: the box's undo
    qtbot.keyClicks(box, "Desc3")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert '"label": "Desc3"' in document.text()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.text() == original and box.text() == "Description"  # the document's history, shown
    example_window.source_view().setFocus()  # leaving the box stores nothing new
    assert document.text() == original and not document.undo_stack().canUndo()


def test_a_long_example_shows_its_beginning_in_the_inspector(qtbot, example_window):
    from erd_studio.gui.mapping.inspector import Inspector

    document = example_window.document()
    document.select("/fields/1", None)  # description: a long example sentence
    box = example_window.findChild(Inspector).editors["example"]
    assert box.text().startswith("Since 09:12") and box.cursorPosition() == 0
