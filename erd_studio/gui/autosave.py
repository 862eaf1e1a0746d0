"""Autosave of unsaved work, and the recovery offer after a crash.

Every few seconds, while the document has unsaved changes, its text is written
atomically to ``<GenericDataLocation>/erd-studio/autosave/<pid>-<n>.json`` together with the path it
belongs to. The copy is removed when the document becomes clean (saved, discarded) and
when the window closes normally. A copy whose process no longer runs is therefore
work that a crash or a kill left behind: at the next start the app offers it back.

``ERD_STUDIO_AUTOSAVE_MS`` overrides the interval (the recovery test uses a short one).
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QSaveFile, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from .document import Document
from .prompts import Button

DEFAULT_INTERVAL_MS = 5000
_counter = itertools.count(1)


def autosave_dir() -> Path:
    """The platform's data folder (not the app-named one, so it does not depend on QApplication's names)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / "erd-studio" / "autosave"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Recoverable:
    """Unsaved work left behind by a process that is gone."""

    file: Path
    path: Path | None
    text: str
    saved_at: float

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        name = self.path.name if self.path else QCoreApplication.translate("Autosaver", "an unsaved document")
        return QCoreApplication.translate("Autosaver", "{name} (autosaved {when})").format(name=name, when=when)


def find_recoverable() -> list[Recoverable]:
    found = []
    folder = autosave_dir()
    if not folder.is_dir():
        return []
    for file in sorted(folder.glob("*.json")):
        try:
            data = json.loads(file.read_text("utf-8"))
            pid = int(data["pid"])
            text = str(data["text"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if pid == os.getpid() or _process_alive(pid):
            continue
        path = Path(data["path"]) if data.get("path") else None
        found.append(Recoverable(file, path, text, float(data.get("savedAt", 0))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


class Autosaver(QObject):
    """Keeps an up-to-date copy of the window's unsaved text."""

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._document = document
        self._file = autosave_dir() / f"{os.getpid()}-{next(_counter)}.json"
        self._dirty = False
        interval = int(os.environ.get("ERD_STUDIO_AUTOSAVE_MS", DEFAULT_INTERVAL_MS))
        self._timer = QTimer(self)
        self._timer.setInterval(max(100, interval))
        self._timer.timeout.connect(self.save_now)
        self._timer.start()
        document.textChanged.connect(self._on_text_changed)
        document.fileStateChanged.connect(self._on_file_state)

    def file(self) -> Path:
        return self._file

    def _on_text_changed(self) -> None:
        self._dirty = True

    def _on_file_state(self) -> None:
        if not self._document.is_modified():
            self.discard()

    def save_now(self) -> bool:
        """Write the copy if there is unsaved work not yet copied; True when written."""
        if not self._dirty or not self._document.is_modified():
            return False
        path = self._document.path()
        payload = {"pid": os.getpid(), "path": str(path) if path else None, "savedAt": time.time()}
        payload["text"] = self._document.text()
        self._file.parent.mkdir(parents=True, exist_ok=True)
        out = QSaveFile(str(self._file))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            return False  # no autosave place: editing goes on; the next tick tries again
        out.write(json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        if not out.commit():
            return False
        self._dirty = False
        return True

    def discard(self) -> None:
        self._dirty = False
        self._file.unlink(missing_ok=True)

    def _ask_recover(self, what: str) -> Button:
        """Recover / Discard: the Yes button is named for what it does (a bare "Yes" reads badly)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Recover unsaved work?"),
            self.tr("ERD Studio did not close properly last time. Unsaved work was kept: {what}.").format(what=what),
            Button.Yes | Button.Discard,
            self._parent,
        )
        box.setObjectName("recoveryBox")
        box.setDefaultButton(Button.Yes)
        box.button(Button.Yes).setText(self.tr("&Recover"))
        box.setInformativeText(
            self.tr("Recover opens it as unsaved changes (save it to keep it). Discard deletes the copy.")
        )
        return Button(box.exec())

    def offer_recovery(self, load: Callable[[str, Path | None], None]) -> bool:
        """Ask about work a crashed session left; ``load(text, path)`` it when wanted. True when recovered."""
        found = find_recoverable()
        if not found:
            return False
        latest = found[0]
        answer = self._ask_recover(latest.describe())
        if answer == Button.Yes:
            load(latest.text, latest.path)
            self._dirty = True
            self.save_now()  # a crash right now must not lose it again
        for item in found if answer == Button.Discard else [latest]:
            item.file.unlink(missing_ok=True)
        return answer == Button.Yes
