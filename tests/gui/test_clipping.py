"""Text that the German walkthrough found cut off or too small; each test fails if it comes back.

The checks compare the room a widget gives its text with the text's width in the
widget's own font, the way a person sees "Meine behal" or "Feld oder …" on screen,
at a 1280x800 main window or the dialog's default size.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QStyleOptionFrame, QWidget

from erd_studio.gui.exports import MergeDialog
from erd_studio.gui.mapping import canvas_items
from erd_studio.gui.mapping.canvas_view import CanvasView
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.gui.send.response_view import ResponseView
from erd_studio.postbox.client import Outcome
from erd_studio.postbox.diagnosis import diagnose

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
MAIN_SIZE = QSize(1280, 800)


@pytest.fixture(params=["de", "en"])
def language(request) -> str:  # type: ignore[no-untyped-def]
    """Both languages; German is chosen before the window is made (list this before ``main_window``)."""
    if request.param == "de":
        request.getfixturevalue("german")
    return request.param


def open_copy(window, folder: Path, example: str = "youtrack-high-severity.erd.json") -> None:  # type: ignore[no-untyped-def]
    """Open a private copy of a shipped example as a user would (File → Open)."""
    shutil.copy(EXAMPLES / example, folder / example)
    assert window.files.open_path(folder / example)
    window.document().validate_now()


def line_edit_room(edit: QLineEdit) -> int:
    """Pixels a line edit has for its text: contents minus Qt's 2 px margins and the clear button's place."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    clear = 26 if edit.isClearButtonEnabled() else 0  # Qt reserves it even while the field is empty
    return contents.width() - 4 - clear


def combo_room(combo: QComboBox) -> int:
    """Pixels a combo box has for its shown text (the box minus frame and arrow)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = QStyle.SubControl.SC_ComboBoxEditField
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, combo).width()


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text)


def editor_at(qtbot, window, size: QSize):  # type: ignore[no-untyped-def]
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    return window.findChild(QWidget, "mappingEditor")


def test_target_combo_shows_the_whole_profile_name_at_1280(qtbot, language, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_copy(main_window, tmp_path)
    editor = editor_at(qtbot, main_window, MAIN_SIZE)
    combo = editor.profile_combo
    assert combo.currentText() == "TTS trax — CIP issue"
    assert text_width(combo, combo.currentText()) <= combo_room(combo)
    assert combo.displayed_text() == combo.currentText()
    assert "TTS trax — CIP issue (trax.cip-issue)" in combo.toolTip()  # the id is one hover away


def test_target_combo_elides_when_the_window_is_narrow(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_copy(main_window, tmp_path)
    editor = editor_at(qtbot, main_window, QSize(760, 560))  # the smallest width the window must allow
    combo = editor.profile_combo
    shown = combo.displayed_text()
    assert shown != combo.currentText() and shown.endswith("…")  # cut with "…", not mid-letter
    assert text_width(combo, shown) <= combo_room(combo)
    assert combo.currentText() in combo.toolTip()


def test_canvas_search_placeholder_fits(qtbot, language, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_copy(main_window, tmp_path)
    search = editor_at(qtbot, main_window, MAIN_SIZE).search_edit
    assert search.placeholderText() == ("Suchen…" if language == "de" else "Find…")
    assert text_width(search, search.placeholderText()) <= line_edit_room(search)
    main_window.resize(760, 560)  # even at the smallest window it stays whole
    qtbot.waitUntil(lambda: main_window.width() < MAIN_SIZE.width())
    assert text_width(search, search.placeholderText()) <= line_edit_room(search)


def test_canvas_sub_labels_are_readable_and_fit_their_boxes(qtbot, german, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_copy(main_window, tmp_path)
    small, bold = QFontMetricsF(canvas_items._SMALL), QFontMetricsF(canvas_items._BOLD)
    assert canvas_items._SMALL.pointSizeF() >= 8.0  # was 7.5 pt: about 6 px on screen after Fit
    assert bold.height() + small.height() <= canvas_items.NODE_H - 4  # both lines inside the box
    scene = main_window.findChild(CanvasView).scene()
    room = canvas_items.NODE_W - 24  # the box's text rectangle (10 px left, 14 px right for the mark)
    subtitles = [node.subtitle for node in [*scene.fields.values(), *scene.attributes.values()]]
    assert "Title · string · Pflicht" in subtitles
    assert all(small.horizontalAdvance(text) <= room for text in subtitles)  # none needs "…"


def test_merge_choices_are_whole_in_german(qtbot, german, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    open_copy(main_window, tmp_path, "gitlab-starter.erd.json")
    other = tmp_path / "other.erd.json"
    shutil.copy(EXAMPLES / "jira-starter.erd.json", other)
    dialog = MergeDialog(main_window.document(), main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(other))
    assert dialog.load()
    combos = [dialog.conflicts.cellWidget(row, 3) for row in range(dialog.conflicts.rowCount())]
    assert combos and "Andere umbenennen" in [combos[0].itemText(i) for i in range(combos[0].count())]
    qtbot.waitUntil(lambda: combos[0].width() <= dialog.conflicts.columnWidth(3))  # laid into its cell
    for combo in combos:
        widest = max(text_width(combo, combo.itemText(i)) for i in range(combo.count()))
        assert widest <= combo_room(combo), combo.currentText()  # "Meine behal" was cut


def test_token_placeholder_fits_and_the_tooltip_says_it_all(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    token = dialog.form.token
    assert token.placeholderText() == "neues Token (leer: gespeichertes bleibt)"
    assert text_width(token, token.placeholderText()) <= line_edit_room(token)
    assert "lassen Sie das Feld leer, um das gespeicherte zu behalten" in token.toolTip()


def test_response_header_names_stay_on_one_line(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    headers = {"Cache-Control": "no-store", "Content-Length": "343", "Content-Type": "application/json"}
    outcome = Outcome("response", "http://127.0.0.1/records", {}, "{}", 201, "Created", headers, '{"data": []}')
    view = ResponseView()
    qtbot.addWidget(view)
    view.resize(980, 355)  # as in the send dialog at its default size
    view.show()
    view.show_send(_send(outcome))
    view.tabs.setCurrentWidget(view.headers)
    table = view.headers
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for row in range(table.rowCount()):
        name = table.item(row, 0).text()
        assert text_width(table, name) + margin <= table.columnWidth(0), name  # "Content-Length" wrapped
    assert table.rowHeight(1) < 2 * table.fontMetrics().lineSpacing()


def _send(outcome: Outcome):  # type: ignore[no-untyped-def]
    from erd_studio.postbox.history import Send

    return Send("Lokal", "erd", outcome, diagnose(outcome))
