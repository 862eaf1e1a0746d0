"""ERD Studio's own line icons: SVG files drawn in the colour scheme's text colour.

``icon("save")`` returns a QIcon whose engine renders ``resources/icons/save.svg`` at
the size and device pixel ratio asked for, so icons stay sharp on HiDPI screens. The
SVG files draw with ``currentColor``; the engine puts in the palette colour *when it
paints*, so an icon follows View → Colour scheme (and the system switching to dark)
without anyone setting it again: ``theme.apply_scheme`` repaints every widget, and
the next paint asks the palette again. Disabled icons take the palette's disabled
text colour, icons on a highlighted menu entry its highlighted-text colour.

Rendered pixmaps live in Qt's QPixmapCache, keyed by (name, colour, pixel size): a
scheme switch simply asks for another colour, and nothing of ours outlives the app.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtSvg import QSvgRenderer

from ..resources import resource
from .theme import colors

NAMES = (
    "new",
    "open",
    "save",
    "undo",
    "redo",
    "validate",
    "send",
    "export",
    "import",
    "auto-map",
    "fit",
    "zoom-in",
    "zoom-out",
    "find",
    "error",
    "warning",
)
NAME_PROPERTY = "erdIcon"  # set on actions by ``set_icon``: which of our SVGs they show
_CLONES: list[QIconEngine] = []  # see SvgIconEngine.clone


def svg_path(name: str) -> Path:
    return resource("icons", f"{name}.svg")


@cache
def _svg_text(name: str) -> str:
    return svg_path(name).read_text("utf-8")


def _svg_bytes(name: str, colour: QColor) -> QByteArray:
    """The SVG with ``currentColor`` replaced by ``colour`` (and its transparency, if any)."""
    text = _svg_text(name).replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
    if colour.alpha() < 255:
        text = text.replace("<svg ", f'<svg opacity="{colour.alphaF():.3f}" ', 1)
    return QByteArray(text.encode("utf-8"))


def _pixmap(name: str, colour: QColor, size: QSize, ratio: float = 1.0) -> QPixmap:
    """``size`` device-independent pixels drawn with ``ratio`` times as many device pixels."""
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    key = f"erd-studio-icon/{name}/{colour.rgba():08x}/{width}x{height}@{ratio:g}"
    cached = QPixmapCache.find(key)
    if cached is not None:
        return cached  # implicitly shared: a caller that changes it changes its own copy
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _render(painter, QSvgRenderer(_svg_bytes(name, colour)), QRectF(0, 0, width, height))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    QPixmapCache.insert(key, pixmap)
    return pixmap


def _render(painter: QPainter, renderer: QSvgRenderer, rect: QRectF) -> None:
    """Draw into the largest centred square of ``rect``: icons are square and never stretched."""
    side = min(rect.width(), rect.height())
    square = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, square)


def colour_for(mode: QIcon.Mode, role: str | None = None) -> QColor:
    """The colour an icon is drawn in now: the palette's text colour for ``mode``, or a theme colour."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    if role is not None:
        return QColor(getattr(colors(), role))
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class SvgIconEngine(QIconEngine):
    """Renders one of our SVGs in the current palette colour, at any size and pixel ratio."""

    def __init__(self, name: str, role: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def iconName(self) -> str:
        return self._name

    def key(self) -> str:
        return "ErdStudioSvgIcon"

    def clone(self) -> QIconEngine:
        """A copy for a QIcon that detaches (``addPixmap`` on a shared icon).

        PySide6 lets Python free what ``clone`` returns although the QIcon keeps using
        it (a crash); so the copy is kept here until Qt deletes it.
        """
        _CLONES[:] = [engine for engine in _CLONES if shiboken6.isValid(engine)]
        engine = SvgIconEngine(self._name, self._role)
        _CLONES.append(engine)
        return engine

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, _mode: QIcon.Mode, _state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = _pixmap(self._name, colour_for(mode, self._role), rect.size(), ratio)
        painter.drawPixmap(QRectF(rect), pixmap, QRectF(pixmap.rect()))

    def pixmap(self, size: QSize, mode: QIcon.Mode, _state: QIcon.State) -> QPixmap:
        """A pixmap of ``size`` device pixels."""
        return _pixmap(self._name, colour_for(mode, self._role), size)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, _state: QIcon.State, scale: float) -> QPixmap:
        """``size`` is in device-independent pixels: draw ``scale`` times as many, so HiDPI stays sharp."""
        return _pixmap(self._name, colour_for(mode, self._role), size, scale)


def icon(name: str, role: str | None = None) -> QIcon:
    """Our SVG icon ``name`` (one of ``NAMES``), drawn in the palette's text colour.

    ``role`` names a colour of ``theme.Colors`` to draw in instead ("error",
    "warning"), for icons whose colour carries meaning, such as a problem's severity.
    """
    if not svg_path(name).is_file():
        raise FileNotFoundError(f"no icon {name!r} in {svg_path(name).parent}")
    return QIcon(SvgIconEngine(name, role))


def set_icon(action: QAction, name: str) -> None:
    """Give ``action`` our icon ``name`` and note the name on it (tests read it back)."""
    action.setIcon(icon(name))
    action.setProperty(NAME_PROPERTY, name)
