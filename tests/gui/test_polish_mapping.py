"""Issue 9 polish, found by a new-user walkthrough: selection, caret, colours and notes in the mapping editor."""

from __future__ import annotations

import pytest
import test_mapping_support as support
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from erd_studio.core import edits as E
from erd_studio.gui import theme
from erd_studio.resources import resource

EXAMPLE = resource("examples", "youtrack-high-severity.erd.json")
document, editor = support.document, support.editor  # fixtures


def text_colour(label) -> str:  # type: ignore[no-untyped-def]
    """The colour the label's text is drawn in (its style sheet applied)."""
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def click_problem(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.problems_panel()
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 1).data() == code)
    rect = panel.table.visualRect(panel.proxy.index(row, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- 5: a problem that points at a mapping does not leave a field selected ------------------------
def test_activating_a_mapping_problem_clears_the_field_selection(qtbot, main_window, examples_dir):
    assert main_window.open_files([examples_dir / "mistakes.erd.json"])
    editor = main_window.graphical_widget()
    click_problem(qtbot, main_window, "W201")  # a field problem: that field is selected
    fields = editor.fields.table
    assert [i.row() for i in fields.selectionModel().selectedRows()] == [3]
    assert editor.inspector.title.text().startswith("Field 4:")
    click_problem(qtbot, main_window, "E102")  # mapping 6 names no field
    assert fields.selectionModel().selectedRows() == [] and not fields.currentIndex().isValid()
    inspector = editor.inspector
    assert inspector.title.text().startswith("Mapping 6:")
    assert inspector.problems.isVisible() and "E102: the mapping source" in inspector.problems.text()
    assert not inspector.form_box.isVisible(), "no field's properties are offered for a mapping"
    click_problem(qtbot, main_window, "W201")  # and back to the field
    assert [i.row() for i in fields.selectionModel().selectedRows()] == [3]
    assert inspector.form_box.isVisible() and inspector.title.text().startswith("Field 4:")


def test_a_selection_outside_fields_and_mappings_clears_the_inspector(editor, document):
    document.select("/fields/2", None)
    assert editor.fields.table.currentIndex().row() == 2
    document.select("/target", None)
    assert not editor.fields.table.currentIndex().isValid()
    assert editor.inspector.title.text() == "Select a field to edit its properties."
    assert not editor.inspector.isEnabled()


# --- 6: switching tabs does not move the source caret -------------------------------------------
def test_switching_to_the_mapping_table_leaves_the_source_caret_alone(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.files.open_path(EXAMPLE)
    editor = main_window.graphical_widget()
    source = main_window.source_view()
    source.go_to(42, 5)  # inside field 4
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    QApplication.processEvents()
    assert editor.tabs.currentWidget() is editor.table
    assert source.caret_line_col() == (42, 5)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    editor.menu_actions["mapping_table"].trigger()
    editor.table.setFocus()
    QApplication.processEvents()
    assert source.caret_line_col() == (42, 5)


# --- 4: warnings in the warning colour, errors in red, in both schemes ----------------------------
@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):  # type: ignore[no-untyped-def]
    QSettings().setValue(theme.SETTING, request.param)
    theme.apply_scheme(qapp)
    yield theme.colors()
    QSettings().setValue(theme.SETTING, "")
    theme.apply_scheme(qapp)


def test_inspector_shows_a_warning_in_the_warning_colour_and_an_error_in_red(scheme, editor, document):
    document.apply_model_edit("unmap", lambda d: E.remove_mapping(d, "reporter"))  # contact: W201
    document.apply_model_edit("default", lambda d: d.fields[2].set("default", "nope"))  # source: E110
    document.select("/fields/4", None)
    message = editor.inspector.messages["key"]
    assert message.isVisible() and message.text().startswith("W201:")
    assert text_colour(message) == scheme.warning.name() != scheme.error.name()
    document.select("/fields/2", None)
    message = editor.inspector.messages["default"]
    assert message.text().startswith("E110:")
    assert text_colour(message) == scheme.error.name()


# --- 7: a string field into an enum attribute gets a plain note -----------------------------------
def test_string_field_mapped_to_an_enum_attribute_gets_a_note(editor, document):
    document.apply_model_edit("map", lambda d: E.set_mapping(d, "priority", source="name"))
    index = next(i for i, m in enumerate(document.model().mapping_list()) if m.target == "priority")
    document.select(f"/mappings/{index}", None)
    notes = editor.inspector.notes
    assert notes.isVisible()
    assert "checked against 1 (High), 2 (Medium), 3 (Low) when a record is sent" in notes.text()
    assert "lookup table" in notes.text()
    assert document.diagnostics() == [], "a hint, not a diagnostic"
    document.select("/fields/0", None)  # the field "name" says it too
    assert notes.isVisible() and "name → priority" in notes.text()
    document.select("/fields/2", None)  # an enum field into an enum attribute: nothing to say
    assert not notes.isVisible()
    document.apply_model_edit("lookup", lambda d: E.set_mapping(d, "priority", source="name", lookup={"a": "1"}))
    document.select(f"/mappings/{index}", None)
    assert not notes.isVisible(), "a lookup maps the values already"


def test_the_mapping_table_key_switches_tabs_in_the_main_window(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+T is Send test issue; the mapping table has its own key, so neither is ambiguous."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtTest import QTest

    assert main_window.files.open_path(EXAMPLE)
    editor = main_window.graphical_widget()
    source = main_window.source_view()
    source.go_to(42, 5)
    editor.canvas.setFocus()
    QTest.keyClick(editor.canvas, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.tabs.currentWidget() is editor.table
    assert source.caret_line_col() == (42, 5)
    keys = [
        key
        for action in main_window.findChildren(QAction)
        if action.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in {k.toString() for k in action.shortcuts()}  # an action may list a key twice
    ]
    assert QKeySequence("Ctrl+Shift+T").toString() in keys
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
