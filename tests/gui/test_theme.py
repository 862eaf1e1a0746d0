"""Dark mode: the palette and every view colour follow the scheme and stay readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QPalette

from erd_studio.gui import theme
from erd_studio.gui.mapping import canvas_items, common
from erd_studio.gui.source import marks


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_foreground_is_readable_on_its_background(colours):
    for role in ("text", "json_key", "json_string", "json_number", "json_keyword", "error", "warning", "ok"):
        assert contrast(getattr(colours, role), colours.base) >= 4.5, role
    for role in ("text", "error", "warning"):
        assert contrast(getattr(colours, role), colours.node_fill) >= 4.5, role
    assert contrast(colours.text, colours.lookup_fill) >= 4.5
    assert contrast(colours.muted, colours.gutter) >= 3.0


@pytest.fixture
def dark(qapp):
    QSettings().setValue(theme.SETTING, "dark")
    theme.apply_scheme(qapp)
    yield
    QSettings().setValue(theme.SETTING, "")
    theme.apply_scheme(qapp)


def test_dark_choice_recolours_palette_and_views(dark, qapp):
    assert theme.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Base) == theme.DARK.base
    assert theme.DARK.error == marks.ERROR_COLOR
    assert theme.DARK.error == common.ERROR_COLOR  # also where the constant was imported
    assert theme.DARK.node_fill == canvas_items._FILL and theme.DARK.text == canvas_items._TEXT


EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def test_view_menu_switches_the_scheme(main_window, qapp):
    dark = main_window.findChild(QAction, "actionSchemeDark")
    light = main_window.findChild(QAction, "actionSchemeLight")
    main_window.open_files(
        [
            main_window.files
            and __import__("pathlib").Path(__file__).parents[2] / "resources/examples/jira-starter.erd.json"
        ]
    )
    dark.trigger()
    assert theme.is_dark() and QSettings().value(theme.SETTING) == "dark"
    edit = main_window.source_view()
    assert edit._highlighter.formats["key"].foreground().color() == theme.DARK.json_key
    selections = edit.extraSelections()
    current_line = selections[0].format
    assert current_line.background().color() == theme.DARK.current_line, "the current-line mark follows at once"
    light.trigger()
    assert not theme.is_dark() and theme.LIGHT.error == marks.ERROR_COLOR
    main_window.findChild(QAction, "actionSchemeSystem").trigger()
    assert QSettings().value(theme.SETTING) == ""


def test_mapping_lines_take_the_new_colours_after_a_scheme_switch(main_window, tmp_path):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from erd_studio.gui.mapping.canvas_view import CanvasView

    mistakes = tmp_path / "mistakes.erd.json"
    mistakes.write_bytes((EXAMPLES / mistakes.name).read_bytes())
    assert main_window.files.open_path(mistakes)
    scene = main_window.findChild(CanvasView).scene()

    def drawn_colours() -> set[str]:
        colours: set[str] = set()
        for link in scene.links.values():
            rect = link.boundingRect()
            image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
            image.fill(0)
            painter = QPainter(image)
            painter.translate(-rect.left() + 1, -rect.top() + 1)
            link.paint(painter, QStyleOptionGraphicsItem(), None)
            painter.end()
            colours |= {
                image.pixelColor(x, y).name()
                for x in range(image.width())
                for y in range(image.height())
                if image.pixelColor(x, y).alpha() == 255
            }
        return colours

    try:
        theme.set_choice("light")
        assert theme.LIGHT.error.name() in drawn_colours()
        theme.set_choice("dark")
        after = drawn_colours()
        assert theme.DARK.error.name() in after and theme.LIGHT.error.name() not in after
    finally:
        theme.set_choice("")
