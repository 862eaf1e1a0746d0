"""What the window remembers between runs (QSettings): recent files and window layout.

One small description per setting (key, default) keeps names in one place; tests point
QSettings at a private folder (tests/gui/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_KEY = "files/recent"
RECENT_MAX = 10
LAYOUT_KEYS = ("window/geometry", "window/state", "window/mainSplitter", "window/verticalSplitter")


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[Path]:
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a single-entry list as a str
        value = [value]
    return [Path(v) for v in value or [] if isinstance(v, str) and v]


def add_recent_file(path: Path) -> list[Path]:
    path = Path(path).resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:RECENT_MAX]
    settings().setValue(RECENT_KEY, [str(p) for p in files])
    return files


def remove_recent_file(path: Path) -> None:
    files = [p for p in recent_files() if p != Path(path)]
    settings().setValue(RECENT_KEY, [str(p) for p in files])


def save_layout(values: dict[str, QByteArray]) -> None:
    s = settings()
    for key, value in values.items():
        s.setValue(key, value)
    s.sync()


def load_layout() -> dict[str, QByteArray]:
    s = settings()
    found = {}
    for key in LAYOUT_KEYS:
        value = s.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            found[key] = value
    return found
