"""The mapping editor on documents that are odd: unknown profile, never parsed, malformed entries."""

from __future__ import annotations

import json

import test_mapping_support as support
from PySide6.QtCore import Qt
from test_mapping_support import EXAMPLE, attr_center, drag, field_port, mappings

document, editor = support.document, support.editor  # fixtures


def test_unknown_target_profile_draws_every_mapping_dangling(qtbot, editor, document):
    assert editor.set_profile("acme.unknown")
    scene = editor.canvas.scene()
    assert len(scene.attributes) == 6 and all(a.dangling for a in scene.attributes.values())
    assert "any known target profile" in scene.attributes["title"].subtitle
    assert editor.profile_combo.currentText() == "acme.unknown (unknown)"
    before = document.text()
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "title"))  # onto a dangling box: nothing
    assert document.text() == before and editor.actions.dialog is None
    editor.menu_actions["auto_map"].trigger()  # nothing to map onto
    assert editor.actions.dialog is None
    assert len(mappings(document)) == 6


def test_a_document_that_never_parsed_shows_nothing_until_it_does(qtbot, editor, document):
    document.load_text('{"erd": "1.0", "fields": [')
    assert document.model() is None and editor.banner.isVisible()
    assert editor.canvas.scene().items() == [] and editor.fields.model.rowCount() == 0
    assert editor.table.table_model.rowCount() == 0
    editor.fields.actions_["add"].trigger()
    assert document.text() == '{"erd": "1.0", "fields": ['  # nothing typed is touched
    document.replace_text("fix", EXAMPLE.read_text("utf-8"))
    document.validate_now()
    assert len(editor.canvas.scene().fields) == 6 and not editor.banner.isVisible()


def test_entries_that_are_not_objects_are_listed_but_not_drawn(qtbot, editor, document):
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["fields"].insert(1, 42)
    data["mappings"].insert(0, "oops")
    document.replace_text("odd", json.dumps(data, indent=2) + "\n")
    document.validate_now()
    model = editor.fields.model
    assert model.index(1, 0).data() == "(not an object)"
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    scene = editor.canvas.scene()
    assert sorted(scene.fields) == [0, 2, 3, 4, 5, 6]  # indices stay those of /fields/i
    assert sorted(scene.links) == [1, 2, 3, 4, 5, 6]
    editor.fields.table.setCurrentIndex(model.index(1, 0))
    assert not editor.inspector.isEnabled()
    editor.fields.table.setCurrentIndex(model.index(2, 0))
    assert editor.inspector.editors["key"].text() == "description"
