"""The first thing a user sees, within a bare Qt window's start time.

Importing the editor (validation, keychain, HTTP, the views) takes several hundred
milliseconds. ``launch`` therefore creates the application and paints a splash with
the icon and what is being opened *before* importing any of it, then builds the
editor and hands over. Only PySide6 is imported at module level here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "erd-studio.svg"


def _icon_path() -> Path:
    if ICON.exists():
        return ICON
    return Path(__file__).resolve().parents[2] / "resources" / "icons" / "erd-studio.svg"


class Splash(QLabel):
    """A frameless window with the icon and what is being opened.

    Not QSplashScreen: that one blocks up to a second waiting for the window to be
    exposed on platforms that don't report it, which is exactly the delay we avoid.
    """

    def __init__(self, files: list[str]) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("splash")
        what = Path(files[0]).name if files else "ERD Studio"
        text = QCoreApplication.translate("Launch", "Opening {what}…").format(what=what)
        self.setText(f'<div align="center"><img src="{_icon_path()}" width="128" height="128"><br>{text}</div>')
        self.setStyleSheet("background: #1f4e79; color: white; padding: 24px; font-size: 14px;")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.resize(400, 260)
        geometry = self.frameGeometry()
        geometry.moveCenter(self.screen().availableGeometry().center())
        self.move(geometry.topLeft())

    def finish(self, window: QWidget) -> None:
        self.close()
        self.deleteLater()


def show_splash(files: list[str]) -> Splash:
    splash = Splash(files)
    splash.show()
    splash.repaint()  # paint now, not when the event loop next runs
    QApplication.processEvents()
    return splash


def launch(files: list[str]) -> int:
    """Splash first, then the editor: the entry point of ``erd-studio open`` and the gui-script."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    splash = show_splash(files)
    from .app import run  # the expensive part, after the first paint

    status = run(files, splash=splash)
    del app  # referenced until the event loop has ended
    return status
