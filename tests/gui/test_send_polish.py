"""Send test issue, as a German new user and in the dark scheme sees it (walkthrough findings).

Colours come from the theme and stay readable after a scheme switch; JSON errors, HTTP
status lines and the postbox's own (English) words are presented in German; the token
label tells the truth after the no-keychain question was cancelled.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from test_theme import contrast

from erd_studio.gui import theme
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.gui.send.send_dialog import SendDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")
COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


@pytest.fixture
def window(main_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window with a private copy of the YouTrack example open."""
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    assert main_window.files.open_path(path)
    return main_window


@pytest.fixture
def box() -> Iterator[LocalPostbox]:
    with LocalPostbox(erds=[EXAMPLE], db=":memory:") as postbox:
        yield postbox


@pytest.fixture
def profile(box: LocalPostbox) -> Iterator[PostboxProfile]:
    p = PostboxProfile("Lokal", box.records_url(YT))
    ProfileStore().put(p)
    TokenStore().set(p, box.tokens[YT])
    yield p
    TokenStore().delete(p)


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
