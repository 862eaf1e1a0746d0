"""Keyboard and screen reader: the graphical area and every dialog of the mapping editor,
export and imports. Each test asserts that no interactive widget is unnamed and that Tab
reaches every interactive widget, in reading order."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import test_mapping_support as support
from a11y import interactive, name_of, tab_chain, unnamed
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGraphicsView,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from test_mapping_support import attr_center, click, field_port, open_dialog

from erd_studio.core import edits as E
from erd_studio.gui.exports import ExportDialog, MergeDialog, SampleDialog

document, editor = support.document, support.editor  # fixtures
EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def assert_reaches_all(root: QWidget, chain: list[QWidget]) -> None:
    assert unnamed(root) == []
    missing = [f"{type(w).__name__}:{w.objectName()}" for w in interactive(root) if w not in chain]
    assert missing == [], "Tab never reaches these"


def positions(chain: list[QWidget], groups: list[list[QWidget]]) -> list[list[int]]:
    return [[chain.index(w) for w in group] for group in groups]


def in_order(chain: list[QWidget], *groups: list[QWidget], then: list[QWidget] = ()) -> bool:
    """Each group comes after the groups before it and is in order itself; ``then`` (a button
    box, whose order follows the platform's layout) comes after all of them."""
    spots = positions(chain, list(groups))
    flat = [i for group in spots for i in group]
    last = [chain.index(w) for w in then]
    return flat == sorted(flat) and all(i > max(flat) for i in last)


def buttons_of(box: QDialogButtonBox) -> list[QWidget]:
    return [b for b in box.buttons() if b.isVisible()]


# --- the graphical area ------------------------------------------------------------------------
def test_graphical_area_is_named_and_tab_goes_in_reading_order(editor, document):
    document.select("/fields/0", None)  # the inspector shows a field
    assert_reaches_all(editor, chain := tab_chain(editor, start=editor.profile_combo))
    fields, inspector = editor.fields, editor.inspector
    visible_editors = [w for w in inspector.focus_chain() if w.isVisibleTo(editor) and w.isEnabled()]
    assert in_order(
        chain,
        [editor.profile_combo, *editor.tool_buttons, editor.search_edit],
        [fields.filter_edit, *fields.buttons, fields.table],
        visible_editors,
        [editor.canvas],
    )
    assert chain[-1] is editor.canvas
    # inspector fields top to bottom, as the form shows them
    tops = [w.mapTo(inspector, w.rect().topLeft()).y() for w in visible_editors]
    assert tops == sorted(tops) and len(visible_editors) >= 6


def test_mapping_table_follows_the_canvas_when_shown(editor, document):
    document.select("/fields/0", None)
    editor.menu_actions["mapping_table"].trigger()
    chain = tab_chain(editor, start=editor.profile_combo)
    assert_reaches_all(editor, chain)
    assert chain[-1] is editor.table and editor.table.accessibleName()
    assert editor.tabs.currentWidget() is editor.table and editor.canvas not in chain  # one tab at a time


def press_tab(qtbot, start: QWidget, times: int) -> list[QWidget]:
    """Real Tab key presses from ``start``: the widgets that get the focus, in order."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_key_walks_the_graphical_area_and_leaves_both_tables(qtbot, editor, document):
    document.select("/fields/0", None)
    expected = [w for w in editor.focus_chain() if w.isVisibleTo(editor) and w.isEnabled()]
    expected.remove(editor.tabs)  # it hands the focus to its tab bar
    expected.insert(expected.index(editor.canvas), editor.tabs.tabBar())
    seen = press_tab(qtbot, editor.profile_combo, len(expected) - 1)
    assert seen == expected[1:]  # the fields table does not keep Tab to itself
    editor.menu_actions["mapping_table"].trigger()
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().rowCount() - 1, 2))
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and table.currentIndex().column() == 3  # cell to cell
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # after the last cell Tab leaves the table


def test_canvas_says_that_the_mapping_table_is_the_keyboard_way(editor):
    canvas = editor.findChild(QGraphicsView, "mappingCanvas")
    assert canvas.accessibleName() == "Mapping canvas"
    assert "mapping table" in canvas.accessibleDescription() and "keyboard" in canvas.accessibleDescription()
    assert canvas.toolTip()


def test_every_canvas_control_and_tool_button_has_a_tooltip_and_a_name(editor):
    for button in editor.findChildren(QToolButton):
        if button.isVisibleTo(editor):
            assert button.toolTip().strip() and button.toolTip() != button.text(), button.objectName()
            assert len(name_of(button)) > 2, button.objectName()  # not just "+" or "↑"
    for action in editor.menu_actions.values():
        assert action.toolTip() and action.toolTip() != action.text().replace("&", ""), action.objectName()
    for action in editor.fields.actions_.values():
        assert action.toolTip() != action.text(), action.objectName()
    assert editor.profile_combo.toolTip() and editor.search_edit.toolTip()
    assert editor.fields.filter_edit.toolTip()


def test_inspector_labels_point_at_their_editors(editor):
    from PySide6.QtWidgets import QLabel

    inspector = editor.inspector
    for key, widget in inspector.editors.items():
        label = inspector.findChild(QLabel, f"label_{key}")
        assert label.buddy() is widget and widget.accessibleName() == label.text()


# --- the mapping dialogs ----------------------------------------------------------------------------
def test_value_dialog(qtbot, editor):
    click(editor.canvas, attr_center(editor, "priority"), double=True)
    dialog = open_dialog(qtbot, editor)
    chain = tab_chain(dialog, start=dialog.constant_radio)
    assert_reaches_all(dialog, chain) if dialog.template_edit.isEnabled() else None
    assert unnamed(dialog) == []
    assert dialog.constant_edit.accessibleName() and dialog.template_edit.accessibleName()
    dialog.template_radio.setChecked(True)  # now the template box is enabled, the constant one not
    chain = tab_chain(dialog, start=dialog.constant_radio)
    assert_reaches_all(dialog, chain)
    buttons = dialog.findChild(QDialogButtonBox)
    assert in_order(
        chain,
        [w for w in (dialog.constant_radio, dialog.template_radio) if w in chain],
        [dialog.template_edit],
        then=buttons_of(buttons),
    )
    dialog.reject()


def test_lookup_dialog(qtbot, editor, document):
    document.apply_model_edit("lookup", lambda d: E.set_mapping(d, "priority", source="source", lookup={"6": "1"}))
    lookup = editor.canvas.scene().links[6].lookup
    click(editor.canvas, lookup.sceneBoundingRect().center(), double=True)
    dialog = open_dialog(qtbot, editor)
    add = dialog.findChild(QPushButton, "addRow")
    add.click()  # a row added later still comes before the buttons
    chain = tab_chain(dialog, start=dialog.table)
    assert_reaches_all(dialog, chain)
    combos = [dialog.target_combo(r) for r in range(dialog.table.rowCount())]
    assert all(c.accessibleName() == "Target value" for c in combos)
    assert in_order(
        chain,
        [dialog.table, *combos],
        [add, dialog.findChild(QPushButton, "removeLookup")],
        [dialog.default_edit],
        then=buttons_of(dialog.findChild(QDialogButtonBox)),
    )
    dialog.reject()


def test_auto_map_preview(qtbot, editor, document):
    document.apply_model_edit("unmap", lambda d: E.delete_mapping(d, 0))
    editor.menu_actions["auto_map"].trigger()
    dialog = open_dialog(qtbot, editor)
    chain = tab_chain(dialog, start=dialog.list)
    assert_reaches_all(dialog, chain)
    assert in_order(chain, [dialog.list], then=buttons_of(dialog.findChild(QDialogButtonBox)))
    dialog.reject()


def test_replace_prompt(qtbot, editor):
    from test_mapping_support import drag

    drag(editor.canvas, field_port(editor, 1), attr_center(editor, "title"))
    box = open_dialog(qtbot, editor, QMessageBox)
    chain = tab_chain(box, start=box.button(QMessageBox.StandardButton.Yes))
    assert_reaches_all(box, chain)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.No).click()


# --- export and imports ---------------------------------------------------------------------------------
def _load(window, folder: Path) -> None:
    path = folder / "youtrack-high-severity.erd.json"
    shutil.copy(EXAMPLES / path.name, path)
    window.document().load_text(path.read_text("utf-8"), path)
    window.document().validate_now()


def test_export_dialog(qtbot, main_window, tmp_path):
    _load(main_window, tmp_path)
    dialog = ExportDialog(main_window.document(), main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in ("youtrack", "curl", "markdown"):
        dialog.select_format(name)
        chain = tab_chain(dialog, start=dialog.format_box)
        assert_reaches_all(dialog, chain)
    dialog.select_format("youtrack")
    chain = tab_chain(dialog, start=dialog.format_box)
    yt = dialog.youtrack
    property_combos = [yt.table.cellWidget(r, 2) for r in range(yt.table.rowCount())]
    assert property_combos and all(c.accessibleName().startswith("YouTrack property for ") for c in property_combos)
    assert in_order(
        chain,
        [dialog.format_box],
        [*yt.edits.values(), yt.table, *property_combos],
        [dialog.preview, dialog.path_edit, dialog.findChild(QPushButton, "browse")],
        [dialog.copy_button, dialog.save_button, dialog.findChild(QPushButton, "close")],
    )
    dialog.select_format("curl")
    chain = tab_chain(dialog, start=dialog.format_box)
    assert in_order(chain, [dialog.format_box, dialog.profile_box, dialog.url_edit], [dialog.preview])


def test_sample_dialog(qtbot, main_window, tmp_path):
    _load(main_window, tmp_path)
    dialog = SampleDialog(main_window.document(), main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sample_edit.setPlainText(json.dumps({"summary": "Mail down", "votes": 3, "reporter": {"email": "j@x.de"}}))
    load = dialog.findChild(QPushButton, "loadFile")
    chain = tab_chain(dialog, start=load)
    assert_reaches_all(dialog, chain)
    types = [dialog.table.cellWidget(r, 1) for r in range(dialog.table.rowCount())]
    assert types and all(t.accessibleName().startswith("Type of ") for t in types)
    assert in_order(chain, [load, dialog.sample_edit, dialog.table, *types], then=buttons_of(dialog.buttons))


def test_merge_dialog(qtbot, main_window, tmp_path):
    _load(main_window, tmp_path)
    other = tmp_path / "other.erd.json"
    data = json.loads((EXAMPLES / "youtrack-high-severity.erd.json").read_text("utf-8"))
    data["fields"][0]["label"] = "Changed"
    data["fields"][1]["type"] = "text" if data["fields"][1].get("type") != "text" else "string"
    other.write_text(json.dumps(data), "utf-8")
    dialog = MergeDialog(main_window.document(), main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(other))
    assert dialog.load()
    choices = [dialog.conflicts.cellWidget(r, 3) for r in range(dialog.conflicts.rowCount())]
    assert choices and all(c.accessibleName().startswith("Use for ") for c in choices)
    chain = tab_chain(dialog, start=dialog.path_edit)
    assert_reaches_all(dialog, chain)
    assert in_order(
        chain,
        [dialog.path_edit, dialog.findChild(QPushButton, "browse"), dialog.findChild(QPushButton, "load")],
        [dialog.summary, dialog.conflicts, *choices],
        then=buttons_of(dialog.buttons),
    )
