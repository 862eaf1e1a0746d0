"""The app started in German: menus, problems, status line and the postbox dialogs speak it.

The language comes from the settings (``ui/language`` = "de"), as a user would choose it;
``menu(name)`` still answers to the English keys other parts use.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from erd_studio.gui.send import open_send_dialog
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.resources import resource


@pytest.fixture
def window(german, main_window):  # type: ignore[no-untyped-def]
    """The shared main_window fixture, created after the German translators were installed."""
    return main_window


def texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menu_titles_are_german_and_keys_stay_english(window) -> None:  # type: ignore[no-untyped-def]
    assert {"Datei", "Bearbeiten", "Ansicht", "Postbox", "Hilfe"} <= set(texts(window))
    assert window.menu("File").title() == "&Datei"
    assert window.menu("Help").title() == "&Hilfe"
    file_entries = [a.text() for a in window.menu("File").actions()]
    assert "&Speichern" in file_entries and "Speichern &unter…" in file_entries
    assert window.windowTitle() == "ERD Studio"  # the start page: no document, no "Unbenannt"
    window.files.new_document()
    assert window.windowTitle().startswith("Unbenannt")


def test_problems_and_status_line_in_german(window, examples_dir) -> None:  # type: ignore[no-untyped-def]
    assert window.files.open_path(examples_dir / "mistakes.erd.json")
    panel = window.problems_panel()
    assert panel.summary.text().startswith("Probleme: 8 Fehler, 5 Warnungen")
    model = panel.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Schweregrad", "Code", "Meldung", "Zeile:Spalte", "Zeiger"]
    messages = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any("wird doppelt verwendet" in m for m in messages)  # the core's E101 in German
    assert window.status_line.validity_label.text() == "✗ nicht gültig"
    assert window.status_line.counts_label.text() == "8 Fehler, 5 Warnungen"


def test_postbox_dialogs_in_german(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.files.open_path(resource("examples", "youtrack-high-severity.erd.json"))
    dialog = open_send_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Testmeldung senden"
    assert dialog.send_button.text() == "Senden"
    assert dialog.findChild(QPushButton, "copyCurl").text() == "Als curl kopieren"
    assert dialog.where.text().startswith("Noch kein Postbox-Profil")
    dialog.close()
    profiles = ProfilesDialog(window)
    qtbot.addWidget(profiles)
    assert profiles.windowTitle() == "Postbox-Profile"
    assert profiles.test_button.text() == "Verbindung testen"
    assert profiles.form.storage.itemText(0) == "Schlüsselbund des Systems"
    assert window.postbox_picker.accessibleName() == "Postbox-Profil"


def test_source_view_actions_in_german(window) -> None:  # type: ignore[no-untyped-def]
    edit_entries = [a.text() for a in window.menu("Edit").actions()]
    assert "&Suchen…" in edit_entries and "&Gehe zu Zeile…" in edit_entries
    assert window.source_view().accessibleName() == "Quelltextansicht"
    bar = window.source_panel().find_bar
    assert bar.find_edit.placeholderText() == "Suchen" and bar.case.text() == "Groß-/Kleinschreibung beachten"
