"""The graphical side of the editor: fields panel, inspector, mapping canvas and table.

``install(window)`` builds them for ``window.document()`` and puts them left of the
source view (see erd_studio/gui/extensions.py).
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from .actions import MappingActions
    from .canvas_view import CanvasView

    document = window.document()
    window.set_graphical_widget(CanvasView(document, MappingActions(document)))
