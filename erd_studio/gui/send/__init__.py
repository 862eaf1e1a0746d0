"""The postbox tools of the main window: Postbox → Manage profiles, Send test issue.

``install(window)`` adds the actions to the Postbox menu and the tool bar, with the
"postbox: [v]" picker that says which profile Send test issue starts with. One
``SendHistory`` per window keeps this session's test sends, whichever dialog made them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from ...postbox.history import SendHistory
from ..icons import set_icon
from .profile_picker import ProfilePicker
from .profiles_dialog import ProfilesDialog
from .send_dialog import SendDialog

__all__ = ["ProfilesDialog", "SendDialog", "install", "open_send_dialog"]


def install(window: Any) -> None:
    window.send_history = SendHistory()
    manage = QAction(
        QCoreApplication.translate("Postbox", "&Manage profiles…"), window, objectName="actionManageProfiles"
    )
    manage.triggered.connect(lambda: open_profiles_dialog(window))
    send = QAction(QCoreApplication.translate("Postbox", "&Send test issue…"), window, objectName="actionSendTestIssue")
    send.setShortcut(QKeySequence("Ctrl+Shift+T"))
    set_icon(send, "send")
    send.setToolTip(
        QCoreApplication.translate("Postbox", "Send a test issue to a postbox and see what it created (Ctrl+Shift+T)")
    )
    send.triggered.connect(lambda: open_send_dialog(window, window.postbox_picker.currentData()))
    menu = window.menu("Postbox")
    menu.addAction(send)
    menu.addAction(manage)
    window.postbox_picker = ProfilePicker(window)
    window.tool_bar().addAction(send)
    label = QLabel(QCoreApplication.translate("Postbox", " postbox: "), objectName="postboxPickerLabel")
    label.setBuddy(window.postbox_picker)
    window.tool_bar().addWidget(label)
    window.tool_bar().addWidget(window.postbox_picker)


def open_profiles_dialog(window: Any) -> ProfilesDialog:
    dialog = ProfilesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed dialog must not linger
    dialog.profilesChanged.connect(window.postbox_picker.reload)
    dialog.setModal(True)
    dialog.show()
    return dialog


def open_send_dialog(window: Any, profile_id: str | None = None) -> SendDialog:
    """Show the window's send dialog (one per window; reused while open)."""
    dialog = getattr(window, "send_dialog", None)
    if dialog is None:
        dialog = SendDialog(window.document(), window.send_history, window, profile_id)
        window.send_dialog = dialog
        dialog.profile_combo.currentIndexChanged.connect(
            lambda: window.postbox_picker.select(dialog.profile_combo.currentData())
        )
    elif profile_id:
        dialog.load_profiles(profile_id)
    window.postbox_picker.select(dialog.profile_combo.currentData())  # the tool bar says the same
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
