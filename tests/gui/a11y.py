"""Accessibility checks shared by the GUI tests: names and the Tab order.

A screen reader announces a widget by its accessible name; a keyboard user reaches it
with Tab. ``unnamed(root)`` lists the interactive widgets a screen reader could not
name; ``tab_chain(root)`` presses through the focus chain the way Tab does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTabBar, QWidget


def interactive(root: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that take focus with Tab, inside ``root``."""
    found = []
    for w in root.findChildren(QWidget):
        if not (w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.focusProxy() is not None or isinstance(w, QTabBar):
            continue
        if type(w).__name__ == "QWidget" and not w.accessibleName():
            continue  # a plain container that only passes focus on (e.g. a scroll area's viewport)
        found.append(w)
    return found


def name_of(w: QWidget) -> str:
    """What a screen reader says: the accessible name, or a button's own text."""
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QAbstractButton):
        return w.text().replace("&", "").strip() or w.toolTip().strip()
    return ""


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName() or '?'}" for w in interactive(root) if not name_of(w)]


def tab_chain(root: QWidget, start: QWidget | None = None, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (default: the first in the chain), in order, once round."""
    widgets = set(interactive(root))
    first = start or root.nextInFocusChain()
    order: list[QWidget] = []
    current = first
    for _ in range(limit):
        if current in widgets and current not in order:
            order.append(current)
        current = current.nextInFocusChain()
        if current is first:
            break
    return order
