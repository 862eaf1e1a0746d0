"""`erd-studio open` paints a splash before the editor's heavy imports, then hands over."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QWidget

from erd_studio.gui.launch import show_splash

ROOT = Path(__file__).resolve().parents[2]


def test_splash_names_the_file_and_closes_when_the_window_is_there(qtbot):
    splash = show_splash(["/some/where/my.erd.json"])
    qtbot.addWidget(splash)
    assert splash.isVisible() and "Opening my.erd.json" in splash.text()
    splash.finish(QWidget())
    assert not splash.isVisible()


def test_real_start_path_paints_before_importing_the_editor(tmp_path):
    probe = textwrap.dedent(
        """
        import os, sys
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication(sys.argv[:1])
        class Spy(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                    heavy = [m for m in ("erd_studio.core.validate", "requests", "keyring") if m in sys.modules]
                    print(obj.objectName(), heavy, flush=True)
                    os._exit(0)
                return False
        spy = Spy()
        app.installEventFilter(spy)
        from erd_studio.gui.launch import launch
        launch([sys.argv[1]])
        """
    )
    example = ROOT / "resources" / "examples" / "youtrack-high-severity.erd.json"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(example)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert out.stdout.strip() == "splash []", out.stdout + out.stderr
