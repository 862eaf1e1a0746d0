"""The source widget and the Document's text never drift apart, whatever the edits (property test)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from erd_studio.gui.document import Document
from erd_studio.gui.source import SourceEdit
from erd_studio.gui.textops import utf16_from_index

PIECES = st.sampled_from(["a", " ", "\n", "{", "}", '"', "é", "😀", "ab\ncd", "\t", ""])
EDITS = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 4), PIECES), min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_random_widget_edits_keep_text_in_sync_and_undo_exactly(qtbot, edits):
    doc = Document()
    start_text = '{\n  "name": "Zoë 😀",\n  "fields": []\n}\n'
    doc.load_text(start_text)
    edit = SourceEdit(doc)
    qtbot.addWidget(edit)
    for where, remove, piece in edits:
        qdoc = edit.document()
        text = doc.text()
        cursor = QTextCursor(qdoc)
        cursor.setPosition(utf16_from_index(text, round(where * len(text))))  # a caret is never inside a 😀
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, remove)
        cursor.insertText(piece)
        assert edit.toPlainText() == doc.text()
    final = doc.text()
    stack = doc.undo_stack()
    while stack.canUndo():
        stack.undo()
        assert edit.toPlainText() == doc.text()
    assert doc.text() == start_text and not doc.is_modified()
    while stack.canRedo():
        stack.redo()
    assert doc.text() == final == edit.toPlainText()
