"""The mapping canvas, driven with real mouse and key events."""

from __future__ import annotations

import json

import test_mapping_support as support
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from test_mapping_support import (
    answer,
    attr_center,
    click,
    drag,
    field_port,
    hover,
    in_sync,
    mappings,
    open_dialog,
)

from erd_studio.core import edits as E
from erd_studio.gui.mapping.canvas_items import LinkItem
from erd_studio.gui.mapping.common import ERROR_COLOR

document, editor = support.document, support.editor  # fixtures


def test_draws_fields_attributes_and_one_line_per_mapping(editor):
    scene = editor.canvas.scene()
    assert [n.key for n in scene.fields.values()] == [
        "name",
        "description",
        "source",
        "classification",
        "contact",
        "issue_url",
    ]
    assert list(scene.attributes) == [
        "title",
        "description",
        "source",
        "classification",
        "priority",
        "reporter",
        "externalUrl",
        "detectedAt",
    ]
    assert {k for k, a in scene.attributes.items() if a.required} == {"title", "source", "classification"}
    assert len(scene.links) == 6
    assert (scene.links[0].start.key, scene.links[0].end.key) == ("name", "title")
    assert scene.fields[0].x() < scene.attributes["title"].x()


def test_drag_from_field_to_free_attribute_maps_it_in_one_undo_step(qtbot, editor, document):
    before = document.text()
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "priority"))
    assert mappings(document)["priority"] == {"target": "priority", "source": "description"}
    assert '"target": "priority"' in document.text() and in_sync(document)
    assert len(editor.canvas.scene().links) == 7  # redrawn from the Document
    assert document.undo_stack().undoText() == "Map description → priority"
    document.undo_stack().undo()
    assert document.text() == before and "priority" not in mappings(document)
    document.undo_stack().redo()
    assert "priority" in mappings(document) and in_sync(document)


def test_drop_on_filled_attribute_asks_before_replacing(qtbot, editor, document):
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "title"))
    answer(qtbot, editor, QMessageBox.StandardButton.No)
    assert mappings(document)["title"]["source"] == "name"
    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "title"))
    box = open_dialog(qtbot, editor, QMessageBox)
    assert '"title" is already filled by the field "name"' in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert mappings(document)["title"] == {"target": "title", "source": "description"}
    assert document.undo_stack().count() == 1


def test_drop_on_nothing_or_escape_changes_nothing(qtbot, editor, document):
    before = document.text()
    drag(editor.canvas, field_port(editor, 4), QPointF(420, 600))
    assert document.text() == before and editor.canvas.interaction is None
    canvas = editor.canvas
    start = canvas.mapFromScene(field_port(editor, 4))
    QTest.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas.viewport(), canvas.mapFromScene(attr_center(editor, "priority")))
    assert canvas.interaction is not None and canvas.scene().attributes["priority"].hovered
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.interaction is None and not canvas.scene().attributes["priority"].hovered
    QTest.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert document.text() == before and document.undo_stack().count() == 0


def test_select_line_and_delete_removes_the_mapping(qtbot, editor, document):
    link = editor.canvas.scene().links[4]  # contact -> reporter
    click(editor.canvas, link.path().pointAtPercent(0.5))
    assert link.isSelected()
    QTest.keyClick(editor.canvas.viewport(), Qt.Key.Key_Delete)
    assert "reporter" not in mappings(document) and len(editor.canvas.scene().links) == 5
    assert document.undo_stack().undoText() == "Remove mapping"


def test_a_selected_line_is_drawn_in_the_selection_colour(qtbot, editor):
    from erd_studio.gui.mapping import canvas_items

    canvas = editor.canvas
    link = canvas.scene().links[4]
    middle = canvas.mapFromScene(link.path().pointAtPercent(0.5))

    def colours_near_middle() -> set[str]:
        image = canvas.viewport().grab().toImage()
        return {
            image.pixelColor(middle.x() + dx, middle.y() + dy).name() for dx in (-1, 0, 1) for dy in (-2, -1, 0, 1, 2)
        }

    assert canvas_items._SELECTED.name() not in colours_near_middle()
    click(canvas, link.path().pointAtPercent(0.5))
    assert link.isSelected()
    qtbot.waitUntil(lambda: canvas_items._SELECTED.name() in colours_near_middle())


def test_double_click_attribute_gives_it_a_constant_or_template(qtbot, editor, document):
    click(editor.canvas, attr_center(editor, "priority"), double=True)
    dialog = open_dialog(qtbot, editor)
    assert [dialog.constant_edit.itemText(i) for i in range(dialog.constant_edit.count())] == ["1", "2", "3"]
    dialog.constant_edit.setEditText("7")
    assert "not one of the allowed values" in dialog.findChild(type(dialog.message), "valueMessage").text()
    dialog.constant_edit.setEditText("2")
    assert dialog.message.text() == "✓ valid"
    dialog.accept()
    assert mappings(document)["priority"] == {"target": "priority", "constant": "2"}
    badge = editor.canvas.scene().badges[6]
    assert badge.title == '= "2"'
    click(editor.canvas, attr_center(editor, "title"), double=True)
    dialog = open_dialog(qtbot, editor)
    dialog.template_radio.setChecked(True)
    dialog.template_edit.setText("[{id}] {nme}")
    assert "No field {nme}" in dialog.message.text()
    dialog.template_edit.setText("[{id}] {name}")
    dialog.accept()
    assert mappings(document)["title"] == {"target": "title", "template": "[{id}] {name}"}
    scene = editor.canvas.scene()
    dashed = [link for link in scene.items() if isinstance(link, LinkItem) and link.secondary]
    assert [(d.start.key, d.end.mapping_index) for d in dashed] == [("name", 0)]


def test_lookup_node_opens_editor_with_source_and_target_values(qtbot, editor, document):
    document.apply_model_edit("lookup", lambda d: E.set_mapping(d, "priority", source="source", lookup={"6": "1"}))
    link = editor.canvas.scene().links[6]
    assert link.lookup is not None and link.lookup.text == "lookup (1 value)"
    click(editor.canvas, link.lookup.sceneBoundingRect().center(), double=True)
    dialog = open_dialog(qtbot, editor)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows == ["1", "2", "3", "4", "5", "6"]  # the source enum's values
    combo = dialog.target_combo(5)
    assert combo.currentText() == "1" and [combo.itemText(i) for i in range(combo.count())] == ["", "1", "2", "3"]
    dialog.target_combo(3).setEditText("2")
    dialog.default_edit.setEditText("9")
    assert "default" in dialog.message.text() and "not one of the allowed values" in dialog.message.text()
    dialog.default_edit.setEditText("3")
    dialog.accept()
    assert mappings(document)["priority"] == {
        "target": "priority",
        "source": "source",
        "lookup": {"4": "2", "6": "1"},
        "default": "3",
    }
    assert editor.canvas.scene().links[6].lookup.text == "lookup (2 values)"


def test_lines_and_items_show_their_diagnostics(qtbot, editor, document):
    document.apply_model_edit("bad", lambda d: E.set_mapping(d, "priority", constant="urgent"))
    document.apply_model_edit("unmap", lambda d: E.remove_mapping(d, "title"))
    scene = editor.canvas.scene()
    badge_link = scene.links[[m.target for m in document.model().mapping_list()].index("priority")]
    assert badge_link.color == ERROR_COLOR and "E108" in badge_link.toolTip()
    title = scene.attributes["title"]
    assert title.color == ERROR_COLOR and "E105" in title.toolTip()
    assert "W201" in scene.fields[0].toolTip()  # "name" is no longer used


def test_hover_highlights_a_line_and_both_ends(qtbot, editor):
    link = editor.canvas.scene().links[0]
    hover(editor.canvas, link.path().pointAtPercent(0.5))
    assert link.hovered
    assert link.start.hovered and link.end.hovered and link.pen().widthF() > 3
    hover(editor.canvas, QPointF(400, 700))
    assert not link.hovered
    assert not link.start.hovered


def test_zoom_fit_and_search(qtbot, editor):
    canvas = editor.canvas
    editor.menu_actions["zoom_in"].trigger()
    assert abs(canvas.zoom_level() - 1.25) < 1e-6
    editor.menu_actions["zoom_out"].trigger()
    editor.menu_actions["zoom_out"].trigger()
    assert canvas.zoom_level() < 1
    editor.menu_actions["fit"].trigger()
    assert canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(canvas.scene().itemsBoundingRect())
    canvas.scale(4, 4)
    editor.search_edit.setText("externalurl")
    node = canvas.scene().attributes["externalUrl"]
    assert node.matched and not canvas.scene().attributes["title"].matched
    assert canvas.mapToScene(canvas.viewport().rect()).boundingRect().contains(node.sceneBoundingRect().center())
    editor.search_edit.setText("")
    assert not node.matched


def test_auto_map_shows_a_preview_before_applying(qtbot, editor, document):
    document.apply_model_edit("clear", lambda d: setattr(d, "mappings", []))
    editor.menu_actions["auto_map"].trigger()
    dialog = open_dialog(qtbot, editor)
    assert [(p.source, p.target) for p in dialog.proposals] == [
        ("description", "description"),
        ("source", "source"),
        ("classification", "classification"),
    ]
    assert mappings(document) == {}  # nothing yet
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert sorted(mappings(document)) == ["classification", "source"]
    assert document.undo_stack().undoText() == "Auto-map 2 attributes"
    assert E.mapping_index(document.model(), "description") is None


def test_switching_profile_redraws_and_keeps_dangling_mappings(qtbot, editor, document, tmp_path):
    profile = {
        "profile": "1.0",
        "id": "acme.ticket",
        "name": "ACME ticket",
        "attributes": [{"key": "title", "type": "string", "required": True}, {"key": "body", "type": "text"}],
    }
    path = tmp_path / "acme.json"
    path.write_text(json.dumps(profile))
    assert editor.load_profile(path) is None
    assert document.model().target == "acme.ticket" and editor.profile_combo.currentData() == "acme.ticket"
    scene = editor.canvas.scene()
    assert [k for k, a in scene.attributes.items() if not a.dangling] == ["title", "body"]
    dangling = [k for k, a in scene.attributes.items() if a.dangling]
    assert dangling == ["description", "source", "classification", "reporter", "externalUrl"]
    assert "E103" in scene.links[1].toolTip() and len(mappings(document)) == 6
    editor.profile_combo.setCurrentIndex(editor.profile_combo.findData("trax.cip-issue"))
    editor.profile_combo.activated.emit(editor.profile_combo.currentIndex())
    assert not any(a.dangling for a in editor.canvas.scene().attributes.values())
    document.undo_stack().undo()
    assert document.model().target == "acme.ticket"
    assert "cannot read the profile" in editor.load_profile(tmp_path / "nope.json")


def test_an_edit_redraws_only_what_changed_and_leaves_nothing_behind(qtbot, editor, document):
    scene = editor.canvas.scene()
    before_fields = dict(scene.fields)
    kept_link = scene.links[5]  # issue_url -> externalUrl
    click(editor.canvas, scene.links[1].path().pointAtPercent(0.5))
    QTest.keyClick(editor.canvas.viewport(), Qt.Key.Key_Delete)  # removes mapping 1: later ones shift
    assert all(scene.fields[i] is node for i, node in before_fields.items() if i != 1)
    assert "W201" in scene.fields[1].toolTip()  # "description" is now unused: that box is new
    assert scene.links[4] is kept_link and kept_link.mapping_index == 4
    boxes = len(scene.fields) + len(scene.attributes) + len(scene.badges)
    assert len(scene.items()) == boxes + len(scene.links)  # no stale line or box left on the canvas
    assert [link.end.key for link in scene.fields[1].links] == []  # "description" feeds nothing now
    document.undo_stack().undo()
    assert len(scene.items()) == len(scene.fields) + len(scene.attributes) + 6
    assert [link.end.key for link in scene.fields[1].links] == ["description"]
