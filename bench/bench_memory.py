"""Peak memory (RSS) with a 5,000-field ERD open in the editor, against a bare PySide6
QMainWindow measured in the same run.

    .venv/bin/python -m bench.bench_memory
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Metric, report
from bench.generate import erd_text

PROBE = r"""
import os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
kind, path = sys.argv[1], sys.argv[2]
if kind == "bare":
    app = QApplication([])
    w = QMainWindow(); w.resize(1280, 800); w.show()
    for _ in range(20):
        app.processEvents(); time.sleep(0.01)
else:
    from erd_studio.gui.app import create_main_window, ensure_application
    app = ensure_application()
    w = create_main_window([path]); w.show()
    deadline = time.time() + 30
    while time.time() < deadline:
        app.processEvents()
        if w.document().result().text == w.document().text() and w.document().model() is not None:
            break
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents(); time.sleep(0.01)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_mb(kind: str, path: str) -> float:
    out = subprocess.run([sys.executable, "-c", PROBE, kind, path], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.erd.json"
        path.write_text(erd_text(5000, profile_id="trax.cip-issue"))
        bare = peak_mb("bare", str(path))
        ours = peak_mb("erd", str(path))
    metric = Metric("peak RSS, 5,000-field ERD open", ours, "MB", bare, "bare QMainWindow", 300.0)
    return 0 if report([metric], "Memory") else 1


if __name__ == "__main__":
    sys.exit(main())
