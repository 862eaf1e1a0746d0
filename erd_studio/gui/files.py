"""Opening and saving files for one window: prompts, atomic writes, disk checks, recent files.

Why a separate object: the window only wires actions to it, and every file decision
(ask before discarding, ask before overwriting a file changed on disk, keep the
document modified when a save fails) sits in one place that tests drive directly.

Saves go through QSaveFile: the data is written to a temporary file beside the target
and renamed over it only when complete, so a crash never leaves half a file. Line
endings are kept as the file had them (the editor works with ``\\n`` inside).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QIODevice, QObject, QSaveFile, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.jsonload import decode_bytes
from ..core.validate import FileError, read_file_bytes
from ..resources import resources_dir
from . import settings
from .document import LARGE_TEXT, NEW_TEXT, Document
from .i18n import diagnostic_text, localized
from .prompts import Button, ask, ask_save_discard_cancel, tell


def file_filter() -> str:
    """The file dialogs' filter: translated names, the patterns stay as they are."""
    return QCoreApplication.translate("FileController", "ERD files ({patterns});;All files ({all})").format(
        patterns="*.erd.json *.json", all="*"
    )


@dataclass(frozen=True)
class DiskStamp:
    """What the file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: Path, data: bytes | None = None) -> DiskStamp | None:
        try:
            st = path.stat()
            if data is None:
                data = path.read_bytes()
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def matches(self, path: Path) -> bool:
        """Cheap check first (size, mtime); the digest decides when only the time differs."""
        try:
            st = path.stat()
        except OSError:
            return False
        if st.st_size != self.size:
            return False
        if st.st_mtime_ns == self.mtime_ns:
            return True
        now = DiskStamp.of(path)
        return now is not None and now.digest == self.digest


class FileController(QObject):
    """File actions of one window.

    Signals:
        notice(str)         a message for the info banner ("" hides it)
        recentChanged()     the recent-files list changed
    """

    notice = Signal(str)
    recentChanged = Signal()

    def __init__(self, parent: QWidget, document: Document) -> None:
        super().__init__(parent)
        self._parent = parent
        self._document = document
        self._stamp: DiskStamp | None = None
        self._newline = "\n"
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self.on_file_changed_on_disk)

    def display_name(self) -> str:
        path = self._document.path()
        return path.name if path else self.tr("Untitled")

    # --- unsaved changes --------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current text (saved, discarded, or unmodified)."""
        if not self._document.is_modified():
            return True
        answer = ask_save_discard_cancel(self._parent, self.display_name())
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # --- new and open -------------------------------------------------------------------------
    def new_document(self, template: Path | None = None) -> bool:
        """A new, unsaved document: empty skeleton, or a copy of a shipped example."""
        if not self.maybe_save():
            return False
        text = NEW_TEXT
        if template is not None:
            text = Path(template).read_text("utf-8")
        self._forget_file()
        self._document.load_text(text, None)
        self.notice.emit(
            self.tr("New document from the example “{name}”.").format(name=template.name) if template else ""
        )
        return True

    def open_dialog(self) -> bool:
        start = str(self._document.path().parent) if self._document.path() else ""
        name = self._ask_file("openDialog", self.tr("Open ERD"), start, QFileDialog.AcceptMode.AcceptOpen)
        return self.open_path(Path(name)) if name else False

    def open_path(self, path: Path) -> bool:
        """Open any file as text: broken or non-ERD content opens with its diagnostics.

        A shipped example opens as an untitled copy, so Save never overwrites the
        program's own files (they may be read-only, and an update would replace them).
        """
        path = Path(path).absolute()
        if _is_shipped(path):
            return self.new_document(path)
        read = self._read(path)  # refuse a file that cannot be opened before asking about unsaved work
        if read is None or not self.maybe_save():
            return False
        # Read again: saving the unsaved work may just have written this very file.
        read = self._read(path)
        if read is None:
            return False
        raw, text = read
        notes = []
        self._newline = "\r\n" if "\r\n" in text[:65536] else "\n"
        text = text.replace("\r\n", "\n")
        if len(text) > LARGE_TEXT:
            mb = len(raw) / 1048576
            notes.append(
                self.tr(
                    "Large file ({size} MB): an ERD is usually a few KB. Checking runs only when you press F5, "
                    "so typing never waits for it."
                ).format(size=f"{mb:.1f}")
            )
        self._forget_file()
        self._document.load_text(text, path)
        self._remember_file(path, raw)
        self.notice.emit(" ".join(notes))
        return True

    def _read(self, path: Path) -> tuple[bytes, str] | None:
        """The file's bytes and text; None after telling the user why it cannot be opened."""
        try:
            raw = read_file_bytes(path)
        except FileError as exc:
            tell(
                self._parent,
                "openFailedBox",
                self.tr("Cannot open the file"),
                localized(exc),
                self.tr("Check the path and try again."),
            )
            settings.remove_recent_file(path)
            self.recentChanged.emit()
            return None
        text = self._text_of(path, raw)
        return None if text is None else (raw, text)

    def _text_of(self, path: Path, raw: bytes) -> str | None:
        """The file's text; None (after saying why) for binary data or bytes that are not UTF-8.

        Such a file is refused rather than shown with replacement characters: saving
        that text would destroy the bytes it could not show. The current document stays.
        """
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (or -32) with a byte order mark
            tell(
                self._parent,
                "notTextFileBox",
                self.tr("Not UTF-8 text"),
                self.tr("“{name}” is UTF-16 text, so ERD Studio does not open it.").format(name=path.name),
                self.tr(
                    "Save it as UTF-8 (in Notepad: Save As, Encoding UTF-8; in PowerShell: Out-File -Encoding utf8) "
                    "and open it again. Nothing was opened or changed."
                ),
            )
            return None
        if b"\0" in raw[:8192]:
            tell(
                self._parent,
                "notTextFileBox",
                self.tr("Not a text file"),
                self.tr("“{name}” is not a text file, so it cannot be an ERD.").format(name=path.name),
                self.tr("It contains binary data (an image or a program, for example). Nothing was opened."),
            )
            return None
        text, problem = decode_bytes(raw)
        if text is None:
            reason = diagnostic_text(problem) if problem else self.tr("the file is not UTF-8 text")
            tell(
                self._parent,
                "notTextFileBox",
                self.tr("Not UTF-8 text"),
                self.tr("“{name}” is not a UTF-8 text file, so ERD Studio does not open it.").format(name=path.name),
                self.tr("{reason}. Nothing was opened or changed.").format(reason=reason[:1].upper() + reason[1:]),
            )
            return None
        return text

    def load_recovered(self, text: str, path: Path | None) -> None:
        """Recovered autosave text: shown as unsaved changes to ``path`` (if it still exists)."""
        self._forget_file()
        self._document.load_text(text, path)
        if path is not None and path.exists():
            self._remember_file(path, path.read_bytes())
        self._document.mark_modified()
        self.notice.emit(self.tr("Recovered unsaved work from the last session. Save it to keep it."))

    # --- save ---------------------------------------------------------------------------------
    def save(self) -> bool:
        path = self._document.path()
        return self.save_to(path) if path is not None else self.save_as()

    def save_as(self, path: Path | None = None) -> bool:
        if path is None:
            start = str(self._document.path() or Path.home() / f"{self._suggested_name()}.erd.json")
            name = self._ask_file("saveAsDialog", self.tr("Save ERD as"), start, QFileDialog.AcceptMode.AcceptSave)
            if not name:
                return False
            path = Path(name)
        return self.save_to(Path(path))

    def _ask_file(self, name: str, title: str, start: str, mode: QFileDialog.AcceptMode) -> str:
        """A file dialog as an object-named instance (tests answer it like a person), "" when cancelled."""
        dialog = QFileDialog(self._parent, title, start, file_filter())
        dialog.setObjectName(name)
        dialog.setAcceptMode(mode)
        if mode == QFileDialog.AcceptMode.AcceptOpen:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        else:
            dialog.setDefaultSuffix("erd.json")
        if not dialog.exec() or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]

    def _suggested_name(self) -> str:
        model = self._document.model()
        ident = model.id if model is not None and isinstance(model.id, str) and model.id else "untitled"
        return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in ident)

    def save_to(self, path: Path) -> bool:
        """Atomic write; asks first when the file changed on disk since we read or wrote it."""
        path = Path(path).absolute()
        if (
            path == self._document.path()
            and self._stamp is not None
            and path.exists()
            and not self._stamp.matches(path)
        ):
            answer = ask(
                self._parent,
                "changedOnDiskBox",
                self.tr("File changed on disk"),
                self.tr("“{name}” was changed by another program since it was opened here.").format(name=path.name),
                Button.Save | Button.Cancel,
                Button.Cancel,
                self.tr("Save overwrites those changes with the text shown here. Cancel keeps both as they are."),
            )
            if answer != Button.Save:
                return False
        data = self._document.text().replace("\n", self._newline).encode("utf-8")
        error = _write_atomically(path, data)
        if error:
            tell(
                self._parent,
                "saveFailedBox",
                self.tr("Cannot save"),
                self.tr("“{path}” could not be written: {reason}.").format(path=path, reason=error),
                self.tr("Your changes are still here and not saved. Use Save As to choose another folder."),
            )
            return False
        self._forget_file()
        self._document.mark_saved(path)
        self._remember_file(path, data)
        self.notice.emit("")
        return True

    # --- disk watching --------------------------------------------------------------------------
    def _remember_file(self, path: Path, data: bytes) -> None:
        self._stamp = DiskStamp.of(path, data)
        self._watcher.addPath(str(path))
        settings.add_recent_file(path)
        self.recentChanged.emit()

    def _forget_file(self) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._stamp = None

    def on_file_changed_on_disk(self, name: str) -> None:
        path = self._document.path()
        if path is None or Path(name) != path:
            return
        if not path.exists():
            self._document.mark_modified()
            self.notice.emit(
                self.tr("“{name}” was deleted or moved on disk. Your text is still here: Save writes it again.").format(
                    name=path.name
                )
            )
            return
        self._watcher.addPath(str(path))  # editors that replace files drop the watch
        if self._stamp is not None and not self._stamp.matches(path):
            self.notice.emit(
                self.tr("“{name}” was changed on disk by another program. Saving will ask before overwriting.").format(
                    name=path.name
                )
            )

    def stamp(self) -> DiskStamp | None:
        return self._stamp


def _is_shipped(path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(resources_dir().resolve())
    except (OSError, FileNotFoundError):
        return False


def _write_atomically(path: Path, data: bytes) -> str:
    """Write via QSaveFile; returns "" on success or a plain reason."""
    if path.is_dir():
        return QCoreApplication.translate("FileController", "it is a folder")
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        return _reason(out.errorString(), path)
    if out.write(data) != len(data):
        out.cancelWriting()
        return _reason(out.errorString(), path)
    if not out.commit():
        return _reason(out.errorString(), path)
    return ""


def _reason(qt_message: str, path: Path) -> str:
    if not path.parent.exists():
        return QCoreApplication.translate("FileController", "the folder does not exist")
    lowered = qt_message.lower()
    if "permission" in lowered or "read-only" in lowered:
        return QCoreApplication.translate("FileController", "permission denied (the folder or file is read-only)")
    return qt_message or QCoreApplication.translate("FileController", "unknown error")
