"""Issue 9 polish: the problems panel is one short line when there is nothing wrong.

The editors get the room; Tab still reaches the panel and says "No problems"; the
first problem brings the table back.
"""

from __future__ import annotations

from a11y import tab_chain
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from erd_studio.resources import resource

EXAMPLE = resource("examples", "youtrack-high-severity.erd.json")


def bottom_height(window) -> int:  # type: ignore[no-untyped-def]
    return window.findChild(QSplitter, "verticalSplitter").sizes()[1]


def open_valid(qtbot, window):  # type: ignore[no-untyped-def]
    assert window.files.open_path(EXAMPLE)
    QApplication.processEvents()
    panel = window.problems_panel()
    qtbot.waitUntil(lambda: bottom_height(window) < 90)
    return panel


def test_no_problems_is_one_line_and_the_editors_get_the_room(qtbot, main_window):
    panel = open_valid(qtbot, main_window)
    assert panel.is_compact() and not panel.summary.isVisible()
    assert panel.table.isVisible() and not panel.table.horizontalHeader().isVisible()
    assert panel.table.height() <= panel.table.fontMetrics().height() + 20
    assert panel.table.empty_text() == "✓ No problems"
    editors = main_window.findChild(QSplitter, "verticalSplitter").sizes()[0]
    assert editors > 5 * bottom_height(main_window)
    image = panel.table.viewport().grab().toImage()  # the line is drawn: not a blank box
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    assert len(colours) > 2


def test_keyboard_still_reaches_the_empty_panel_and_hears_why_it_is_empty(qtbot, main_window):
    panel = open_valid(qtbot, main_window)
    assert panel.table in tab_chain(main_window)
    assert panel.table.accessibleName() == "Problems"
    assert panel.table.accessibleDescription() == "✓ No problems"


def test_the_first_problem_brings_the_table_back_and_a_fix_makes_it_compact_again(qtbot, main_window):
    panel = open_valid(qtbot, main_window)
    document = main_window.document()
    document.replace_text("break", document.text().replace('"key": "name"', '"key": "name",,'))
    document.validate_now()
    qtbot.waitUntil(lambda: bottom_height(main_window) > 100)
    assert not panel.is_compact() and panel.summary.isVisible()
    assert panel.table.horizontalHeader().isVisible() and panel.proxy.rowCount() >= 1
    assert panel.table.height() > panel.table.compact_height()
    document.undo_stack().undo()
    document.validate_now()
    qtbot.waitUntil(lambda: bottom_height(main_window) < 90)
    assert panel.is_compact()


def test_another_bottom_tab_gets_its_full_height(qtbot, main_window):
    open_valid(qtbot, main_window)
    other = QLabel("test output", objectName="otherBottomTab")
    main_window.add_bottom_widget("Other", other)
    main_window.bottom_tabs().setCurrentWidget(other)
    qtbot.waitUntil(lambda: bottom_height(main_window) > 100)
    main_window.bottom_tabs().setCurrentIndex(0)
    qtbot.waitUntil(lambda: bottom_height(main_window) < 90)
