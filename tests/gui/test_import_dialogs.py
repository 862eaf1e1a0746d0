"""Import Fields from Sample… and Import from ERD…: confirm, resolve conflicts, one undo step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from erd_studio.gui.exports import MergeDialog, SampleDialog

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
TICKET = {
    "idReadable": "OPS-12",
    "summary": "Mail down",
    "votes": 3,
    "created": "2026-11-29T08:15:00Z",
    "reporter": {"email": "jane@example.com"},
    "tags": ["security"],
    "name": "duplicate key",
}


def load(window, folder: Path, example: str = "youtrack-high-severity") -> str:  # type: ignore[no-untyped-def]
    # A private copy: the window watches its file, and a shipped example may change on disk meanwhile.
    path = folder / f"{example}.erd.json"
    shutil.copy(EXAMPLES / path.name, path)
    window.document().load_text(path.read_text("utf-8"), path)
    window.document().validate_now()
    return window.document().text()


def trigger(window, name: str, dialog_class: type):  # type: ignore[no-untyped-def]
    window.findChild(QAction, name).trigger()
    dialog = window.findChild(dialog_class)
    assert dialog is not None and dialog.isVisible()
    return dialog


def row_of(dialog: SampleDialog, key: str) -> int:
    keys = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    return keys.index(key)


def test_sample_proposals_are_confirmed_then_added_as_one_undo_step(qtbot, main_window, tmp_path: Path) -> None:
    before = load(main_window, tmp_path)
    dialog = trigger(main_window, "importSampleAction", SampleDialog)
    assert not dialog.add_button.isEnabled()
    dialog.sample_edit.setPlainText(json.dumps(TICKET))
    assert dialog.add_button.text() == "Add 5 Fields"
    assert "tags: a list" in dialog.message.text()
    name_row = dialog.table.item(row_of(dialog, "name"), 0)
    assert name_row.checkState() == Qt.CheckState.Unchecked
    dialog.table.item(row_of(dialog, "idReadable"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(row_of(dialog, "votes"), 0).setText("vote_count")
    dialog.table.cellWidget(row_of(dialog, "vote_count"), 1).setCurrentText("number")
    assert dialog.add_button.text() == "Add 4 Fields"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    doc = main_window.document()
    model = doc.model()
    added = [(f.key, f.type) for f in model.field_list()][-4:]
    assert added == [
        ("summary", "string"),
        ("vote_count", "number"),
        ("created", "datetime"),
        ("reporter_email", "email"),
    ]
    assert main_window.source_view().toPlainText() == doc.text()
    assert doc.undo_stack().undoText() == "Import 4 fields from sample"
    doc.undo_stack().undo()
    assert doc.text() == before
    doc.undo_stack().redo()
    assert doc.model().field_by_key("vote_count") is not None


def test_sample_dialog_blocks_bad_keys_and_bad_json(qtbot, main_window, tmp_path: Path) -> None:
    load(main_window, tmp_path)
    dialog = trigger(main_window, "importSampleAction", SampleDialog)
    dialog.sample_edit.setPlainText("{oops")
    assert dialog.message.text().startswith("the sample is not valid JSON (line 1, column 2")
    assert not dialog.add_button.isEnabled()
    dialog.sample_edit.setPlainText(json.dumps({"a": 1, "b": 2}))
    dialog.table.item(row_of(dialog, "b"), 0).setText("a")
    assert dialog.message.text() == 'the key "a" is ticked twice; rename one of them'
    dialog.table.item(row_of(dialog, "a"), 0).setText("name")  # the first row "a" → an existing key
    assert 'the key "name" is already used' in dialog.message.text()
    assert not dialog.add_button.isEnabled()
    dialog.reject()
    assert main_window.document().undo_stack().count() == 0


def test_erd_import_shows_conflicts_and_applies_the_choices(qtbot, main_window, tmp_path: Path) -> None:
    before = load(main_window, tmp_path)
    other = tmp_path / "jira.erd.json"
    shutil.copy(EXAMPLES / "jira-starter.erd.json", other)
    dialog = trigger(main_window, "importErdAction", MergeDialog)
    qtbot.keyClicks(dialog.path_edit, str(other))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # loads, never imports before the choices are made
    assert dialog.isVisible() and main_window.document().undo_stack().count() == 0
    summary = [dialog.summary.item(i).text() for i in range(dialog.summary.count())]
    assert "+ field priority" in summary and "+ mapping of detectedAt" in summary
    assert dialog.conflicts.rowCount() == 6 and dialog.message.text() == "6 conflicts to decide."
    assert dialog.conflicts.item(0, 0).text() == "field description"
    box = dialog.choice_box("field", "description")
    assert [box.itemText(i) for i in range(box.count())] == ["Keep mine", "Take theirs", "Rename theirs"]
    box.setCurrentIndex(box.findData("rename"))
    title = dialog.choice_box("mapping", "title")
    title.setCurrentIndex(title.findData("theirs"))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    doc = main_window.document()
    model = doc.model()
    assert model.field_by_key("description_2").example == "Three users in finance received a fake invoice mail."
    assert next(m for m in model.mapping_list() if m.target == "title").template == "[{key}] {summary}"
    assert next(m for m in model.mapping_list() if m.target == "source").source == "source"  # kept mine
    assert doc.result().errors == 0
    assert doc.undo_stack().undoText() == "Import from jira.erd.json"
    doc.undo_stack().undo()
    assert doc.text() == before


def test_erd_import_of_a_missing_or_broken_file_says_so(qtbot, main_window, tmp_path: Path) -> None:
    load(main_window, tmp_path)
    dialog = trigger(main_window, "importErdAction", MergeDialog)
    dialog.path_edit.setText(str(tmp_path / "nope.erd.json"))
    assert not dialog.load()
    assert "does not exist. Choose an ERD file." in dialog.message.text()
    broken = tmp_path / "broken.erd.json"
    broken.write_text("[1, 2", "utf-8")
    dialog.path_edit.setText(str(broken))
    assert not dialog.load() and "is not a usable ERD (line 1" in dialog.message.text()
    assert not dialog.apply_button.isEnabled()


def test_erd_import_of_itself_adds_nothing(qtbot, main_window, tmp_path: Path) -> None:
    load(main_window, tmp_path)
    dialog = trigger(main_window, "importErdAction", MergeDialog)
    dialog.path_edit.setText(str(EXAMPLES / "youtrack-high-severity.erd.json"))
    assert dialog.load()
    assert dialog.message.text() == "The other ERD adds nothing: everything it has is already here."
    assert not dialog.apply_button.isEnabled()
