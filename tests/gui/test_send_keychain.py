"""The dialogs when the keychain is missing or its entry is gone: the user chooses, never silently."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore, config_dir
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")


def answer_modal(qtbot, respond) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog (a QMessageBox or QInputDialog) when it appears."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
        else:
            respond(modal)

    QTimer.singleShot(0, poll)


SEEN: list[str] = []


def click_button(text: str):  # type: ignore[no-untyped-def]
    def respond(box: QMessageBox) -> None:
        SEEN.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    return respond


@pytest.mark.parametrize(("choice", "storage"), [("Ask each time", "ask"), ("Store in a file only I can read", "file")])
def test_without_a_keychain_the_user_chooses_where_the_token_goes(
    qtbot, no_keychain, choice: str, storage: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.on_new()
    dialog.name.setText("trax")
    dialog.url.setText("https://trax.example.com/records")
    qtbot.keyClicks(dialog.token, "tok-nokeychain-1")
    answer_modal(qtbot, click_button(choice))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Token stored."), timeout=5000)
    assert "No keychain is available on this computer" in SEEN[-1]
    profile = ProfileStore().find("trax")
    assert profile.token_storage == storage and TokenStore().get(profile) == "tok-nokeychain-1"
    token_file = config_dir() / "tokens" / f"{profile.id}.token"
    if storage == "file":
        assert stat.S_IMODE(token_file.stat().st_mode) == 0o600 and "readable only by you" in dialog.where.text()
    else:
        assert not token_file.exists() and "Not stored" in dialog.where.text()
    TokenStore().delete(profile)


def test_cancel_on_the_no_keychain_question_stores_nothing(qtbot, no_keychain) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.on_new()
    dialog.name.setText("trax")
    dialog.url.setText("https://trax.example.com/records")
    qtbot.keyClicks(dialog.token, "tok-nokeychain-2")
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "The token was not stored.", timeout=5000)
    assert not (config_dir() / "tokens").exists()


def test_a_profile_whose_keychain_entry_is_gone_asks_and_says_why(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    with LocalPostbox(erds=[EXAMPLE], db=":memory:") as box:
        profile = PostboxProfile("gone", box.records_url(YT))
        ProfileStore().put(profile)  # keychain storage, but no entry was ever stored
        main_window.document().load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
        main_window.document().validate_now()
        main_window.findChild(object, "actionSendTestIssue").trigger()
        dialog = main_window.send_dialog
        seen: list[str] = []

        def respond(modal: QInputDialog) -> None:
            seen.append(modal.labelText())
            modal.setTextValue(box.tokens[YT])
            modal.accept()

        answer_modal(qtbot, respond)
        with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as sent:
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert 'No token is stored for "gone"' in seen[0] and "Expected: In the system keychain" in seen[0]
        assert "may have been removed" in seen[0]
        assert sent.args[0].outcome.status == 201
        assert TokenStore().get(profile) is None  # used once, not stored behind the user's back


def test_deleting_a_profile_asks_first_and_removes_its_token(qtbot) -> None:  # type: ignore[no-untyped-def]
    profile = PostboxProfile("old", "https://old.example.com/records")
    ProfileStore().put(profile)
    TokenStore().set(profile, "tok-delete-me")
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(dialog.findChild(object, "deleteProfile"), Qt.MouseButton.LeftButton)
    assert [p.name for p in ProfileStore().load()] == ["old"]
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.findChild(object, "deleteProfile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == 'Removed "old" and its token.')
    assert ProfileStore().load() == [] and TokenStore().get(profile) is None
