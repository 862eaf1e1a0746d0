"""Keyboard and screen reader in the main window's frame and the postbox dialogs.

For the main window, the find bar, the go-to-line dialog, Send test issue and the
postbox profiles dialog: no interactive widget is unnamed, Tab reaches every one of
them, and the main groups come in reading order.
"""

from __future__ import annotations

from a11y import interactive, tab_chain, unnamed
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QWidget

from erd_studio.gui.send import open_send_dialog
from erd_studio.gui.send.profiles_dialog import ProfilesDialog
from erd_studio.postbox.profiles import PostboxProfile, ProfileStore
from erd_studio.resources import resource

EXAMPLE = resource("examples", "youtrack-high-severity.erd.json")


def assert_reaches_all(root: QWidget, chain: list[QWidget]) -> None:
    assert unnamed(root) == []
    missing = [f"{type(w).__name__}:{w.objectName()}" for w in interactive(root) if w not in chain]
    assert missing == [], "Tab never reaches these"


def spots(chain: list[QWidget], widgets: list[QWidget]) -> list[int]:
    return [chain.index(w) for w in widgets]


def in_reading_order(chain: list[QWidget], *widgets: QWidget) -> bool:
    places = spots(chain, list(widgets))
    return places == sorted(places)


def editor_window(main_window):  # type: ignore[no-untyped-def]
    """The window with the example open (past the start page), as a user works in it."""
    assert main_window.files.open_path(EXAMPLE)
    QApplication.processEvents()
    return main_window


# --- main window ----------------------------------------------------------------------------------
def test_main_window_is_named_and_tab_goes_graphical_area_source_problems(main_window) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(main_window)
    chain = tab_chain(window)
    assert_reaches_all(window, chain)
    graphical = [w for w in chain if window.graphical_widget().isAncestorOf(w)]
    source, problems = window.source_view(), window.problems_panel().table
    assert graphical, "the graphical area holds no Tab stop"
    assert max(spots(chain, graphical)) < chain.index(source) < chain.index(problems)
    assert source.accessibleName() == "Source view" and problems.accessibleName() == "Problems"


def test_a_graphical_widget_set_later_still_comes_before_the_source_view(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    window = editor_window(main_window)
    late = QLineEdit(objectName="lateCanvas")
    late.setAccessibleName("late canvas")
    window.set_graphical_widget(late)
    QApplication.processEvents()
    chain = tab_chain(window)
    assert in_reading_order(chain, late, window.source_view(), window.problems_panel().table)


def test_find_bar_is_named_and_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(main_window)
    panel = window.source_panel()
    panel.find_bar.open_find(replace=True)
    bar = panel.find_bar
    chain = tab_chain(window)
    assert_reaches_all(window, chain)
    buttons = {b.objectName(): b for b in bar.findChildren(QWidget) if b.objectName()}
    assert in_reading_order(
        chain,
        window.source_view(),
        bar.find_edit,
        buttons["findNextButton"],
        buttons["findPreviousButton"],
        bar.case,
        bar.replace_edit,
        bar.replace_button,
        bar.replace_all_button,
        buttons["closeFindBar"],
        window.problems_panel().table,
    )


def test_go_to_line_dialog_is_named(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = editor_window(main_window)
    seen: list[list[str]] = []

    def inspect() -> None:
        dialog = window.findChild(QInputDialog, "goToLineDialog")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, inspect)
            return
        seen.append(unnamed(dialog))
        chain = tab_chain(dialog)
        seen.append([w.objectName() for w in interactive(dialog) if w not in chain])
        dialog.reject()

    QTimer.singleShot(0, inspect)
    window.source_panel().ask_go_to_line()
    assert seen == [[], []]


# --- postbox dialogs ------------------------------------------------------------------------------
def test_send_dialog_is_named_and_in_reading_order(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    ProfileStore().put(PostboxProfile("Local test postbox", "http://127.0.0.1:9/records"))
    window = editor_window(main_window)
    window.postbox_picker.reload()
    dialog = open_send_dialog(window)
    qtbot.waitExposed(dialog)
    chain = tab_chain(dialog)
    assert_reaches_all(dialog, chain)
    manage = dialog.findChild(QWidget, "manageProfiles")
    curl = dialog.findChild(QWidget, "copyCurl")
    response = dialog.response
    assert in_reading_order(
        chain,
        dialog.profile_combo,
        manage,
        dialog.payload_panel.sample_button,
        dialog.payload,
        dialog.preview,
        dialog.send_button,
        curl,
    )
    response.tabs.setCurrentWidget(response.headers)  # the other pages: reached after the tab bar
    chain = tab_chain(dialog)
    assert_reaches_all(dialog, chain)
    assert in_reading_order(chain, dialog.preview, curl, response.headers)
    response.tabs.setCurrentIndex(3)
    chain = tab_chain(dialog)
    assert_reaches_all(dialog, chain)
    assert in_reading_order(chain, curl, response.history, response.export_button)
    dialog.close()


def test_postbox_picker_in_the_tool_bar_is_named(main_window) -> None:  # type: ignore[no-untyped-def]
    picker = main_window.postbox_picker
    assert picker.accessibleName() == "Postbox profile"
    label = main_window.findChild(QWidget, "postboxPickerLabel")
    assert label.buddy() is picker


def test_profiles_dialog_is_named_and_in_reading_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    ProfileStore().put(
        PostboxProfile(
            "Local test postbox",
            "http://127.0.0.1:9/records",
            proxy_mode="explicit",
            proxy_url="http://proxy.example.com:3128",
        )
    )
    dialog = ProfilesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = tab_chain(dialog)
    assert_reaches_all(dialog, chain)
    f = dialog.form
    box = dialog.findChild(QDialogButtonBox)
    new, delete = dialog.findChild(QWidget, "newProfile"), dialog.findChild(QWidget, "deleteProfile")
    assert in_reading_order(
        chain,
        dialog.list,
        new,
        delete,
        f.name,
        f.url,
        f.timeout,
        f.verify,
        f.ca_bundle,
        f.browse_button,
        f.proxy_mode,
        f.proxy_url,
        f.allow_http,
        f.storage,
        f.token,
    )
    assert min(spots(chain, [b for b in box.buttons() if b.isVisible()])) > chain.index(f.token)
    for field in (f.name, f.url, f.timeout, f.storage, f.token):  # each has its label as buddy
        assert any(label.buddy() is field for label in dialog.findChildren(type(dialog.status)))
