"""File → Export…: the dialog a user drives — format, options, preview, refusal, save."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from erd_studio.core.exporters import export
from erd_studio.gui.exports import ExportDialog

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def open_export(qtbot, window, folder: Path, example: str = "youtrack-high-severity") -> ExportDialog:  # type: ignore[no-untyped-def]
    # A private copy: the window watches its file, and a shipped example may change on disk meanwhile.
    path = folder / f"{example}.erd.json"
    shutil.copy(EXAMPLES / path.name, path)
    window.document().load_text(path.read_text("utf-8"), path)
    window.document().validate_now()
    action = window.findChild(type(window.menu("File").actions()[0]), "exportAction")
    assert action in window.menu("File").actions() and action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_file_menu_has_export_and_imports_before_quit(main_window) -> None:
    texts = [a.text() for a in main_window.menu("File").actions()]
    assert texts.index("&Export…") < texts.index("&Quit")
    assert "Import Fields from &Sample…" in texts and "Import from &ERD…" in texts


def test_preview_is_the_export_and_follows_the_format(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    model = main_window.document().model()
    dialog.select_format("markdown")
    assert dialog.preview.toPlainText() == export("markdown", model)
    assert not dialog.youtrack_box.isVisibleTo(dialog) and not dialog.postbox_box.isVisibleTo(dialog)
    dialog.select_format("sample")
    assert json.loads(dialog.preview.toPlainText())["data"][0]["id"] == "SAMPLE-1"
    qtbot.keyClicks(dialog.record_edit, "OPS-7")
    assert json.loads(dialog.preview.toPlainText())["data"][0]["id"] == "OPS-7"
    assert dialog.path_edit.text().endswith("youtrack-high-severity.sample.json")


def test_youtrack_guard_and_property_mapping_reach_the_script(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("youtrack")
    assert dialog.youtrack_box.isVisibleTo(dialog)
    assert dialog.youtrack.combo("name").currentText() == "summary"
    assert dialog.youtrack.combo("source").currentText() == "const:6"
    value = dialog.youtrack.edits["severity_value"]
    value.selectAll()
    qtbot.keyClicks(value, "Critical")
    dialog.youtrack.combo("contact").setCurrentText("field:Security contact")
    qtbot.keyClicks(dialog.url_edit, "https://trax.example.com/postboxes/yt/records")
    script = dialog.preview.toPlainText()
    assert "severity.name === ctx.Severity.Critical.name" in script
    assert 'put(attributes, "contact", asEmail(issue.fields["Security contact"]));' in script
    assert 'const POSTBOX_URL = "https://trax.example.com/postboxes/yt/records";' in script


def test_a_property_that_names_nothing_blocks_saving_with_a_message(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("youtrack")
    dialog.youtrack.combo("name").setCurrentText("assignee")
    assert not dialog.save_button.isEnabled() and dialog.preview.toPlainText() == ""
    assert '"assignee" for the field "name" is not a YouTrack property' in dialog.message.text()
    dialog.youtrack.combo("name").setCurrentText("summary")
    assert dialog.save_button.isEnabled()


def test_a_url_with_spaces_is_refused_in_words(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("curl")
    qtbot.keyClicks(dialog.url_edit, "https://trax.example.com/post box")
    assert "contains spaces or control characters; a URL cannot" in dialog.message.text()
    assert not dialog.save_button.isEnabled()


def test_erd_with_errors_needs_export_anyway(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path, "mistakes")
    dialog.select_format("markdown")
    assert "The ERD has 8 error(s)" in dialog.message.text()
    assert not dialog.save_button.isEnabled() and dialog.force.isVisibleTo(dialog)
    dialog.force.click()
    assert dialog.force.isChecked() and dialog.save_button.isEnabled()
    assert "| E101 | error |" in dialog.preview.toPlainText()


def test_source_that_does_not_parse_cannot_be_exported(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    doc = main_window.document()
    doc.replace_text("break", doc.text()[:-5])
    doc.validate_now()
    assert "JSON error" in dialog.message.text() and not dialog.save_button.isEnabled()


def test_save_writes_the_preview_atomically(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("curl")
    dialog.path_edit.setText(str(tmp_path / "send.sh"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "send.sh").read_text("utf-8") == dialog.preview.toPlainText()
    assert dialog.message.text() == f"Saved {tmp_path / 'send.sh'}."
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.preview.toPlainText()


def test_save_into_a_missing_folder_says_what_to_do(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "x.md"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Could not save") and "Choose another folder" in dialog.message.text()


def test_a_saved_postbox_profile_fills_the_url(qtbot, main_window, monkeypatch, tmp_path: Path) -> None:
    from erd_studio.postbox.profiles import PostboxProfile, ProfileStore

    monkeypatch.setenv("ERD_STUDIO_CONFIG_DIR", str(tmp_path))
    ProfileStore().put(PostboxProfile(name="trax production", url="https://trax.example.com/postboxes/yt/records"))
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("curl")
    assert dialog.profile_box.itemText(1) == "trax production"
    dialog.profile_box.setCurrentIndex(1)
    assert dialog.url_edit.text() == "https://trax.example.com/postboxes/yt/records"
    assert "--request POST https://trax.example.com/postboxes/yt/records \\" in dialog.preview.toPlainText()
    assert dialog.postbox_form.isRowVisible(2)  # curl sends a sample: its record id can be set


def test_format_url_and_guard_are_remembered_after_a_save(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("youtrack")
    dialog.youtrack.edits["severity_value"].setText("Critical")
    dialog.url_edit.setText("https://trax.example.com/postboxes/yt/records")
    dialog.path_edit.setText(str(tmp_path / "wf.js"))
    assert dialog.on_save()
    dialog.reject()
    again = ExportDialog(main_window.document(), main_window)
    qtbot.addWidget(again)
    assert again.format_name() == "youtrack"
    assert again.youtrack.edits["severity_value"].text() == "Critical"
    assert "severity.name === ctx.Severity.Critical.name" in again.preview.toPlainText()
    assert 'const POSTBOX_URL = "https://trax.example.com/postboxes/yt/records";' in again.preview.toPlainText()


def test_a_format_without_options_gives_the_preview_the_whole_width(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    dialog.select_format("erd")
    qtbot.waitUntil(lambda: dialog.preview.width() > 0.9 * dialog.width())
    assert not dialog.options_panel.isVisible()
    dialog.select_format("curl")
    assert dialog.options_panel.isVisible() and dialog.postbox_box.isVisible()
    qtbot.waitUntil(lambda: dialog.preview.width() < 0.7 * dialog.width())  # the options take their place again


def test_the_chosen_folder_survives_a_format_switch_and_an_untitled_erd_exports_there_next_time(
    qtbot, main_window, tmp_path: Path
) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    assert Path(dialog.path_edit.text()).parent == tmp_path  # beside the ERD
    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialog.select_format("markdown")
    dialog.path_edit.setText(str(chosen / "audit.md"))
    dialog.select_format("curl")
    assert dialog.path_edit.text() == str(chosen / "youtrack-high-severity.curl.sh")
    assert dialog.on_save()
    dialog.reject()
    main_window.files.new_document()  # an untitled ERD has no folder of its own
    again = ExportDialog(main_window.document(), main_window)
    qtbot.addWidget(again)
    assert Path(again.path_edit.text()).parent == chosen


def test_saving_into_a_folder_name_asks_for_a_file_name_instead(qtbot, main_window, tmp_path: Path) -> None:
    dialog = open_export(qtbot, main_window, tmp_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.path_edit.setText(str(folder) + "/")
    assert not dialog.on_save()  # no "replace?" question about a folder
    assert "is a folder: add a file name" in dialog.message.text() and list(folder.iterdir()) == []
