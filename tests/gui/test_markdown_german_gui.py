"""The Markdown description in German from File → Export…, and the Qt-free catalogue
reader agreeing with Qt's translator (the CLI and the GUI must use the same words)."""

from __future__ import annotations

import shutil
from pathlib import Path

from a11y import tab_chain
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from erd_studio.core import load_path
from erd_studio.core.catalogue import translator
from erd_studio.core.exporters import export
from erd_studio.core.messages import msg
from erd_studio.gui import core_messages
from erd_studio.gui.exports import ExportDialog
from erd_studio.gui.i18n import translate_message

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def open_markdown(qtbot, window, folder: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    path = folder / "youtrack-high-severity.erd.json"  # a private copy: the window watches its file
    shutil.copy(EXAMPLES / path.name, path)
    window.document().load_text(path.read_text("utf-8"), path)
    window.document().validate_now()
    window.findChild(type(window.menu("File").actions()[0]), "exportAction").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.select_format("markdown")
    return dialog


def test_catalogue_reader_and_qt_translate_every_core_template_alike(german) -> None:  # type: ignore[no-untyped-def]
    ours = translator("de")
    templates = list(core_messages.TEMPLATES)
    assert "Fields the external system sends" in templates and len(templates) > 300
    assert [ours(t) for t in templates] == [translate_message(t) for t in templates]
    assert ours("Fields the external system sends") == "Felder, die das externe System sendet"
    for message in (
        msg("field {source}", source="`name`"),
        msg("{errors} error(s), {warnings} warning(s).", errors=2, warnings=1),
        msg("**Target:** {target}", target="`trax.cip-issue`"),
    ):
        assert message.render(ours) == message.render(translate_message) != message.render()
    mistakes = load_path(EXAMPLES / "mistakes.erd.json").diagnostics
    assert [d.localized(ours) for d in mistakes] == [d.localized(translate_message) for d in mistakes]
    assert any("doppelt" in d.localized(ours) for d in mistakes)


def test_preview_follows_the_language_and_save_remembers_it(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_markdown(qtbot, main_window, tmp_path)
    model = main_window.document().model()
    combo = dialog.language_box
    assert combo.isVisibleTo(dialog) and combo.currentText() == "English"  # the UI speaks English here
    assert dialog.preview.toPlainText() == export("markdown", model)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # English → Deutsch, as a keyboard user picks it
    assert combo.currentText() == "Deutsch"
    assert "## Felder, die das externe System sendet" in dialog.preview.toPlainText()
    assert dialog.preview.toPlainText() == export("markdown", model, {"language": "de"})
    dialog.path_edit.setText(str(tmp_path / "audit.md"))
    assert dialog.on_save()
    assert (tmp_path / "audit.md").read_text("utf-8").startswith("# YouTrack: high-severity tickets")
    assert "| Zielattribut | Bezeichnung | Pflicht | befüllt aus |" in (tmp_path / "audit.md").read_text("utf-8")
    dialog.reject()
    again = ExportDialog(main_window.document(), main_window)
    qtbot.addWidget(again)
    assert again.format_name() == "markdown" and again.language_box.currentText() == "Deutsch"
    assert "## Prüfergebnisse" in again.preview.toPlainText()
    again.language_box.setCurrentIndex(again.language_box.findData("en"))  # looked at in English …
    again.select_format("sample")  # … but saved a sample: other formats have no language
    assert not again.language_box.isVisibleTo(again)
    again.path_edit.setText(str(tmp_path / "sample.json"))
    assert again.on_save()
    again.reject()
    third = ExportDialog(main_window.document(), main_window)
    qtbot.addWidget(third)
    assert third.language_box.currentText() == "Deutsch"  # the audit page's language stays as last saved


def test_german_ui_starts_with_a_german_page_and_the_combo_is_reachable(qtbot, german, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_markdown(qtbot, main_window, tmp_path)
    combo = dialog.language_box
    assert (
        combo.currentText() == "Deutsch" and "## Felder, die das externe System sendet" in dialog.preview.toPlainText()
    )
    assert combo.accessibleName() == "Sprache der Beschreibung" and "bleiben, wie sie sind" in combo.toolTip()
    chain = tab_chain(dialog, start=dialog.format_box)
    assert chain.index(combo) == chain.index(dialog.format_box) + 1 < chain.index(dialog.preview)
    combo.setCurrentIndex(combo.findData("en"))
    assert "## Fields the external system sends" in dialog.preview.toPlainText()
