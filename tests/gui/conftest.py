"""GUI fixtures: every test gets its own settings and app-data folders, and a main window.

QSettings and QStandardPaths are pointed at a per-test temporary folder, so recent
files, window state, autosave copies and recovery offers never leak between tests
(or into the developer's real settings).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private XDG folders and QSettings path for this test; returns the folder."""
    base = tmp_path_factory.mktemp("appdirs")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = base / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(base / "xdg_config_home"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(base / "xdg_config_home"))
    return base


@pytest.fixture
def main_window(qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    """A shown MainWindow with a new document; closed without prompting at the end."""
    from erd_studio.gui.app import create_main_window

    window = create_main_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document().undo_stack().setClean()
    window.close()
