"""The domain, the postbox layer and the CLI never import Qt, even when Qt is missing."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import erd_studio

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = ("erd_studio.core", "erd_studio.postbox", "erd_studio.commands")


def headless_modules() -> list[str]:
    names = ["erd_studio", "erd_studio.cli", "erd_studio.resources"]
    for info in pkgutil.walk_packages(erd_studio.__path__, "erd_studio."):
        if info.name.startswith(HEADLESS):
            names.append(info.name)
    return names


BLOCK_QT = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("Qt is not installed here")
sys.meta_path.insert(0, NoQt())
"""


def test_headless_layers_import_without_qt():
    modules = headless_modules()
    assert "erd_studio.core.validate" in modules and "erd_studio.commands.validate" in modules
    code = BLOCK_QT + f"import importlib\nfor m in {modules!r}:\n    importlib.import_module(m)\n"
    code += "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_cli_without_qt_validates_and_explains_that_the_editor_needs_qt():
    code = BLOCK_QT + (
        "from erd_studio.cli import main\n"
        "assert main(['validate', 'resources/examples/jira-starter.erd.json']) == 0\n"
        "assert main(['open']) == 2\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "the editor cannot start" in proc.stderr
