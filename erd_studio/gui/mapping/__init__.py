"""The graphical side of the editor: fields panel, inspector, mapping canvas and table.

``install(window)`` builds them for ``window.document()``, puts them left of the source
view and adds their actions to the Edit and View menus and the tool bar (see
erd_studio/gui/extensions.py). docs/mapping.md describes what the user can do.
"""

from __future__ import annotations

from typing import Any

from ..icons import set_icon
from .caret_follow import CaretFollower
from .editor import MappingEditor

__all__ = ["MappingEditor", "install"]


def install(window: Any) -> MappingEditor:
    editor = MappingEditor(window.document())
    window.set_graphical_widget(editor)
    edit, view = window.menu("Edit"), window.menu("View")
    edit.addSeparator()
    for name in ("add", "duplicate", "delete", "up", "down"):
        edit.addAction(editor.fields.actions_[name])
    edit.addSeparator()
    edit.addAction(editor.menu_actions["auto_map"])
    edit.addAction(editor.menu_actions["load_profile"])
    view.addSeparator()
    for name in ("zoom_in", "zoom_out", "fit", "find", "mapping_table"):
        view.addAction(editor.menu_actions[name])
    for name in ("auto_map", "fit", "zoom_in", "zoom_out", "find"):
        set_icon(editor.menu_actions[name], name.replace("_", "-"))
    window.tool_bar().addAction(editor.menu_actions["auto_map"])
    window.tool_bar().addAction(editor.menu_actions["fit"])
    source_view = getattr(window, "source_view", lambda: None)()
    if source_view is not None and hasattr(source_view, "caretMoved"):
        editor.caret_follower = CaretFollower(window.document(), source_view)
    return editor
