"""Editor shell budgets: ``.venv/bin/python -m bench.bench_editor``.

From issue #4: typing in a 1,000-field ERD — keystroke to repaint under 16 ms median,
diagnostics updated within 200 ms after the last keystroke; opening a 5,000-field ERD
to an interactive window under 1 s; start to first paint with an example under 1.5 ×
a bare PySide6 QMainWindow. Baselines in the same run: a bare QPlainTextEdit with the
same text (what Qt alone costs), ``validate_text`` alone, and a bare QMainWindow
process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from bench.common import Metric, best_of, median_of, report
from bench.generate import erd_text, profile
from erd_studio.core import validate_text
from erd_studio.core.profiles import ProfileRegistry, profile_from_json
from erd_studio.gui.app import create_main_window, ensure_application
from erd_studio.gui.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "youtrack-high-severity.erd.json"


def keystroke_ms(edit: QPlainTextEdit, n: int = 60) -> float:
    """Median time of one typed character until the viewport has repainted."""
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.Start)
    for _ in range(8):
        edit.moveCursor(edit.textCursor().MoveOperation.Down)
    edit.moveCursor(edit.textCursor().MoveOperation.EndOfLine)
    samples = []
    for i in range(n):
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Backspace if i % 2 else Qt.Key.Key_A)
        edit.viewport().repaint()
        samples.append((time.perf_counter() - start) * 1000)
        if i % 10 == 9:
            time.sleep(0.2)  # let the idle re-validation run between bursts, as when a person pauses
            QApplication.processEvents()
    return median_of(samples)


def typing_window(n: int) -> MainWindow:
    path = Path(tempfile.mkdtemp()) / f"bench-{n}.erd.json"
    path.write_text(erd_text(n), "utf-8")
    window = create_main_window()
    window.document().add_profile(profile_from_json(profile(n)))
    window.open_files([path])
    window.show()
    QApplication.processEvents()
    return window


def diagnostics_after_typing_ms(window: MainWindow) -> float:
    """Last keystroke → the problems panel has the new result (includes the ~150 ms idle pause)."""
    doc, edit = window.document(), window.source_view()
    times = []
    for _ in range(5):
        QTest.keyClicks(edit, "xy")
        start = time.perf_counter()
        while doc.validation_pending():
            QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
    return median_of(times)


def open_5000_ms(path: Path, registry_profile: dict) -> float:  # type: ignore[type-arg]
    def run() -> None:
        window = create_main_window()
        window.document().add_profile(profile_from_json(registry_profile))
        window.open_files([path])
        window.show()
        while window.source_view().sync.is_loading():
            QApplication.processEvents()
        QApplication.processEvents()
        window.document().undo_stack().setClean()
        window.close()
        window.deleteLater()

    return best_of(run, 3)


def open_5000_shell_only_ms(path: Path, registry_profile: dict) -> float:  # type: ignore[type-arg]
    """The shell's own share: Document + source view + problems panel, without the installed parts."""
    from erd_studio.gui.document import Document
    from erd_studio.gui.problems import ProblemsPanel
    from erd_studio.gui.source import SourcePanel

    def run() -> None:
        doc = Document()
        doc.add_profile(profile_from_json(registry_profile))
        source, problems = SourcePanel(doc), ProblemsPanel(doc)
        source.show()
        problems.show()
        doc.load_text(path.read_text("utf-8"), path)
        QApplication.processEvents()
        source.close()
        problems.close()

    return best_of(run, 3)


FIRST_PAINT = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
    kind = sys.argv[1]
    app = QApplication(sys.argv[:1])
    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                wanted = obj.objectName() == "mainWindow" or obj.window().objectName() == "mainWindow"
                if kind != "window" or wanted:
                    print("painted", flush=True)
                    os._exit(0)
            return False
    spy = Painted()
    app.installEventFilter(spy)
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("hello"))
        window.show()
        app.exec()
    else:  # the real start path: erd-studio open FILE
        from erd_studio.gui.launch import launch
        launch([sys.argv[2]])
    """
)


def first_paint_ms(kind: str) -> float:
    def run() -> None:
        env = dict(os.environ, ERD_STUDIO_AUTOSAVE_MS="60000")
        subprocess.run(
            [sys.executable, "-c", FIRST_PAINT, kind, str(EXAMPLE)], env=env, check=True, capture_output=True
        )

    return best_of(run, 3)


def main() -> int:
    ensure_application()
    registry = ProfileRegistry()
    registry.add(profile_from_json(profile(1000)))
    text_1000 = erd_text(1000)

    window = typing_window(1000)
    ours = keystroke_ms(window.source_view())
    diag = diagnostics_after_typing_ms(window)
    window.document().undo_stack().setClean()
    window.close()
    bare = QPlainTextEdit()
    bare.setPlainText(text_1000)
    bare.show()
    QApplication.processEvents()
    bare_key = keystroke_ms(bare)
    validate_only = best_of(lambda: validate_text(text_1000, registry), 5)

    path_5000 = Path(tempfile.mkdtemp()) / "bench-5000.erd.json"
    text_5000 = erd_text(5000)
    path_5000.write_text(text_5000, "utf-8")
    open_ms = open_5000_ms(path_5000, profile(5000))
    path_1000 = path_5000.with_name("bench-1000.erd.json")
    path_1000.write_text(text_1000, "utf-8")
    open_1000 = open_5000_ms(path_1000, profile(1000))
    shell_ms = open_5000_shell_only_ms(path_5000, profile(5000))

    def bare_open() -> None:
        edit = QPlainTextEdit()
        edit.setPlainText(text_5000)
        edit.show()
        QApplication.processEvents()
        edit.close()

    bare_open_ms = best_of(bare_open, 3)
    paint_ours, paint_bare = first_paint_ms("splash"), first_paint_ms("bare")
    paint_window = first_paint_ms("window")

    metrics = [
        Metric("keystroke to repaint, 1,000 fields (median)", ours, "ms", bare_key, "bare QPlainTextEdit", 16),
        Metric("last keystroke to new diagnostics, 1,000 fields", diag, "ms", validate_only, "validate_text", 200),
        Metric("open 1,000-field ERD to interactive window", open_1000, "ms", None, "", 300),
        Metric("open 5,000-field ERD to interactive window", open_ms, "ms", bare_open_ms, "bare setPlainText", 1000),
        Metric(
            "  … of which document + source + problems alone", shell_ms, "ms", bare_open_ms, "bare setPlainText", None
        ),
        Metric(
            "start to first paint (`erd-studio open` example)", paint_ours, "ms", paint_bare, "bare QMainWindow", None
        ),
        Metric("  … as a ratio of the bare QMainWindow", paint_ours / paint_bare, "x", None, "", 1.5),
        Metric(
            "start to editor window painted with the example", paint_window, "ms", paint_bare, "bare QMainWindow", None
        ),
    ]
    return 0 if report(metrics, "Editor shell (issue #4)") else 1


if __name__ == "__main__":
    sys.exit(main())
