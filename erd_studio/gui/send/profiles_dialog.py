"""Postbox → Manage profiles: edit postbox profiles, store tokens, test the connection.

The token field is masked and never filled from the store: it is write-only, so a
token once stored is not shown again (the label says where it is kept). Keychain
calls and the test request run on worker tasks; the dialog stays responsive while a
keychain waits for its unlock prompt.

Signals: profilesChanged() after a profile was saved or removed.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.messages import Msg
from ...postbox.client import send_records
from ...postbox.credentials import NoKeychainError, TokenStore
from ...postbox.diagnosis import diagnose_connection_test
from ...postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError
from ..i18n import localized, localized_join, translate_message
from .profile_form import ProfileForm
from .worker import Task


class ProfilesDialog(QDialog):
    profilesChanged = Signal()

    def __init__(self, parent: QWidget | None = None, store: ProfileStore | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Postbox profiles"))
        self.setObjectName("profilesDialog")
        self.store = store or ProfileStore()
        self.tokens = TokenStore()
        self.task: Task | None = None
        self._profiles: list[PostboxProfile] = []
        self._current: PostboxProfile | None = None
        self._build()
        self.reload()

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget(objectName="profileList")
        self.list.setAccessibleName(self.tr("Postbox profiles"))
        self.list.currentRowChanged.connect(self.on_row_changed)
        new = QPushButton(self.tr("New"), objectName="newProfile")
        delete = QPushButton(self.tr("Delete"), objectName="deleteProfile")
        new.setAccessibleName(self.tr("New profile"))
        delete.setAccessibleName(self.tr("Delete profile"))
        new.clicked.connect(self.on_new)
        delete.clicked.connect(self.on_delete)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        left.addLayout(row)
        self.form = ProfileForm()
        f = self.form  # the fields that the dialog and tests use directly
        self.name, self.url, self.token, self.verify = f.name, f.url, f.token, f.verify
        self.warnings, self.where = f.warnings, f.where
        self.status = QLabel(objectName="profileStatus", wordWrap=True)
        self.save_button = QPushButton(self.tr("Save"), objectName="saveProfile")
        self.test_button = QPushButton(self.tr("Test connection"), objectName="testConnection")
        self.save_button.clicked.connect(self.on_save)
        self.test_button.clicked.connect(self.on_test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addWidget(self.form)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addWidget(buttons)
        top = QHBoxLayout(self)
        top.addLayout(left, 1)
        top.addLayout(right, 3)
        self.resize(860, 480)
        f = self.form
        order = [self.list, new, delete, f.name, f.url, f.timeout, f.verify, f.ca_bundle, f.browse_button]
        order += [f.proxy_mode, f.proxy_url, f.allow_http, f.storage, f.token, *buttons.buttons()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- profile list ------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        try:
            self._profiles = self.store.load()
        except ProfileStoreError as exc:
            self._profiles = []
            self.status.setText(localized(exc))
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([p.name for p in self._profiles])
        self.list.blockSignals(False)
        ids = [p.id for p in self._profiles]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.on_row_changed(row)

    def on_row_changed(self, row: int) -> None:
        self._current = self._profiles[row] if 0 <= row < len(self._profiles) else None
        self._show(self._current or PostboxProfile("", ""))

    def _show(self, p: PostboxProfile) -> None:
        self.form.show_profile(p, self.tokens.where(p))

    def profile_from_form(self) -> PostboxProfile:
        return self.form.profile(self._current.id if self._current else None)

    def on_new(self) -> None:
        self._current = None
        self.list.clearSelection()
        self._show(PostboxProfile("", ""))
        self.name.setFocus()

    def on_delete(self) -> None:
        p = self._current
        if p is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr('Delete the postbox profile "{name}" and its stored token? This cannot be undone.').format(
                name=p.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.remove(p.id)
        self._run(
            lambda: self.tokens.delete(p),
            lambda _: self.status.setText(self.tr('Removed "{name}" and its token.').format(name=p.name)),
        )
        self.reload()
        self.profilesChanged.emit()

    # --- save and test -----------------------------------------------------------------------
    def on_save(self) -> bool:
        profile = self.profile_from_form()
        old = self._current
        try:
            self.store.put(profile)
        except ProfileStoreError as exc:
            self.status.setText(localized(exc))
            return False
        token = self.token.text()
        self.token.clear()  # the form never keeps a token longer than needed
        self._current = profile
        self.reload(profile.id)
        self.profilesChanged.emit()
        if old is not None and old.token_storage != profile.token_storage:
            self._run(lambda: self.tokens.delete(old), lambda _: None)
        if token:
            self.store_token(profile, token)
        else:
            self.status.setText(self.tr('Saved "{name}".').format(name=profile.name))
        return True

    def store_token(self, profile: PostboxProfile, token: str, consent: bool = False) -> None:
        self.status.setText(self.tr("Storing the token…"))

        def failed(message: str) -> None:
            if isinstance(task.error, NoKeychainError):
                self._no_keychain(profile, token, message)
            else:
                self.status.setText(message)

        task = self._run(lambda: self.tokens.set(profile, token, file_consent=consent), self._stored, failed)

    def _stored(self, where: Msg) -> None:
        self.status.setText(self.tr("Token stored. {where}").format(where=localized(where)))
        self.where.setText(self.tr("Token: {where}").format(where=localized(where)))

    def _no_keychain(self, profile: PostboxProfile, token: str, message: str) -> None:
        """No keychain: the user chooses "ask each time" or a private file — never silently."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No keychain"), message, parent=self)
        box.setObjectName("noKeychainBox")
        ask = box.addButton(self.tr("Ask each time"), QMessageBox.ButtonRole.AcceptRole)
        file = box.addButton(self.tr("Store in a file only I can read"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        choice = {ask: "ask", file: "file"}.get(box.clickedButton())
        if choice is None:
            self.status.setText(self.tr("The token was not stored."))
            self.form.show_no_token()
            return
        profile.token_storage = choice
        self.store.put(profile)
        self.reload(profile.id)
        self.store_token(profile, token, consent=choice == "file")

    def on_test(self) -> None:
        profile = self.profile_from_form()
        problems = profile.problems()
        if problems:
            self.status.setText(localized_join(problems))
            return
        typed = self.token.text()
        self.status.setText(self.tr("Testing {url} …").format(url=profile.url))
        self.test_button.setEnabled(False)

        def work() -> str:
            token = typed.strip() or self.tokens.get(profile)
            if not token:
                return self.tr("No token stored for this profile yet: paste it into the Token field.")
            return diagnose_connection_test(send_records(profile, token, {"data": []})).text(translate_message)

        def done(text: str) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(text)

        self._run(work, done, lambda m: (self.test_button.setEnabled(True), self.status.setText(m)))

    def _run(self, func, done, failed=None) -> Task:  # type: ignore[no-untyped-def]
        self.task = Task(func)
        self.task.finished.connect(done)
        self.task.failed.connect(failed or self.status.setText)
        return self.task.start()
