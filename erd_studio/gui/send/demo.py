"""The editor part of ``erd-studio demo``: the window on the example, the send dialog open."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ..app import create_main_window, guard, start_application
from . import open_send_dialog


def run_demo(files: list[str], profile_id: str) -> int:
    app = start_application()
    window = create_main_window(files)
    window.show()
    guard(window)
    QTimer.singleShot(0, lambda: open_send_dialog(window, profile_id))
    return app.exec()
