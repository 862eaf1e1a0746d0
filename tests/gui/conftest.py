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
    """A shown MainWindow with a new document; closed without the unsaved-changes prompt at the end.

    Not registered with ``qtbot.addWidget``: pytest-qt would close it before this
    fixture could mark the document clean, and the close would then ask.
    """
    from erd_studio.gui.app import create_main_window

    window = create_main_window()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.document().undo_stack().setClean()
    _discard_late_prompt(window)
    window.close()
    window.deleteLater()


def _discard_late_prompt(window) -> None:  # type: ignore[no-untyped-def]
    """Answer "Discard" should closing still ask (a part may commit a pending edit on close).

    The polling timer belongs to the window, so it dies with it.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def poll() -> None:
        box = window.findChild(QMessageBox, "unsavedChangesBox")
        if box is not None and box.isVisible():
            box.button(QMessageBox.StandardButton.Discard).click()

    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(20)


@pytest.fixture
def answer_box(qtbot):  # type: ignore[no-untyped-def]
    """Answer the next modal box named ``name`` as a person would: click one of its buttons.

    ``answer_box("unsavedChangesBox", QMessageBox.StandardButton.Discard)`` before the
    action that opens it; ``button`` may also be a function that receives the dialog
    (to fill in a QInputDialog, say). Returns a list that receives the box's text once
    it was answered, so the test can assert on what the user was told.
    """
    from PySide6.QtCore import QDeadlineTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer(name: str, button, timeout_ms: int = 5000) -> list[str]:  # type: ignore[no-untyped-def]
        seen: list[str] = []
        deadline = QDeadlineTimer(timeout_ms)

        def poll() -> None:
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == name and widget.isVisible():
                    if isinstance(widget, QMessageBox):
                        seen.append(f"{widget.text()} {widget.informativeText()}")
                    else:
                        seen.append(name)
                    if callable(button):
                        button(widget)
                    else:
                        qtbot.mouseClick(widget.button(button), Qt.MouseButton.LeftButton)
                    return
            if not deadline.hasExpired():
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)
        return seen

    return answer


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app in German, chosen as a user would (settings ``ui/language``), English again afterwards."""
    from PySide6.QtCore import QSettings

    from erd_studio.gui.i18n import SETTING, install_translators

    QSettings().setValue(SETTING, "de")
    assert install_translators(qapp) == "de"
    yield
    QSettings().setValue(SETTING, "en")
    install_translators(qapp, "en")


YOUTRACK = "youtrack-high-severity"


@pytest.fixture
def box() -> Iterator:
    """A real local test postbox (in memory) serving the shipped YouTrack example's ERD."""
    from erd_studio.postbox.local import LocalPostbox
    from erd_studio.resources import resource

    with LocalPostbox(erds=[resource("examples", f"{YOUTRACK}.erd.json")], db=":memory:") as postbox:
        yield postbox


@pytest.fixture
def profile(box) -> Iterator:  # type: ignore[no-untyped-def]
    """A saved postbox profile for ``box`` whose token is in the (test session's) keychain."""
    from erd_studio.postbox.credentials import TokenStore
    from erd_studio.postbox.profiles import PostboxProfile, ProfileStore

    p = PostboxProfile("Local test postbox", box.records_url(YOUTRACK))
    ProfileStore().put(p)
    TokenStore().set(p, box.tokens[YOUTRACK])
    yield p
    TokenStore().delete(p)


@pytest.fixture
def example_window(main_window, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The main window with a private copy of the YouTrack example open (the window watches its file)."""
    import shutil

    from erd_studio.resources import resource

    path = tmp_path / f"{YOUTRACK}.erd.json"
    shutil.copy(resource("examples", path.name), path)
    assert main_window.files.open_path(path)
    return main_window


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """keyring's own "no backend" configuration, as on a machine without any keychain."""
    import keyring
    import keyring.backends.fail

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)
