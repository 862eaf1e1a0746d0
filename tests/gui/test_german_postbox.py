"""In German, what the Qt-free layers say reaches the user in German too.

Send results, profile warnings, where the token is kept, payload problems, export format
descriptions and the core's refusals are ``Msg`` templates translated by the GUI; the
English words must not leak into the German window (codes, URLs and numbers stay).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from erd_studio.gui.exports import ExportDialog
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")


@pytest.fixture
def window(german, example_window):  # type: ignore[no-untyped-def]
    """The example window, created after the German translators were installed."""
    return example_window


def send_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    window.findChild(object, "actionSendTestIssue").trigger()
    dialog = window.send_dialog
    qtbot.waitExposed(dialog)
    return dialog


def click_send(qtbot, dialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_send_results_and_where_the_token_lives_are_german(qtbot, window, box) -> None:  # type: ignore[no-untyped-def]
    profile = PostboxProfile("Lokal", box.records_url(YT))
    ProfileStore().put(profile)
    TokenStore().set(profile, "not-the-token")
    try:
        dialog = send_dialog(qtbot, window)
        assert "Im Schlüsselbund des Systems" in dialog.where.text()
        sent = click_send(qtbot, dialog)
        assert sent.outcome.status == 401
        text = dialog.response.diagnosis.text()
        assert "Die Postbox hat das Token abgelehnt (401)." in text
        assert "Hinterlegen Sie das Token des Profils erneut" in text
        assert (
            dialog.response.problems.item(0).text().endswith("(zur Anfrage insgesamt)")
        )  # the postbox's words, placed
        assert "rejected" not in text and "Set the profile" not in text
        assert "Die Postbox hat das Token abgelehnt (401)." in dialog.response.history.item(0).text()
        TokenStore().set(profile, box.tokens[YT])
        sent = click_send(qtbot, dialog)
        assert sent.outcome.status == 201
        assert "Angenommen (201): Die Postbox hat trax.cip-issue" in dialog.response.diagnosis.text()
        # the record for an auditor stays English, whatever the window speaks
        assert json.loads(dialog.history.export_json())["sends"][0]["diagnosis"]["headline"] == (
            "The postbox rejected the token (401)."
        )
    finally:
        TokenStore().delete(profile)


def test_a_refused_connection_and_a_broken_payload_are_explained_in_german(qtbot, window, box) -> None:  # type: ignore[no-untyped-def]
    port = box.port
    box.stop()  # nothing listens on this port any more
    profile = PostboxProfile("Weg", f"http://127.0.0.1:{port}/records", token_storage="ask")
    ProfileStore().put(profile)
    TokenStore().remember_for_session(profile, "abc")
    dialog = send_dialog(qtbot, window)
    click_send(qtbot, dialog)
    text = dialog.response.diagnosis.text()
    assert f"Verbindung abgelehnt: 127.0.0.1 hat die Verbindung auf Port {port} abgelehnt." in text
    assert "Prüfen Sie den Port in der URL" in text
    dialog.payload.setPlainText('{"data": [')
    qtbot.waitUntil(lambda: "kein gültiges JSON" in dialog.payload_status.text())
    assert "Die Nutzdaten sind kein gültiges JSON (Zeile 1, Spalte 11)" in dialog.payload_status.text()
    dialog.payload.setPlainText('{"data": [{"id": "X-1", "attributes": {"summary": "a", "nope": 1}}]}')
    qtbot.waitUntil(lambda: "ist kein Feld dieser ERD" in dialog.payload_status.text())
    assert "/data/0/attributes/nope: „nope“ ist kein Feld dieser ERD" in dialog.payload_status.text()
    status = dialog.payload_status.text()
    assert "is a required property" not in status and "Additional properties" not in status  # jsonschema's English
    assert "/data/0/attributes/name: das Pflichtfeld „name“ fehlt" in status


def test_profile_checks_and_warnings_are_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    form = dialog.form
    form.name.setText("Intranet")
    form.url.setText("http://trax.intra/api/records")
    form.allow_http.setChecked(True)
    form.verify.setChecked(False)
    warnings = form.warnings.text()
    assert "Die TLS-Prüfung ist ausgeschaltet" in warnings and "Einfaches http" in warnings
    form.allow_http.setChecked(False)
    assert not dialog.on_save()
    assert dialog.status.text().startswith("Mit einfachem http würde das Token unverschlüsselt gesendet.")


def test_export_formats_and_their_refusals_are_german(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(type(window.menu("File").actions()[0]), "exportAction")
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    items = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
    assert "markdown — eine lesbare Beschreibung für die Audit-Dokumentation" in items
    assert not any("readable description" in item for item in items)
    dialog.select_format("curl")
    dialog.url_edit.setText("https://trax example.com/r")
    qtbot.waitUntil(lambda: "enthält Leer- oder Steuerzeichen" in dialog.message.text())
    assert dialog.message.text().startswith("Die Postbox-URL 'https://trax example.com/r' enthält")
    assert not dialog.save_button.isEnabled()
    dialog.select_format("youtrack")
    combo = dialog.youtrack.combo("name")
    tips = {combo.itemText(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())}
    assert tips["summary"] == "die Zusammenfassung des Issues" and tips["none"] == "wird nicht gesendet"
    dialog.close()


def test_a_refused_rename_is_explained_in_german(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.findChild(object, "fieldsTable").model()
    first, second = (model.index(r, 0) for r in (0, 1))
    taken = second.data()
    assert not model.setData(first, taken, Qt.ItemDataRole.EditRole)
    assert f"der Schlüssel „{taken}“ wird schon von Feld 2 verwendet" in model.error


def test_a_broken_target_profile_file_is_explained_in_german(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from erd_studio.gui.mapping.editor import MappingEditor

    bad = tmp_path / "profil.json"
    bad.write_text("{ kein json", "utf-8")
    message = window.findChild(MappingEditor).load_profile(bad)
    assert message.startswith(f"das Profil {bad} ist kein gültiges JSON")


def test_importing_fields_from_a_sample_explains_itself_in_german(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from erd_studio.gui.exports.sample_dialog import COL_NOTE, SampleDialog

    dialog = SampleDialog(window.document(), window)
    qtbot.addWidget(dialog)
    dialog.sample_edit.setPlainText('{"Ticket Id": "OPS-1", "tags": ["a"], "assignee": null}')
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    notes = {dialog.table.item(r, COL_NOTE).text() for r in range(2)}
    assert "der Beispielwert ist null, daher ist der Typ nur geraten" in notes
    assert "der Schlüssel „Ticket_Id“ steht für „Ticket Id“" in notes
    assert "Ausgelassen: tags: eine Liste; ein ERD-Feld enthält einen Wert, keine Liste" in dialog.message.text()
