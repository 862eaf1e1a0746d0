"""Send test issue, driven end to end through the real dialog against a local test postbox."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from erd_studio.gui.send import open_send_dialog
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.gui.send.send_dialog import SendDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")


def dialog_for(qtbot, window, profile: PostboxProfile) -> SendDialog:  # type: ignore[no-untyped-def]
    window.document().load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
    window.document().validate_now()
    window.findChild(object, "actionSendTestIssue").trigger()
    dialog = window.send_dialog
    qtbot.waitExposed(dialog)
    assert dialog.profile_combo.currentData() == profile.id
    return dialog


def send(qtbot, dialog: SendDialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible() and dialog.cancel_button.isEnabled()
    return blocker.args[0]


def test_one_click_sends_the_sample_and_shows_the_created_cip_issue(qtbot, main_window, box, profile) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, main_window, profile)
    assert "system keychain" in dialog.where.text()
    preview = json.loads(dialog.preview.toPlainText())
    assert preview["title"] == "Mail server rejects all logins" and preview["classification"] == "3"
    assert "Payload fits the ERD (1 record)" in dialog.payload_status.text()
    record_id = json.loads(dialog.payload.toPlainText())["data"][0]["id"]
    sent = send(qtbot, dialog)
    assert sent.outcome.status == 201 and box.store is not None and box.store.count(YT) == 1
    assert dialog.response.status.text().startswith("<b>201 Created</b> · ")
    assert f"created trax.cip-issue {record_id}" in dialog.response.diagnosis.text()
    assert (
        json.loads(dialog.response.body.toPlainText())["data"][0]["attributes"]["title"]
        == "Mail server rejects all logins"
    )
    headers = {dialog.response.headers.item(r, 0).text() for r in range(dialog.response.headers.rowCount())}
    assert "Content-Type" in headers
    assert dialog.response.history.count() == 1 and not dialog.progress.isVisible()
    assert json.loads(dialog.payload.toPlainText())["data"][0]["id"] != record_id  # the next send needs a new id


def test_an_invalid_payload_or_erd_is_not_sent_and_the_dialog_says_why(qtbot, main_window, box, profile) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, main_window, profile)
    dialog.payload.setPlainText('{"data": [{"id": "X", "attributes": {"name": 7}}]}')
    assert (
        "Not sent until fixed" in dialog.payload_status.text()
        and "/data/0/attributes/name" in dialog.payload_status.text()
    )
    assert not dialog.send_button.isEnabled()
    dialog.payload.setPlainText('{"data": [')
    assert "not valid JSON (line 1" in dialog.payload_status.text()
    dialog.new_sample()
    assert dialog.send_button.isEnabled()
    broken = EXAMPLE.read_text("utf-8").replace('"target": "title"', '"target": "nope"', 1)
    main_window.document().load_text(broken, EXAMPLE)
    main_window.document().validate_now()
    assert (
        "Not sent: the ERD has 2 error(s)" in dialog.payload_status.text()
        or "Not sent: the ERD has" in dialog.payload_status.text()
    )
    assert not dialog.send_button.isEnabled() and box.store is not None and box.store.count(YT) == 0


def test_422_problems_jump_to_the_field_in_the_erd(qtbot, main_window, box, profile) -> None:  # type: ignore[no-untyped-def]
    # The editor's ERD has a new field the running postbox does not know yet: it answers 422.
    erd = json.loads(EXAMPLE.read_text("utf-8"))
    erd["fields"].append({"key": "severity", "type": "string", "example": "High"})
    dialog = dialog_for(qtbot, main_window, profile)
    main_window.document().load_text(json.dumps(erd, indent=2), EXAMPLE)
    main_window.document().validate_now()
    dialog.new_sample()
    assert json.loads(dialog.payload.toPlainText())["data"][0]["attributes"]["severity"] == "High"
    sent = send(qtbot, dialog)
    assert sent.outcome.status == 422 and "does not satisfy the ERD (422)" in dialog.response.diagnosis.text()
    items = [dialog.response.problems.item(i) for i in range(dialog.response.problems.count())]
    item = next(i for i in items if "/data/0/attributes/severity" in i.text())
    assert "→ ERD /fields/6" in item.text() and dialog.response.problems.isVisible()
    problems = dialog.response.problems  # the whole message and its place are readable, not cut off
    assert problems.visualItemRect(item).right() <= problems.viewport().width()
    requests: list[tuple[str, object]] = []
    main_window.document().selectionRequested.connect(lambda pointer, origin: requests.append((pointer, origin)))
    qtbot.mouseClick(
        dialog.response.problems.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.response.problems.visualItemRect(item).center(),
    )
    assert ("/fields/6", dialog) in requests  # the source view follows with a request of its own
    field_line = main_window.document().result().positions.locate("/fields/6").line
    assert main_window.source_view().textCursor().blockNumber() + 1 == field_line
    # the same problem is in the main problems panel, at the field's line, until the next edit
    panel = main_window.problems_panel()
    rows = [d for d in main_window.document().diagnostics() if d.code == "E301"]
    assert [d.pointer for d in rows] == ["/fields/6"] and rows[0].line == field_line
    assert any("E301" in panel.table.model().index(r, 1).data() for r in range(panel.table.model().rowCount()))
    doc = main_window.document()
    doc.edit_text(len(doc.text()), 0, " ")
    assert not [d for d in doc.diagnostics() if d.code == "E301"]


def test_cancel_stops_waiting_and_says_the_issue_may_have_arrived(qtbot, main_window, slow_server) -> None:  # type: ignore[no-untyped-def]
    p = PostboxProfile("slow", slow_server.url_for("/records"), token_storage="ask")
    ProfileStore().put(p)
    TokenStore().remember_for_session(p, "tok-slow-1")
    dialog = dialog_for(qtbot, main_window, p)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(slow_server.log) == 1 or dialog.cancel_button.isEnabled())
    with qtbot.waitSignal(dialog.sendFinished) as blocker:
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].outcome.kind == "cancelled"
    assert (
        "Cancelled" in dialog.response.diagnosis.text()
        and "may already have reached" in dialog.response.diagnosis.text()
    )
    assert dialog.send_button.isEnabled() and not dialog.progress.isVisible()


def test_manage_profiles_masks_the_token_checks_the_url_and_tests_the_connection(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.token.echoMode() == QLineEdit.EchoMode.Password
    dialog.on_new()
    qtbot.keyClicks(dialog.name, "Local")
    qtbot.keyClicks(dialog.url, "127.0.0.1/postboxes")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "has no scheme; start it with https://" in dialog.status.text() and ProfileStore().load() == []
    dialog.url.setText(box.records_url(YT))
    qtbot.keyClicks(dialog.token, box.tokens[YT])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Token stored."))
    saved = ProfileStore().find("Local")
    assert TokenStore().get(saved) == box.tokens[YT] and dialog.token.text() == ""
    dialog.verify.setChecked(False)
    assert "TLS verification is off" in dialog.warnings.text()
    dialog.verify.setChecked(True)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Connection works"), timeout=10000)
    assert box.store is not None and box.store.count(YT) == 0
    TokenStore().delete(saved)


def test_the_send_dialog_is_one_per_window_and_export_has_no_token(
    qtbot, main_window, box, profile, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, main_window, profile)
    assert open_send_dialog(main_window) is dialog
    send(qtbot, dialog)
    out = tmp_path / "sends.json"
    dialog.on_export(str(out))
    record = json.loads(out.read_text())
    assert record["sends"][0]["response"]["status"] == 201
    assert record["sends"][0]["request"]["headers"]["Authorization"] == "Bearer ********"
    assert box.tokens[YT] not in out.read_text()


def test_the_tool_bar_picker_chooses_the_profile_the_send_dialog_starts_with(qtbot, main_window, box, profile) -> None:  # type: ignore[no-untyped-def]
    other = PostboxProfile("Staging", "https://staging.example.com/records")
    ProfileStore().put(other)
    picker = main_window.postbox_picker
    picker.reload()
    assert [picker.itemText(i) for i in range(picker.count())] == ["Local test postbox", "Staging"]
    picker.setCurrentIndex(1)
    main_window.document().load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
    main_window.findChild(object, "actionSendTestIssue").trigger()
    dialog = main_window.send_dialog
    assert dialog.profile_combo.currentData() == other.id
    dialog.profile_combo.setCurrentIndex(dialog.profile_combo.findData(profile.id))
    assert picker.currentData() == profile.id  # the tool bar follows the dialog


def test_the_demo_s_profile_is_also_the_tool_bar_s_choice(qtbot, main_window, box, profile) -> None:  # type: ignore[no-untyped-def]
    ProfileStore().put(PostboxProfile("Aardvark staging", "https://staging.example.com/records"))  # sorts first
    main_window.document().load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
    dialog = open_send_dialog(main_window, profile.id)  # what `erd-studio demo` does
    assert dialog.profile_combo.currentData() == profile.id
    dialog.close()
    assert main_window.postbox_picker.currentText() == "Local test postbox"
