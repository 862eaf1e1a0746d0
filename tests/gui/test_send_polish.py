"""Send test issue, as a German new user and in the dark scheme sees it (walkthrough findings).

Colours come from the theme and stay readable after a scheme switch; JSON errors, HTTP
status lines and the postbox's own (English) words are presented in German; the token
label tells the truth after the no-keychain question was cancelled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from test_theme import contrast

from erd_studio.gui import theme
from erd_studio.gui.exports import SampleDialog
from erd_studio.gui.send.http_status import status_line
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.gui.send.send_dialog import SendDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore, config_dir
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")
COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


@pytest.fixture
def window(example_window):  # type: ignore[no-untyped-def]
    return example_window


@pytest.fixture
def scheme() -> Iterator[None]:
    """Whatever scheme the test picks, the next test starts in the system's again."""
    yield
    theme.set_choice("")


def open_send(qtbot, window) -> SendDialog:  # type: ignore[no-untyped-def]
    window.findChild(QAction, "actionSendTestIssue").trigger()
    dialog = window.send_dialog
    qtbot.waitExposed(dialog)
    return dialog


def send(qtbot, dialog: SendDialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def switch(qtbot, choice: str, widget: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
    """View → Colour scheme; the new palette reaches widgets by posted events, so wait for it."""
    theme.set_choice(choice)
    if widget is not None:
        base = QApplication.palette().color(QPalette.ColorRole.Base)
        qtbot.waitUntil(lambda: widget.palette().color(QPalette.ColorRole.Base) == base)


def assert_readable(colour: QColor, widget: QWidget) -> None:
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        background = widget.palette().color(role)
        assert contrast(colour, background) >= 4.5, (colour.name(), background.name())


def html_colours(html: str) -> list[QColor]:
    return [QColor(c) for c in COLOUR.findall(html)]


@pytest.mark.parametrize(("before", "after"), [("light", "dark"), ("dark", "light")])
def test_send_results_stay_readable_after_a_scheme_switch(  # type: ignore[no-untyped-def]
    qtbot, window, profile, scheme, before: str, after: str
) -> None:
    theme.set_choice(before)
    dialog = open_send(qtbot, window)
    payload = dialog.payload.toPlainText()
    assert send(qtbot, dialog).outcome.status == 201  # a green headline and grey attribute names
    shown_before = dialog.response.diagnosis.text()
    switch(qtbot, after, dialog.response.diagnosis)
    shown = dialog.response.diagnosis.text()
    assert shown != shown_before and len(html_colours(shown)) >= 2  # re-coloured on the switch
    for colour in html_colours(shown):
        assert_readable(colour, dialog.response.diagnosis)
    dialog.payload.setPlainText(payload)
    assert send(qtbot, dialog).outcome.status == 409  # the same id again: a red headline
    assert_readable(html_colours(dialog.response.diagnosis.text())[0], dialog.response.diagnosis)
    dialog.new_sample()  # green: fits the ERD
    assert_readable(html_colours(dialog.payload_status.text())[0], dialog.payload_status)
    dialog.payload.setPlainText('{"data": [')  # red: not sent until fixed
    broken = dialog.payload_status.text()
    assert_readable(html_colours(broken)[0], dialog.payload_status)
    switch(qtbot, before, dialog.payload_status)
    assert dialog.payload_status.text() != broken  # the status follows the scheme too
    assert_readable(html_colours(dialog.payload_status.text())[0], dialog.payload_status)


@pytest.mark.parametrize("first", ["light", "dark"])
def test_profile_warnings_are_readable_in_both_schemes(qtbot, scheme, first: str) -> None:  # type: ignore[no-untyped-def]
    theme.set_choice(first)
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.on_new()
    dialog.url.setText("http://trax.example.com/records")
    dialog.verify.setChecked(False)
    assert dialog.warnings.text()
    for choice in (first, "dark" if first == "light" else "light"):
        switch(qtbot, choice, dialog.warnings)
        assert_readable(dialog.warnings.palette().color(QPalette.ColorRole.WindowText), dialog.warnings)


def test_broken_json_is_explained_in_german_and_the_preview_says_why_it_is_empty(  # type: ignore[no-untyped-def]
    qtbot, german, window, profile
) -> None:
    dialog = open_send(qtbot, window)
    dialog.payload.setPlainText('{"data": [')
    assert dialog.preview.toPlainText() == "Keine Vorschau, solange die Nutzdaten kein gültiges JSON sind."
    status = dialog.payload_status.text()
    assert "Senden erst möglich, wenn Folgendes behoben ist:" in status
    assert "(Zeile 1, Spalte 11): hier fehlt ein Wert" in status and "Expecting" not in status
    dialog.payload.setPlainText('{"data": [{"id": "X-1", "attributes": {"nope": 1}}]}')
    assert dialog.preview.toPlainText() == "Keine Vorschau, solange kein Datensatz der Nutzdaten zur ERD passt."
    dialog.new_sample()
    assert json.loads(dialog.preview.toPlainText())["title"] == "Mail server rejects all logins"
    window.findChild(QAction, "importSampleAction").trigger()
    sample = window.findChild(SampleDialog)
    sample.sample_edit.setPlainText("{oops")
    text = sample.message.text()
    assert text.startswith("das Beispiel ist kein gültiges JSON (Zeile 1, Spalte 2: hier wird ein Schlüssel")
    assert "Expecting" not in text and not sample.add_button.isEnabled()


def test_status_lines_and_the_postboxs_own_words_in_german(qtbot, german, window, box) -> None:  # type: ignore[no-untyped-def]
    profile = PostboxProfile("Lokal", box.records_url(YT))
    ProfileStore().put(profile)
    TokenStore().set(profile, "not-the-token")
    try:
        dialog = open_send(qtbot, window)
        payload = dialog.payload.toPlainText()
        assert send(qtbot, dialog).outcome.status == 401
        assert dialog.response.status.text().startswith("<b>401 Nicht autorisiert</b> · ")
        problem = dialog.response.problems.item(0).text()
        assert problem.startswith("Postbox meldet: „") and problem.endswith("“ (zur Anfrage insgesamt)")
        TokenStore().set(profile, box.tokens[YT])
        assert send(qtbot, dialog).outcome.status == 201
        assert dialog.response.status.text().startswith("<b>201 Erstellt</b> · ")
        assert "Prüfen Sie die angelegte CIP-Meldung in der Postbox" in dialog.response.diagnosis.text()
        dialog.payload.setPlainText(payload)  # the same record id again
        assert send(qtbot, dialog).outcome.status == 409
        assert dialog.response.status.text().startswith("<b>409 Konflikt</b> · ")
        button = dialog.findChild(QPushButton, "newSample").text()
        assert button == "Neues Beispiel" and f"„{button}“" in dialog.response.diagnosis.text()
        assert status_line(418, "I'm a teapot") == "418 I'm a teapot"  # not the contract's: the server's words
    finally:
        TokenStore().delete(profile)


def test_a_422_problem_names_its_place_in_german(qtbot, german, window, profile) -> None:  # type: ignore[no-untyped-def]
    # The editor's ERD has a field the running postbox does not know yet: it answers 422.
    erd = json.loads(EXAMPLE.read_text("utf-8"))
    erd["fields"].append({"key": "severity", "type": "string", "example": "High"})
    window.document().load_text(json.dumps(erd, indent=2), EXAMPLE)
    window.document().validate_now()
    dialog = open_send(qtbot, window)
    assert send(qtbot, dialog).outcome.status == 422
    assert dialog.response.status.text().startswith("<b>422 Inhalt nicht verarbeitbar</b> · ")
    items = [dialog.response.problems.item(i).text() for i in range(dialog.response.problems.count())]
    assert any(
        t.startswith("Postbox meldet: „") and "“ (bei /data/0/attributes/severity)  → ERD /fields/6" in t for t in items
    ), items


def test_a_cancelled_no_keychain_question_leaves_no_token_and_the_label_says_so(  # type: ignore[no-untyped-def]
    qtbot, german, no_keychain, answer_box
) -> None:
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.on_new()
    dialog.name.setText("trax")
    dialog.url.setText("https://trax.example.com/records")
    qtbot.keyClicks(dialog.token, "tok-nokeychain-3")
    seen = answer_box("noKeychainBox", QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Das Token wurde nicht gespeichert.", timeout=5000)
    assert seen and ProfileStore().find("trax") is not None  # the profile itself was saved
    assert dialog.where.text() == (
        "Token: noch keines hinterlegt; fügen Sie es in das Feld „Token“ ein und speichern Sie."
    )
    assert not (config_dir() / "tokens").exists()
