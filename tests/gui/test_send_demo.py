"""The demo's promise: the window opens on the YouTrack example and one click sends a test issue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from erd_studio.commands.demo import configure_profile
from erd_studio.gui.app import create_main_window
from erd_studio.gui.send import open_send_dialog
from erd_studio.postbox.credentials import TokenStore
from erd_studio.postbox.local import LocalPostbox
from erd_studio.resources import resource

EXAMPLE = resource("examples", "youtrack-high-severity.erd.json")


def test_one_click_in_the_demo_creates_a_cip_issue(qtbot) -> None:  # type: ignore[no-untyped-def]
    with LocalPostbox(erds=[EXAMPLE], db=":memory:") as box:
        profile, _ = configure_profile(box.records_url("youtrack-high-severity"), box.tokens["youtrack-high-severity"])
        window = create_main_window([str(EXAMPLE)])
        qtbot.addWidget(window)
        window.show()
        dialog = open_send_dialog(window, profile.id)
        with qtbot.waitSignal(dialog.sendFinished, timeout=10000) as sent:
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert sent.args[0].diagnosis.ok
        assert "Accepted (201): the postbox created trax.cip-issue TEST-" in dialog.response.diagnosis.text()
        assert box.store is not None and box.store.count("youtrack-high-severity") == 1
        window.document().undo_stack().setClean()
        TokenStore().delete(profile)
