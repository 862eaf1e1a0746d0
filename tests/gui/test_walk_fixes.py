"""Fixes from the German new-user walkthrough: each test fails if its problem comes back."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetricsF, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton
from test_theme import contrast

from erd_studio.gui.exports import ExportDialog, SampleDialog
from erd_studio.gui.mapping import canvas_items

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXAMPLE = "youtrack-high-severity.erd.json"


def open_copy(window, folder: Path, example: str = EXAMPLE) -> Path:  # type: ignore[no-untyped-def]
    """Open a private copy of a shipped example as a user would (File → Open)."""
    path = folder / example
    shutil.copy(EXAMPLES / example, path)
    assert window.files.open_path(path)
    window.document().validate_now()
    return path


def export_dialog(window) -> ExportDialog:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "exportAction").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


# --- 1. export never writes over a file without asking -------------------------------------
def test_erd_export_beside_the_open_file_does_not_name_the_file_itself(qtbot, main_window, tmp_path) -> None:
    path = open_copy(main_window, tmp_path)
    dialog = export_dialog(main_window)
    dialog.select_format("erd")
    assert Path(dialog.path_edit.text()) != path
    assert Path(dialog.path_edit.text()).name == "youtrack-high-severity.export.erd.json"


def test_export_over_the_open_document_is_refused_in_words(qtbot, main_window, tmp_path, answer_box) -> None:
    path = open_copy(main_window, tmp_path)
    before = path.read_bytes()
    dialog = export_dialog(main_window)
    dialog.select_format("markdown")
    dialog.path_edit.setText(str(path))
    seen = answer_box("exportOverOpenDocumentBox", QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "open in this window" in seen[0] and "File → Save" in seen[0]
    assert path.read_bytes() == before
    assert "does not replace it" in dialog.message.text()


def test_export_over_an_existing_file_asks_and_no_keeps_it(qtbot, main_window, tmp_path, answer_box) -> None:
    open_copy(main_window, tmp_path)
    other = tmp_path / "other.erd.json"
    other.write_text("{}", "utf-8")
    dialog = export_dialog(main_window)
    dialog.select_format("erd")
    dialog.path_edit.setText(str(other))

    def check_default_and_say_no(box: QMessageBox) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.No).click()

    seen = answer_box("exportReplaceBox", check_default_and_say_no)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "other.erd.json already exists" in seen[0] and "ERD file" in seen[0]
    assert other.read_text("utf-8") == "{}"
    seen = answer_box("exportReplaceBox", QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and other.read_text("utf-8") == dialog.preview.toPlainText()


# --- 6. binary files are refused, the open document stays ----------------------------------
def test_a_png_is_refused_with_its_name_and_the_document_stays(qtbot, main_window, tmp_path, answer_box) -> None:
    path = open_copy(main_window, tmp_path)
    text = main_window.document().text()
    image = tmp_path / "bild.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    told = answer_box("notTextFileBox", QMessageBox.StandardButton.Ok)
    assert not main_window.open_files([image])
    assert told and "bild.png" in told[0] and "not a text file" in told[0]
    assert main_window.document().text() == text and main_window.document().path() == path


# --- 2. the sample dialog resets on every parse result -------------------------------------
def test_sample_dialog_resets_button_and_message_on_every_parse(qtbot, main_window, tmp_path, qtlog) -> None:
    open_copy(main_window, tmp_path)
    main_window.findChild(QAction, "importSampleAction").trigger()
    dialog = main_window.findChild(SampleDialog)
    assert not [r for r in qtlog.records if "setTabOrder" in r.message]
    dialog.sample_edit.setPlainText(json.dumps({"votes": 3, "team": "ops"}))
    assert dialog.add_button.isEnabled() and dialog.add_button.text() == "Add 2 Fields"
    dialog.sample_edit.setPlainText('{"votes": 3,')
    assert dialog.table.rowCount() == 0
    assert not dialog.add_button.isEnabled() and dialog.add_button.text() == "Add Fields"
    assert dialog.message.text().startswith("the sample is not valid JSON")
    dialog.sample_edit.setPlainText("")
    assert dialog.message.text() == "" and not dialog.add_button.isEnabled()


# --- 3. the status line counts what the problems panel lists --------------------------------
def test_status_line_counts_the_postbox_refusal_like_the_problems_panel(qtbot, main_window, tmp_path) -> None:
    open_copy(main_window, tmp_path)
    status = main_window.status_line
    assert status.validity_label.text() == "✓ valid" and status.counts_label.text().startswith("0 errors")
    main_window.document().set_postbox_problems([("title is too long", "/fields/0")])
    assert status.validity_label.text() == "✗ refused by the postbox"
    assert status.counts_label.text().startswith("1 error,")


# --- 4. the start page leaves no document action to click ----------------------------------
DOCUMENT_ACTIONS = (
    "actionSendTestIssue",
    "actionValidate",
    "mapping_auto_map",
    "mapping_fit",
    "exportAction",
    "actionSave",
    "field_add",
)


def test_document_actions_wait_for_a_document_behind_the_start_page(qtbot, main_window, tmp_path) -> None:
    assert main_window.start_page.isVisible()
    for name in DOCUMENT_ACTIONS:
        assert not main_window.findChild(QAction, name).isEnabled(), name
    assert main_window.findChild(QAction, "actionOpen").isEnabled()
    assert main_window.findChild(QAction, "actionNew").isEnabled()
    open_copy(main_window, tmp_path)
    assert not main_window.start_page.isVisible()
    for name in DOCUMENT_ACTIONS:
        assert main_window.findChild(QAction, name).isEnabled(), name
    assert not main_window.findChild(QAction, "actionUndo").isEnabled()  # nothing done yet


# --- 5. a file that never parsed has no "last good state" -----------------------------------
def test_a_file_that_never_parsed_says_nothing_to_show_and_the_canvas_banner_wraps(
    qtbot, main_window, tmp_path
) -> None:
    from erd_studio.gui.mapping.canvas_view import CanvasView
    from erd_studio.gui.mapping.editor import MappingEditor

    path = tmp_path / "notjson.erd.json"
    path.write_text("Das ist kein JSON, sondern Text.\n", "utf-8")
    assert main_window.open_files([path])
    editor = main_window.findChild(MappingEditor)
    canvas = main_window.findChild(CanvasView)
    assert editor.banner.isVisible() and "nothing to show" in editor.banner.text()
    assert "last good state" not in editor.banner.text()
    assert "nothing to show" in main_window.status_line.validity_label.text()
    canvas.resize(260, 400)
    qtbot.waitUntil(lambda: canvas.viewport().width() <= 260)
    band, text = canvas.stale_banner()
    assert text.startswith("Nothing to show yet") and "last good state" not in text
    assert band.height() >= 3 * canvas.fontMetrics().lineSpacing()  # wrapped onto lines, not cut off
    image = canvas.viewport().grab().toImage()
    assert image.pixelColor(4, int(band.height()) - 3).name() == image.pixelColor(4, 3).name() != "#ffffff"


def test_a_source_broken_after_it_parsed_still_says_last_good_state(qtbot, main_window, tmp_path) -> None:
    from erd_studio.gui.mapping.editor import MappingEditor

    open_copy(main_window, tmp_path)
    main_window.document().replace_text("break", "{")
    main_window.document().validate_now()
    assert "last good state" in main_window.findChild(MappingEditor).banner.text()


# --- 7. unticked "Required" boxes stay visible in both schemes ------------------------------
@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from erd_studio.gui import theme

    QSettings().setValue(theme.SETTING, request.param)
    theme.apply_scheme(qapp)
    yield request.param
    QSettings().setValue(theme.SETTING, "")
    theme.apply_scheme(qapp)


def test_an_unticked_required_box_has_a_visible_border(qtbot, scheme, main_window, tmp_path) -> None:
    from erd_studio.gui.mapping.fields_panel import FieldsPanel

    open_copy(main_window, tmp_path)
    table = main_window.findChild(FieldsPanel).table
    model = table.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    cell = table.visualRect(model.index(row, 3))
    image = table.viewport().grab(cell).toImage()
    base = table.palette().color(QPalette.ColorRole.Base)
    middle = image.height() // 2
    best = max(contrast(image.pixelColor(x, middle), base) for x in range(image.width()))
    assert best >= 3.0, f"the box's border hardly shows on the {scheme} base ({best:.2f}:1)"


# --- 8. German wording ------------------------------------------------------------------------
def test_german_messages_read_naturally(qtbot, german, main_window, tmp_path) -> None:
    from erd_studio.gui.exports import MergeDialog
    from erd_studio.gui.i18n import diagnostic_text

    main_window.document().load_text("{}")
    texts = [diagnostic_text(d) for d in main_window.document().diagnostics()]
    assert "die Eigenschaft „erd“ fehlt im Dokument" in texts
    open_copy(main_window, tmp_path)
    main_window.findChild(QAction, "importErdAction").trigger()
    merge = main_window.findChild(MergeDialog)
    assert "&Was hinzugefügt wird:" in [label.text() for label in merge.findChildren(QLabel)]
    merge.reject()
    export = export_dialog(main_window)
    export.select_format("youtrack")
    labels = [label.text() for label in export.youtrack.findChildren(QLabel)]
    assert "Senden bei Wert:" in labels and "Feld für „gemeldet am“:" in labels
    export.reject()
    main_window.document().replace_text(
        "short name", main_window.document().text().replace('"maxLength": 255', '"maxLength": 300')
    )
    main_window.document().validate_now()
    w204 = [diagnostic_text(d) for d in main_window.document().diagnostics() if d.code == "W204"]
    assert w204 and w204[0].endswith("setzen Sie die Höchstlänge (maxLength)")


def test_german_auto_map_with_nothing_to_add_says_free_attribute(qtbot, german) -> None:
    from erd_studio.gui.mapping.dialogs import AutoMapDialog

    dialog = AutoMapDialog([])
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t.startswith("Kein freies Zielattribut hat ein gleichnamiges Feld") for t in texts), texts


def test_german_crash_dialog_names_the_support(qtbot, german) -> None:
    from erd_studio.gui.crash import CrashDialog

    dialog = CrashDialog("Traceback …")
    qtbot.addWidget(dialog)
    assert any("an den Support von ERD Studio" in label.text() for label in dialog.findChildren(QLabel))


def test_german_lookup_node_and_field_button(qtbot, german, main_window, tmp_path) -> None:
    from erd_studio.gui.mapping.canvas_view import CanvasView
    from erd_studio.gui.mapping.fields_panel import FieldsPanel

    open_copy(main_window, tmp_path, "gitlab-starter.erd.json")
    scene = main_window.findChild(CanvasView).scene()
    lookups = [link.lookup for link in scene.links.values() if link.lookup is not None]
    assert lookups and re.fullmatch(r"Tabelle \(\d+ Werte\)", lookups[0].text)
    metrics = QFontMetricsF(canvas_items._SMALL)
    assert lookups[0].boundingRect().width() > metrics.horizontalAdvance(lookups[0].text)  # the words fit
    buttons = [b.text() for b in main_window.findChild(FieldsPanel).findChildren(QToolButton)]
    assert "Duplizieren" in buttons and "Kopie" not in buttons
    assert main_window.start_page.open_button.text() == "Datei ö&ffnen…"
    assert "Testmeldung" in main_window.start_page.findChild(QLabel).text()


def test_german_recovery_prompt_says_restore(qtbot, german, main_window, answer_box) -> None:
    import os
    import subprocess
    import sys

    from erd_studio.gui.autosave import autosave_dir

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = autosave_dir() / "left.json"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_text(json.dumps({"pid": int(gone.stdout), "path": None, "savedAt": 0, "text": "{}"}), "utf-8")
    assert int(gone.stdout) != os.getpid()
    seen_buttons: list[str] = []

    def read_and_discard(box: QMessageBox) -> None:
        seen_buttons.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Discard).click()

    told = answer_box("recoveryBox", read_and_discard)
    assert not main_window.offer_recovery()
    assert "&Wiederherstellen" in seen_buttons and "Verwerfen" in seen_buttons and "&Ja" not in seen_buttons
    assert told and "„Wiederherstellen“ öffnet sie" in told[0]


def test_german_shortcuts_sort_umlauts_in_place(qtbot, german, main_window) -> None:
    from erd_studio.gui.shortcuts_help import collect_shortcuts

    names = [name for name, _keys in collect_shortcuts(main_window)]
    assert "Öffnen" in names
    after = [n for n in names if n[:1].upper() in "PQRSTUVWXYZ"]
    assert after and names.index("Öffnen") < names.index(after[0])
