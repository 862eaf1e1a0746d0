"""Parts of the main window that live in their own packages.

Each entry names a function ``install(window)`` that adds its widgets, menu actions
and shortcuts to a MainWindow. The main window calls them once after building its
frame, so the mapping editor, the postbox tools and the exports plug in without the
window class knowing them (no god object).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

INSTALLERS = (
    "erd_studio.gui.crash:install",
    "erd_studio.gui.shortcuts_help:install",
    "erd_studio.gui.theme:install",
    "erd_studio.gui.i18n:install",
    "erd_studio.gui.mapping:install",
    "erd_studio.gui.send:install",
    "erd_studio.gui.exports:install",
    "erd_studio.gui.startpage:install",  # last: it wraps the finished central widget
)


def installers() -> list[Callable[[Any], None]]:
    found = []
    for spec in INSTALLERS:
        module_name, func = spec.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and module_name.startswith(exc.name):
                continue  # that part is not built yet
            raise
        found.append(getattr(module, func))
    return found
