"""Every icon ERD Studio shows is one of its own SVGs: sharp on HiDPI, readable in light and dark."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton

from erd_studio.gui import theme
from erd_studio.gui.icons import NAME_PROPERTY, NAMES, icon, svg_path

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def opaque_colours(image: QImage) -> Counter[str]:
    """How often each fully opaque colour occurs (the stroke's core, not its anti-aliased edge)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    found: Counter[str] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found[colour.name()] += 1
    return found


def edge_share(image: QImage) -> float:
    """Share of the drawn pixels that are half transparent: blur raises it, a sharp render keeps it low."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    alphas = [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]
    drawn = [a for a in alphas if a > 0]
    return sum(1 for a in drawn if a < 255) / len(drawn)


def text_colour() -> QColor:
    from PySide6.QtWidgets import QApplication

    return QApplication.palette().color(QPalette.ColorRole.WindowText)


@pytest.fixture
def scheme(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    """Switch the colour scheme through the View menu; back to following the system afterwards."""
    yield
    theme.set_choice("")


def tool_bar_buttons(window) -> list[tuple[QAction, QToolButton]]:  # type: ignore[no-untyped-def]
    bar = window.tool_bar()
    pairs = [(action, bar.widgetForAction(action)) for action in bar.actions() if not action.isSeparator()]
    return [(action, widget) for action, widget in pairs if isinstance(widget, QToolButton)]


def test_every_tool_bar_button_shows_one_of_our_svg_icons(main_window) -> None:  # type: ignore[no-untyped-def]
    shown = {}
    for action, _button in tool_bar_buttons(main_window):
        name = action.property(NAME_PROPERTY)
        assert name in NAMES and not action.icon().isNull(), action.text()
        assert action.icon().name() == name  # the icon's engine is ours, drawing that SVG
        mine = icon(name).pixmap(QSize(24, 24)).toImage()
        assert action.icon().pixmap(QSize(24, 24)).toImage() == mine, name
        shown[name] = action
    assert {"open", "save", "undo", "redo", "validate", "auto-map", "fit", "send"} <= set(shown)


def test_menu_entries_with_icons_use_ours_too(main_window) -> None:  # type: ignore[no-untyped-def]
    ours = [a for a in main_window.findChildren(QAction) if not a.objectName().startswith("_q_")]  # not Qt's own
    with_icons = [a for a in ours if not a.icon().isNull()]
    assert {a.property(NAME_PROPERTY) for a in with_icons} >= {"new", "export", "import", "zoom-in", "zoom-out"}
    assert all(a.property(NAME_PROPERTY) in NAMES for a in with_icons), [a.text() for a in with_icons]


def test_tool_bar_reads_as_words_except_the_well_known_icons(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.tool_bar().toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    low = {
        a.property(NAME_PROPERTY)
        for a, _b in tool_bar_buttons(main_window)
        if a.priority() == QAction.Priority.LowPriority
    }
    assert low == {"open", "save", "undo", "redo"}  # Qt shows these icon-only; Validate, Send … keep their words


def test_pixmap_at_pixel_ratio_two_is_drawn_at_twice_the_pixels(qapp) -> None:  # type: ignore[no-untyped-def]
    theme.apply_scheme(qapp)
    crisp = icon("save").pixmap(QSize(24, 24), 2.0)
    assert crisp.size() == QSize(48, 48) and crisp.devicePixelRatio() == 2.0
    colours = opaque_colours(crisp.toImage())
    assert colours and set(colours) == {text_colour().name()}
    upscaled = (
        icon("save")
        .pixmap(QSize(24, 24), 1.0)
        .toImage()
        .scaled(48, 48, mode=Qt.TransformationMode.SmoothTransformation)
    )
    assert edge_share(crisp.toImage()) < edge_share(upscaled)  # rendered at 48 px, not a blown-up 24 px


def test_switching_to_dark_redraws_the_tool_bar_icons_light(main_window, scheme, qtbot) -> None:  # type: ignore[no-untyped-def]
    main_window.files.new_document()  # Save waits for a document while the start page shows
    save = next(b for a, b in tool_bar_buttons(main_window) if a.property(NAME_PROPERTY) == "save")
    dark_entry = main_window.findChild(QAction, "actionSchemeDark")
    main_window.findChild(QAction, "actionSchemeLight").trigger()
    assert theme.LIGHT.text.name() in opaque_colours(save.grab().toImage())
    dark_entry.trigger()
    qtbot.waitUntil(lambda: theme.DARK.text.name() in opaque_colours(save.grab().toImage()))
    assert theme.LIGHT.text.name() not in opaque_colours(save.grab().toImage())
    assert theme.DARK.text.lightness() > 200  # a light stroke on the dark tool bar


def test_a_disabled_action_draws_its_icon_in_the_muted_colour(main_window) -> None:  # type: ignore[no-untyped-def]
    undo = next(b for a, b in tool_bar_buttons(main_window) if a.property(NAME_PROPERTY) == "undo")
    assert not undo.isEnabled()  # nothing to undo in a new document
    muted = main_window.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    assert muted.name() in opaque_colours(undo.grab().toImage())


def test_severity_icons_can_carry_the_theme_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    theme.apply_scheme(qapp)
    image = icon("error", role="error").pixmap(QSize(32, 32)).toImage()
    assert set(opaque_colours(image)) == {theme.colors().error.name()}
    assert set(opaque_colours(icon("warning", role="warning").pixmap(QSize(32, 32)).toImage())) == {
        theme.colors().warning.name()
    }


def test_the_problems_panel_marks_errors_and_warnings_with_our_coloured_icons(main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mistakes = tmp_path / "mistakes.erd.json"
    mistakes.write_bytes((Path(__file__).resolve().parents[2] / "resources" / "examples" / mistakes.name).read_bytes())
    assert main_window.files.open_path(mistakes)
    model = main_window.problems_panel().table.model()
    seen = {}
    for row in range(model.rowCount()):
        severity = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
        decoration = model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
        if isinstance(decoration, QIcon):
            seen[severity] = set(opaque_colours(decoration.pixmap(QSize(32, 32)).toImage()))
    assert seen == {"error": {theme.colors().error.name()}, "warning": {theme.colors().warning.name()}}


def test_every_svg_parses_and_the_line_icons_share_one_style() -> None:
    files = sorted(ICONS.glob("*.svg"))
    assert all(QSvgRenderer(str(path)).isValid() for path in files), files
    assert {path.stem for path in files} == {*NAMES, "erd-studio"}
    for name in NAMES:
        root = ET.parse(svg_path(name)).getroot()
        style = {key: root.get(key) for key in ("viewBox", "stroke", "stroke-width", "stroke-linecap", "fill")}
        assert style == {
            "viewBox": "0 0 24 24",
            "stroke": "currentColor",
            "stroke-width": "2",
            "stroke-linecap": "round",
            "fill": "none",
        }, name


def test_an_unknown_icon_name_fails_loudly() -> None:
    with pytest.raises(FileNotFoundError):
        icon("no-such-icon")


def test_a_detached_copy_keeps_drawing(qapp) -> None:  # type: ignore[no-untyped-def]
    """Changing a copy makes Qt clone our engine (PySide6 would free the clone too early)."""
    import gc

    copy = QIcon(icon("fit"))
    copy.addFile(str(svg_path("fit")))
    gc.collect()
    assert opaque_colours(copy.pixmap(QSize(24, 24)).toImage())
