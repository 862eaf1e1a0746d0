"""The mapping editor, export and imports in German: the app started with ``ui/language`` = "de"."""

from __future__ import annotations

import pytest
import test_mapping_support as support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from test_mapping_support import EXAMPLE, attr_center, click, open_dialog

document = support.document  # fixture


@pytest.fixture
def editor(german, qtbot, document):
    from erd_studio.gui.mapping import MappingEditor

    widget = MappingEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_graphical_area_speaks_german(editor, document):
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["Zuordnungsfläche", "Zuordnungstabelle"]
    assert editor.canvas.accessibleName() == "Zuordnungsfläche"
    assert "Zuordnungstabelle (Strg+Umschalt+L)" in editor.canvas.accessibleDescription()
    assert editor.menu_actions["auto_map"].text() == "Automatisch nach Namen zuordnen…"
    assert editor.findChild(QToolButton, "fitButton").toolTip().startswith("Die ganze Zuordnung")
    assert editor.fields.filter_edit.placeholderText() == "Felder filtern…"
    header = editor.fields.model.headerData
    assert [header(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Schlüssel",
        "Bezeichnung",
        "Typ",
        "Pflichtfeld",
    ]
    document.select("/fields/0", None)
    assert editor.inspector.title.text() == "Feld 1: name"
    assert editor.inspector.findChild(QLabel, "label_maxLength").text() == "Höchstlänge"
    assert editor.table.table_model.headerData(1, Qt.Orientation.Horizontal) == "Belegt durch"


def test_value_dialog_in_german(qtbot, editor):
    click(editor.canvas, attr_center(editor, "priority"), double=True)
    dialog = open_dialog(qtbot, editor)
    assert dialog.windowTitle() == "priority belegen"
    assert dialog.constant_radio.text() == "&Konstante" and dialog.template_radio.text() == "&Vorlage"
    dialog.constant_edit.setEditText("2")
    assert dialog.message.text() == "✓ gültig"
    dialog.constant_edit.setEditText("7")
    assert dialog.message.text().startswith("Nicht gültig für priority")
    dialog.reject()


def test_export_and_import_dialogs_in_german(german, qtbot, document):
    from erd_studio.gui.exports import ExportDialog, MergeDialog, SampleDialog

    export = ExportDialog(document)
    qtbot.addWidget(export)
    assert export.windowTitle() == "Exportieren"
    assert export.findChild(QPushButton, "close").text() == "S&chließen"
    assert export.youtrack_box.title() == "YouTrack-Workflow"
    sample = SampleDialog(document)
    qtbot.addWidget(sample)
    assert sample.windowTitle() == "Felder aus einem Beispiel importieren"
    assert sample.findChild(QPushButton, "loadFile").text() == "Datei &laden…"
    merge = MergeDialog(document)
    qtbot.addWidget(merge)
    assert merge.windowTitle() == "Aus einer anderen ERD importieren"
    merge.path_edit.setText(str(EXAMPLE))
    assert merge.load()
    assert merge.message.text() == "Die andere ERD fügt nichts hinzu: Alles, was sie enthält, ist bereits vorhanden."
