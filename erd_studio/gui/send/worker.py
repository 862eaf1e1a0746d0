"""Run a pure postbox function off the GUI thread and bring its result back by signal.

Keychain calls and HTTP requests can block for seconds (an unlock prompt, a slow
postbox). A ``Task`` runs one function on a daemon thread — daemon, so that a keychain
prompt nobody answers cannot keep the application from quitting. The thread only
emits the private ``_done`` signal, which is queued to the Task's own slot in the GUI
thread; that slot emits ``finished(result)`` or ``failed(message)``, so every
connected slot, even a plain function, runs in the GUI thread. The function receives
plain data only and never touches a widget.

Signals: finished(object), failed(str).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from ...postbox.credentials import CredentialError
from ..i18n import localized

_alive: set[Task] = set()  # running tasks are kept alive here, not by a widget that may close


class Task(QObject):
    finished = Signal(object)
    failed = Signal(str)
    _done = Signal(bool, object)

    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self._func = func
        self._thread: threading.Thread | None = None
        self.error: Exception | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Task:
        _alive.add(self)
        self._thread = threading.Thread(target=self._run, name="erd-studio task", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            result = self._func()
        except CredentialError as exc:
            self.error = exc
            self._done.emit(False, localized(exc))
        except Exception as exc:  # shown by type only: an exception's text could hold data
            self.error = exc
            message = QCoreApplication.translate("Task", "Unexpected error ({kind}); nothing was changed.")
            self._done.emit(False, message.format(kind=type(exc).__name__))
        else:
            self._done.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _alive.discard(self)
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(str(value))

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the function returned (tests and shutdown only)."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.is_running()
