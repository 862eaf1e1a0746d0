"""Two-way sync in the real main window: canvas ↔ source view, one undo history, out of date.

Also a property test: any sequence of graphical edits, source edits, undos and redos
leaves the source text and the model the views draw equal.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from test_mapping_support import EXAMPLE, attr_center, click, drag, field_port, in_sync, mappings

from erd_studio.core import edits as E
from erd_studio.core import validate_text
from erd_studio.gui.mapping import MappingEditor


def loaded(main_window):
    document = main_window.document()
    document.load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
    editor = main_window.graphical_widget()
    assert isinstance(editor, MappingEditor)
    editor.canvas.resetTransform()
    return document, editor, main_window.source_view()


def type_at(qtbot, source, anchor: str, text: str) -> None:
    """Put the caret after ``anchor`` in the source view and type ``text`` there."""
    index = source.toPlainText().index(anchor) + len(anchor)
    cursor = source.textCursor()
    cursor.setPosition(index)
    source.setTextCursor(cursor)
    source.setFocus()
    QTest.keyClicks(source, text)


def test_install_puts_the_editor_and_its_actions_into_the_window(main_window):
    assert isinstance(main_window.graphical_widget(), MappingEditor)
    edit_texts = [a.text() for a in main_window.menu("Edit").actions()]
    view_texts = [a.text() for a in main_window.menu("View").actions()]
    assert {"Add field", "Move field up", "Auto-map by name…"} <= set(edit_texts)
    assert {"Zoom in", "Fit mapping", "Find in mapping"} <= set(view_texts)
    assert "Auto-map by name…" in [a.text() for a in main_window.tool_bar().actions()]


def test_undo_redo_across_graphical_and_source_edits(qtbot, main_window):
    document, editor, source = loaded(main_window)
    texts = [document.text()]
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "priority"))  # graphical
    texts.append(document.text())
    type_at(qtbot, source, '"label": "Summary', "Line")  # source
    document.validate_now()
    texts.append(document.text())
    assert editor.fields.model.index(0, 1).data() == "SummaryLine"  # the table followed the typing
    click(editor.canvas, editor.canvas.scene().links[4].path().pointAtPercent(0.5))  # graphical again
    QTest.keyClick(editor.canvas.viewport(), Qt.Key.Key_Delete)
    texts.append(document.text())
    assert source.toPlainText() == document.text() and in_sync(document)
    stack = document.undo_stack()
    for expected in reversed(texts[:-1]):
        stack.undo()
        document.validate_now()
        assert document.text() == expected and source.toPlainText() == expected and in_sync(document)
        assert len(editor.canvas.scene().links) == len(document.model().mapping_list())
    assert not document.is_modified()
    for expected in texts[1:]:
        stack.redo()
        document.validate_now()
        assert document.text() == expected and in_sync(document)
    assert "reporter" not in mappings(document) and "priority" in mappings(document)


def test_out_of_date_while_the_source_is_broken_and_nothing_typed_is_lost(qtbot, main_window):
    document, editor, source = loaded(main_window)
    type_at(qtbot, source, '"key": "name"', ",,")
    qtbot.waitUntil(lambda: not document.is_current())
    broken = document.text()
    assert editor.banner.isVisible() and editor.canvas.is_stale()
    assert len(editor.canvas.scene().fields) == 6  # the last good drawing stays
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "priority"))
    assert document.text() == broken and editor.actions.dialog is None  # refused, text untouched
    click(editor.canvas, attr_center(editor, "priority"), double=True)
    assert editor.actions.dialog is None
    type_at(qtbot, source, '"key": "name",,', "")  # the canvas click moved the caret: go back
    QTest.keyClick(source, Qt.Key.Key_Backspace)
    QTest.keyClick(source, Qt.Key.Key_Backspace)
    qtbot.waitUntil(document.is_current)
    assert not editor.banner.isVisible() and not editor.canvas.is_stale()
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "priority"))
    assert "priority" in mappings(document)


def test_selection_follows_between_canvas_and_source(qtbot, main_window):
    document, editor, source = loaded(main_window)
    click(editor.canvas, editor.canvas.scene().fields[3].sceneBoundingRect().center())
    pointer = document.result().positions.pointer_at(source.sync.caret_index())
    assert pointer.startswith("/fields/3")
    assert editor.fields.table.currentIndex().row() == 3 and editor.inspector.index == 3
    link = editor.canvas.scene().links[5]
    click(editor.canvas, link.path().pointAtPercent(0.5))
    assert document.result().positions.pointer_at(source.sync.caret_index()).startswith("/mappings/5")
    # source → graphical: put the caret into a mapping object, then into a field
    cursor = source.textCursor()
    cursor.setPosition(source.toPlainText().index('"target": "reporter"'))
    source.setTextCursor(cursor)
    assert editor.canvas.scene().links[4].isSelected() and not link.isSelected()
    cursor.setPosition(source.toPlainText().index('"key": "contact"'))
    source.setTextCursor(cursor)
    assert editor.canvas.scene().fields[4].isSelected()
    assert editor.fields.table.currentIndex().row() == 4
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    source.setTextCursor(cursor)
    assert editor.fields.table.currentIndex().row() == 4  # outside any item: nothing changes


# --- property test -----------------------------------------------------------------------------

OPS = st.sampled_from(
    ["drag", "delete_line", "constant", "add_field", "rename", "label", "table_unmap", "type", "break", "undo", "redo"]
)


STEPS = st.tuples(OPS, st.integers(0, 1000), st.integers(0, 1000))


def _pick(items: list, n: int):
    return items[n % len(items)]


def _step(qtbot, op: str, a: int, b: int, document, editor, source) -> None:
    """One user action; ``a`` and ``b`` choose among what is on screen (drawn up front,
    so the drawing of test data never depends on the state of the widgets)."""
    stack = document.undo_stack()
    scene = editor.canvas.scene()
    if op == "drag" and scene.fields and document.is_current():
        attr = _pick(["priority", "detectedAt", "reporter", "externalUrl"], b)
        drag(editor.canvas, field_port(editor, _pick(sorted(scene.fields), a)), attr_center(editor, attr))
        if editor.actions.dialog is not None:
            editor.actions.dialog.done(_pick([0, 0x4000], a + b))  # No / Yes
    elif op == "delete_line" and scene.links and document.is_current():
        scene.clearSelection()
        scene.links[_pick(sorted(scene.links), a)].setSelected(True)
        QTest.keyClick(editor.canvas.viewport(), Qt.Key.Key_Delete)
    elif op == "constant":
        document.apply_model_edit("c", lambda d: E.set_mapping(d, "priority", constant=_pick(["1", "x"], a)))
    elif op == "add_field" and document.is_current():
        editor.fields.actions_["add"].trigger()
    elif op == "rename" and document.is_current() and document.model().field_list():
        document.apply_model_edit("r", lambda d: E.rename_field(d, 0, _pick(["a1", "b2", "name"], a)))
    elif op == "label" and document.is_current() and 0 in scene.fields:
        editor.fields.table.setCurrentIndex(editor.fields.model.index(0, 0))
        box = editor.inspector.editors["label"]
        box.setText(_pick(["", "Summary", 'Sum \\ "q"'], a))
        box.editingFinished.emit()
    elif op == "table_unmap" and document.is_current():
        table = editor.table
        table.setFocus()
        table.setCurrentIndex(table.model().index(a % 8, 1))
        QTest.keyClick(table, Qt.Key.Key_Delete)
    elif op == "type":
        document.edit_text(len(document.text()) - 2, 0, _pick([" ", "\n", "  "], a))
    elif op == "break":
        document.edit_text(1, 0, _pick(["x", ","], a))
    elif op == "undo" and stack.canUndo():
        stack.undo()
    elif op == "redo" and stack.canRedo():
        stack.redo()


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_graphical_and_source_edits_keep_text_and_model_equal(qtbot, main_window, data):
    document, editor, source = loaded(main_window)
    for op, a, b in data.draw(st.lists(STEPS, min_size=3, max_size=10)):
        _step(qtbot, op, a, b, document, editor, source)
        document.validate_now()
        assert source.toPlainText() == document.text()
        result = validate_text(document.text(), document.registry())
        if result.document is not None:
            assert document.is_current() and result.document == document.model()
            assert len(editor.canvas.scene().fields) == len(document.model().field_list())
        else:
            assert not document.is_current() and editor.canvas.is_stale()
    while document.undo_stack().canUndo():
        document.undo_stack().undo()
    assert document.text() == EXAMPLE.read_text("utf-8")
    document.validate_now()
    assert in_sync(document) and len(editor.canvas.scene().links) == 6


def test_canvas_point_outside_everything_is_harmless(qtbot, main_window):
    document, editor, _source = loaded(main_window)
    click(editor.canvas, QPointF(-500, -500))
    assert document.undo_stack().count() == 0


def test_a_replaced_editor_no_longer_listens_to_the_document(qtbot, main_window):
    from PySide6.QtWidgets import QLabel

    document, editor, _source = loaded(main_window)
    main_window.set_graphical_widget(QLabel("other"))
    qtbot.waitUntil(lambda: not editor.isVisible())
    from shiboken6 import isValid

    qtbot.waitUntil(lambda: not isValid(editor))  # deleted by the window
    document.replace_text("break", document.text().replace("{", "{{", 1))
    document.validate_now()  # parseStateChanged(False) reaches no deleted view
    document.undo_stack().undo()
    document.validate_now()
    assert document.is_current()
