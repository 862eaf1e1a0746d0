"""Issue 9 polish in German: nothing clipped in the narrow fields table and the inspector,
kind words and notes in German (the app started with ``ui/language`` = "de")."""

from __future__ import annotations

import pytest
import test_mapping_support as support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from erd_studio.core import edits as E

document = support.document  # fixture


@pytest.fixture
def editor(german, qtbot, document):  # type: ignore[no-untyped-def]
    """The graphical area as wide as in a 1280-pixel main window beside the source view."""
    from erd_studio.gui.mapping import MappingEditor

    widget = MappingEditor(document)
    qtbot.addWidget(widget)
    widget.resize(760, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def clipped_labels(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible one-line labels narrower than their text."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text() and not label.wordWrap() and label.width() < label.sizeHint().width()
    ]


def test_fields_table_headers_are_whole_in_german(editor):
    table = editor.fields.table
    header = table.horizontalHeader()
    texts = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert texts == ["Schlüssel", "Bezeichnung", "Typ", "Pflichtfeld"]
    assert editor.fields.header_fits(), [header.sectionSize(c) for c in range(4)]
    assert table.viewport().width() >= header.length(), "no header hidden behind a horizontal scroll"
    tips = [table.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(4)]
    assert tips == texts  # a user who narrows a column still reads the whole header


def test_inspector_labels_are_readable_in_german(qtbot, editor, document):
    document.select("/fields/0", None)  # a string field: length and pattern rows are shown
    inspector = editor.inspector
    assert inspector.findChild(QLabel, "label_pattern").text() == "Muster (regulärer Ausdruck)"
    assert clipped_labels(inspector) == []
    scroll = editor.findChild(QScrollArea, "inspectorScroll")
    assert not scroll.horizontalScrollBar().isVisible(), "the form fits the pane's width"
    document.select("/target", None)
    assert inspector.title.wordWrap() and inspector.title.text().startswith("Wählen Sie ein Feld")
    title = inspector.title
    qtbot.waitUntil(lambda: title.height() >= title.heightForWidth(title.width()))  # both lines shown


def test_mapping_table_headers_are_whole_in_german(editor):
    editor.tabs.setCurrentWidget(editor.table)
    header = editor.table.horizontalHeader()
    for column in (1, 3):  # "Belegt durch", "Umsetzungstabelle"
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
    assert editor.table.model().headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Umsetzungstabelle"
    )


def test_kind_words_on_the_canvas_and_in_the_table_are_german(editor, document):
    document.apply_model_edit("c", lambda d: E.set_mapping(d, "priority", constant="2"))
    document.apply_model_edit("t", lambda d: E.set_mapping(d, "title", template="[{name}]"))
    scene = editor.canvas.scene()
    subtitles = sorted(badge.subtitle for badge in scene.badges.values())
    assert subtitles == ["Konstante", "Vorlage"]
    model = editor.table.table_model
    filled_by = {model.rows[r][0]: model.index(r, 1).data() for r in range(model.rowCount())}
    assert filled_by["priority"] == "Konstante" and filled_by["title"] == "Vorlage"
    assert filled_by["description"] == "Feld" and filled_by["detectedAt"] == "—"
    row = editor.table.row_of("priority")
    assert model.index(row, 1).data(Qt.ItemDataRole.EditRole) == "constant", "the file keeps the keyword"


def test_enum_note_is_german(editor, document):
    document.apply_model_edit("map", lambda d: E.set_mapping(d, "priority", source="name"))
    index = next(i for i, m in enumerate(document.model().mapping_list()) if m.target == "priority")
    document.select(f"/mappings/{index}", None)
    assert editor.inspector.title.text() == "Zuordnung 7: name → priority"
    assert editor.inspector.details.text() == "Belegt durch: Feld"
    note = editor.inspector.notes.text()
    assert "Die Werte werden beim Senden eines Datensatzes gegen 1 (High), 2 (Medium), 3 (Low) geprüft" in note
    assert "Umsetzungstabelle" in note


def test_empty_problems_panel_says_so_in_german(german, main_window):
    assert main_window.problems_panel().table.empty_text() == "✓ Keine Probleme"
