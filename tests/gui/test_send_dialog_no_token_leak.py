"""After a full send through the dialogs, no widget, clipboard, export, log or file holds the token."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget, QWidget

from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.local import LocalPostbox
from erd_studio.postbox.profiles import ProfileStore
from erd_studio.resources import resource

YT = "youtrack-high-severity"
EXAMPLE = resource("examples", f"{YT}.erd.json")
TOKEN = "tok-GUILEAK-31415926535"


def shown_text(root: QWidget) -> str:
    parts = []
    for w in root.findChildren(QLabel):
        parts.append(w.text())
    for w in root.findChildren(QLineEdit):
        parts.append(w.text())
    for w in root.findChildren(QPlainTextEdit):
        parts.append(w.toPlainText())
    for w in root.findChildren(QListWidget):
        parts += [w.item(i).text() for i in range(w.count())]
    for w in root.findChildren(QTableWidget):
        parts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount()) if w.item(r, c)]
    return "\n".join(parts)


def test_gui_send_leaves_the_token_nowhere(qtbot, main_window, isolated_app_dirs: Path, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    with LocalPostbox(erds=[EXAMPLE], db=":memory:", tokens={YT: TOKEN}) as box:
        profiles = ProfilesDialog()
        qtbot.addWidget(profiles)
        profiles.on_new()
        profiles.name.setText("Local")
        profiles.url.setText(box.records_url(YT))
        qtbot.keyClicks(profiles.token, TOKEN)
        qtbot.mouseClick(profiles.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: profiles.status.text().startswith("Token stored."))
        qtbot.mouseClick(profiles.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: profiles.status.text().startswith("Connection works"), timeout=10000)
        main_window.document().load_text(EXAMPLE.read_text("utf-8"), EXAMPLE)
        main_window.document().validate_now()
        main_window.findChild(object, "actionSendTestIssue").trigger()
        dialog = main_window.send_dialog
        with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as sent:
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert sent.args[0].outcome.status == 201
        qtbot.mouseClick(dialog.findChild(object, "copyCurl"), Qt.MouseButton.LeftButton)
        clipboard = QGuiApplication.clipboard().text()
        export = tmp_path / "sends.json"
        dialog.on_export(str(export))
    everything = "\n".join(
        [
            shown_text(profiles),
            shown_text(dialog),
            shown_text(main_window),
            clipboard,
            export.read_text("utf-8"),
            caplog.text,
            "\n".join(p.read_text("utf-8", "replace") for p in isolated_app_dirs.rglob("*") if p.is_file()),
        ]
    )
    assert "ERD_STUDIO_TOKEN" in clipboard and json.loads(export.read_text())["sends"][0]["response"]["status"] == 201
    assert "Bearer ********" in everything
    assert (isolated_app_dirs / "xdg_config_home" / "erd-studio" / "postbox-profiles.json").is_file()
    assert TOKEN not in everything
    TokenStore().delete(ProfileStore().find("Local"))
