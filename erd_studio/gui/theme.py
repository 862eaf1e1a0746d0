"""Colours by meaning, for the light and the dark colour scheme.

Views ask ``colors()`` for what a colour *means* (error, warning, a JSON key, a canvas
line) instead of hard-coding one, so everything stays readable when the system
switches to dark mode. ``apply_scheme`` follows ``QStyleHints.colorScheme`` (and its
change signal) and gives the application a matching palette where the platform
does not (the Fusion style on Linux without a desktop theme, or offscreen).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Colors:
    dark: bool
    text: QColor
    muted: QColor
    base: QColor
    error: QColor
    warning: QColor
    ok: QColor
    current_line: QColor
    bracket_match: QColor
    json_key: QColor
    json_string: QColor
    json_number: QColor
    json_keyword: QColor
    canvas_background: QColor
    node_fill: QColor
    node_border: QColor
    required: QColor
    line: QColor
    line_selected: QColor
    line_hover: QColor
    search_hit: QColor
    bracket_unmatched: QColor
    gutter: QColor
    hover_fill: QColor
    dangling_fill: QColor
    lookup_fill: QColor


LIGHT = Colors(
    dark=False,
    text=QColor("#1b1f24"),
    muted=QColor("#5b6570"),
    base=QColor("#ffffff"),
    error=QColor("#c62828"),
    warning=QColor("#985a00"),
    ok=QColor("#2e7a32"),  # 4.5:1 on the window colour too, not only on white
    current_line=QColor("#f1f5fb"),
    bracket_match=QColor("#cfe3ff"),
    json_key=QColor("#0b4f8a"),
    json_string=QColor("#1b6e20"),
    json_number=QColor("#8a3ab9"),
    json_keyword=QColor("#b3541e"),
    canvas_background=QColor("#f7f8fa"),
    node_fill=QColor("#ffffff"),
    node_border=QColor("#8a96a3"),
    required=QColor("#c62828"),
    line=QColor("#4a6fa5"),
    line_selected=QColor("#f2a900"),
    line_hover=QColor("#1565c0"),
    search_hit=QColor("#ffe082"),
    bracket_unmatched=QColor("#ffcdd2"),
    gutter=QColor("#f3f3f3"),
    hover_fill=QColor("#fff8e1"),
    dangling_fill=QColor("#ffebee"),
    lookup_fill=QColor("#e3f2fd"),
)

DARK = Colors(
    dark=True,
    text=QColor("#e6e9ed"),
    muted=QColor("#9aa5b1"),
    base=QColor("#1e2227"),
    error=QColor("#ff6b6b"),
    warning=QColor("#ffb74d"),
    ok=QColor("#81c784"),
    current_line=QColor("#262b31"),
    bracket_match=QColor("#2f4a6b"),
    json_key=QColor("#8ac6ff"),
    json_string=QColor("#a5d6a7"),
    json_number=QColor("#d1a6f0"),
    json_keyword=QColor("#ffab70"),
    canvas_background=QColor("#181b1f"),
    node_fill=QColor("#262b31"),
    node_border=QColor("#6b7785"),
    required=QColor("#ff6b6b"),
    line=QColor("#7fa7dd"),
    line_selected=QColor("#ffcc4d"),
    line_hover=QColor("#9fd0ff"),
    search_hit=QColor("#6b5a00"),
    bracket_unmatched=QColor("#6b2b2b"),
    gutter=QColor("#23272d"),
    hover_fill=QColor("#3a3320"),
    dangling_fill=QColor("#4a2626"),
    lookup_fill=QColor("#1f3a57"),
)


# The views keep their colours as module-level QColor constants (imported by several
# modules). ``restyle_views`` recolours those objects *in place* for the current scheme,
# so every module that imported one sees the change and nothing is re-wired.
VIEW_COLOURS: dict[str, dict[str, str]] = {
    "erd_studio.gui.source.editor": {
        "CURRENT_LINE": "current_line",
        "BRACKET": "bracket_match",
        "BRACKET_UNMATCHED": "bracket_unmatched",
        "GUTTER": "gutter",
        "GUTTER_TEXT": "muted",
        "GUTTER_CURRENT": "text",
    },
    "erd_studio.gui.source.marks": {"ERROR_COLOR": "error", "WARNING_COLOR": "warning"},
    "erd_studio.gui.mapping.common": {
        "ERROR_COLOR": "error",
        "WARNING_COLOR": "warning",
        "OK_COLOR": "line",
        "STALE_COLOR": "muted",
    },
    "erd_studio.gui.mapping.canvas_items": {
        "_BORDER": "node_border",
        "_HOVER": "hover_fill",
        "_MATCH": "search_hit",
        "_SELECTED": "line_selected",
        "_FILL": "node_fill",
        "_DANGLING_FILL": "dangling_fill",
        "_TEXT": "text",
        "_SUB": "muted",
        "_LOOKUP_FILL": "lookup_fill",
    },
    "erd_studio.gui.mapping.canvas_scene": {"_NEUTRAL": "node_border"},
}


def restyle_views(c: Colors) -> None:
    for module_name, names in VIEW_COLOURS.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for attr, role in names.items():
            target = getattr(module, attr, None)
            if isinstance(target, QColor):
                target.setRgba(getattr(c, role).rgba())


def is_dark() -> bool:
    """Whether the palette in use is dark (what the views should draw for)."""
    if QGuiApplication.instance() is None:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colors() -> Colors:
    return DARK if is_dark() else LIGHT


def _palette(c: Colors) -> QPalette:
    palette = QPalette()
    window = QColor("#2b3036") if c.dark else QColor("#eef0f3")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.current_line,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Highlight: QColor("#2f6fb5"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: c.line_hover,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, c.muted)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, c.muted)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, c.muted)
    return palette


def _item_view_palette(c: Colors) -> QPalette:
    """The app palette for item views, with a Window colour that makes check boxes visible.

    Fusion draws an indicator's border in Window darkened (``window.darker(140)``), on the
    Base colour: in the dark scheme that border is as dark as Base and an unticked box in
    a table vanishes. Item views paint their cells in Base, so their Window role is free to
    be chosen such that the border comes out as the canvas's node border, which reads on
    Base in both schemes.
    """
    palette = _palette(c)
    palette.setColor(QPalette.ColorRole.Window, c.node_border.lighter(127))
    return palette


class SchemeWatcher(QObject):
    """Re-applies the palette when the system scheme changes and tells views to repaint."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_scheme_changed)

    def on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        apply_scheme(self._app)
        self.changed.emit(colors().dark)


SETTING = "ui/colorScheme"  # "", "light" or "dark"


def chosen_dark() -> bool:
    """Dark when the user chose it in View → Colour scheme, else when the system is dark."""
    choice = str(QSettings().value(SETTING, "") or "")
    if choice in ("light", "dark"):
        return choice == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class _SchemeNotifier(QObject):
    changed = Signal()


_notifier: _SchemeNotifier | None = None


def follow_scheme(view: QWidget) -> None:
    """Call ``view.refresh_colours()`` after every scheme change, for views that cache colours.

    A signal rather than a walk over ``QApplication.allWidgets()``: wrapping every widget
    (some of them half torn down by deleteLater) could crash PySide6 during a switch.
    """
    global _notifier
    if _notifier is None:
        _notifier = _SchemeNotifier(QCoreApplication.instance())
    _notifier.changed.connect(view.refresh_colours)  # type: ignore[attr-defined]


def apply_scheme(app: QApplication) -> Colors:
    """Give the app the palette of the current scheme (Fusion keeps it consistent everywhere).

    The new palette reaches every widget as a PaletteChange (which repaints it); views
    that keep their own colours registered with ``follow_scheme``.
    """
    c = DARK if chosen_dark() else LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(c))
    app.setPalette(_item_view_palette(c), "QAbstractItemView")
    restyle_views(c)
    if _notifier is not None:
        _notifier.changed.emit()
    return c


def watch_scheme(app: QApplication) -> SchemeWatcher:
    apply_scheme(app)
    return SchemeWatcher(app)


def set_choice(choice: str) -> None:
    """Remember the user's choice ("" follows the system) and repaint everything in it."""
    QSettings().setValue(SETTING, choice)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_scheme(app)


def install(window: QWidget) -> None:
    """View → Colour scheme: follow the system, or always light, or always dark."""
    menu = window.menu("View").addMenu(QCoreApplication.translate("Theme", "&Colour scheme"))  # type: ignore[attr-defined]
    menu.setObjectName("menuColourScheme")
    group = QActionGroup(menu)
    current = str(QSettings().value(SETTING, "") or "")
    for choice, text in (
        ("", QCoreApplication.translate("Theme", "Follow the &system")),
        ("light", QCoreApplication.translate("Theme", "&Light")),
        ("dark", QCoreApplication.translate("Theme", "&Dark")),
    ):
        action = QAction(text, menu, checkable=True)
        action.setObjectName(f"actionScheme{choice.title() or 'System'}")
        action.setChecked(choice == current)
        action.triggered.connect(lambda _checked=False, c=choice: set_choice(c))
        group.addAction(action)
        menu.addAction(action)
