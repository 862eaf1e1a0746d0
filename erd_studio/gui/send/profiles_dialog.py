"""Postbox → Manage profiles: edit postbox profiles, store tokens, test the connection.

The token field is masked and never filled from the store: it is write-only, so a
token once stored is not shown again (the label says where it is kept). Keychain
calls and the test request run on worker tasks; the dialog stays responsive while a
keychain waits for its unlock prompt.

Signals: profilesChanged() after a profile was saved or removed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...postbox.client import send_records
from ...postbox.credentials import NoKeychainError, TokenStore
from ...postbox.diagnosis import diagnose_connection_test
from ...postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError
from .worker import Task

STORAGE_LABELS = {
    "keychain": "System keychain",
    "file": "File readable only by me",
    "ask": "Ask each time (not stored)",
}
PROXY_LABELS = {"environment": "From the environment", "none": "No proxy", "explicit": "This proxy:"}


class ProfilesDialog(QDialog):
    profilesChanged = Signal()

    def __init__(self, parent: QWidget | None = None, store: ProfileStore | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Postbox profiles")
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
        self.list.currentRowChanged.connect(self.on_row_changed)
        new, delete = QPushButton("New", objectName="newProfile"), QPushButton("Delete", objectName="deleteProfile")
        new.clicked.connect(self.on_new)
        delete.clicked.connect(self.on_delete)
        left = QVBoxLayout()
        left.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addWidget(delete)
        left.addLayout(row)
        form = QFormLayout()
        self.name = QLineEdit(objectName="profileName")
        self.url = QLineEdit(objectName="profileUrl", placeholderText="https://trax.example.com/…/records")
        self.timeout = QDoubleSpinBox(objectName="profileTimeout", minimum=1, maximum=600, suffix=" s", value=30)
        self.verify = QCheckBox("Verify the postbox's certificate", objectName="profileVerify", checked=True)
        self.ca_bundle = QLineEdit(objectName="profileCaBundle", placeholderText="system certificates")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self.on_browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle)
        ca_row.addWidget(browse)
        self.proxy_mode = QComboBox(objectName="profileProxyMode")
        for key, label in PROXY_LABELS.items():
            self.proxy_mode.addItem(label, key)
        self.proxy_url = QLineEdit(objectName="profileProxyUrl", placeholderText="http://proxy.example.com:3128")
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self.proxy_mode)
        proxy_row.addWidget(self.proxy_url)
        self.allow_http = QCheckBox("Allow plain http to other computers (unsafe)", objectName="profileAllowHttp")
        self.storage = QComboBox(objectName="profileStorage")
        for key, label in STORAGE_LABELS.items():
            self.storage.addItem(label, key)
        self.token = QLineEdit(objectName="profileToken", echoMode=QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("paste a new token to store it; leave empty to keep the stored one")
        self.where = QLabel(objectName="tokenWhere", wordWrap=True)
        self.warnings = QLabel(objectName="profileWarnings", wordWrap=True, styleSheet="color: #a15c00")
        self.status = QLabel(objectName="profileStatus", wordWrap=True)
        form.addRow("Name", self.name)
        form.addRow("Create URL", self.url)
        form.addRow("Timeout", self.timeout)
        form.addRow("TLS", self.verify)
        form.addRow("CA bundle", ca_row)
        form.addRow("Proxy", proxy_row)
        form.addRow("", self.allow_http)
        form.addRow("Token storage", self.storage)
        form.addRow("Token", self.token)
        form.addRow("", self.where)
        form.addRow("", self.warnings)
        for w in (self.verify, self.allow_http):
            w.toggled.connect(self.on_edited)
        self.url.textChanged.connect(self.on_edited)
        self.proxy_mode.currentIndexChanged.connect(self.on_edited)
        self.save_button = QPushButton("Save", objectName="saveProfile")
        self.test_button = QPushButton("Test connection", objectName="testConnection")
        self.save_button.clicked.connect(self.on_save)
        self.test_button.clicked.connect(self.on_test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addWidget(buttons)
        top = QHBoxLayout(self)
        top.addLayout(left, 1)
        top.addLayout(right, 3)
        self.resize(860, 480)

    # --- profile list ------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        try:
            self._profiles = self.store.load()
        except ProfileStoreError as exc:
            self._profiles = []
            self.status.setText(str(exc))
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
        self.name.setText(p.name)
        self.url.setText(p.url)
        self.timeout.setValue(p.timeout)
        self.verify.setChecked(p.verify_tls)
        self.ca_bundle.setText(p.ca_bundle or "")
        self.proxy_mode.setCurrentIndex(max(0, self.proxy_mode.findData(p.proxy_mode)))
        self.proxy_url.setText(p.proxy_url or "")
        self.allow_http.setChecked(p.allow_http)
        self.storage.setCurrentIndex(max(0, self.storage.findData(p.token_storage)))
        self.token.clear()
        self.where.setText(f"Token: {self.tokens.where(p)}" if p.name else "")
        self.on_edited()

    def profile_from_form(self) -> PostboxProfile:
        base = self._current
        return PostboxProfile(
            name=self.name.text().strip(),
            url=self.url.text().strip(),
            id=base.id if base else PostboxProfile("", "").id,
            timeout=self.timeout.value(),
            verify_tls=self.verify.isChecked(),
            ca_bundle=self.ca_bundle.text().strip() or None,
            proxy_mode=self.proxy_mode.currentData(),
            proxy_url=self.proxy_url.text().strip() or None,
            allow_http=self.allow_http.isChecked(),
            token_storage=self.storage.currentData(),
        )

    def on_edited(self) -> None:
        self.proxy_url.setEnabled(self.proxy_mode.currentData() == "explicit")
        self.warnings.setText("\n".join(self.profile_from_form().warnings()))

    def on_new(self) -> None:
        self._current = None
        self.list.clearSelection()
        self._show(PostboxProfile("", ""))
        self.name.setFocus()

    def on_browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "CA bundle", "", "PEM certificates (*.pem *.crt);;All files (*)")
        if path:
            self.ca_bundle.setText(path)

    def on_delete(self) -> None:
        p = self._current
        if p is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete profile",
            f'Delete the postbox profile "{p.name}" and its stored token? This cannot be undone.',
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.store.remove(p.id)
        self._run(lambda: self.tokens.delete(p), lambda _: self.status.setText(f'Removed "{p.name}" and its token.'))
        self.reload()
        self.profilesChanged.emit()

    # --- save and test -----------------------------------------------------------------------
    def on_save(self) -> bool:
        profile = self.profile_from_form()
        old = self._current
        try:
            self.store.put(profile)
        except ProfileStoreError as exc:
            self.status.setText(str(exc))
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
            self.status.setText(f'Saved "{profile.name}".')
        return True

    def store_token(self, profile: PostboxProfile, token: str, consent: bool = False) -> None:
        self.status.setText("Storing the token…")

        def failed(message: str) -> None:
            if isinstance(task.error, NoKeychainError):
                self._no_keychain(profile, token, message)
            else:
                self.status.setText(message)

        task = self._run(lambda: self.tokens.set(profile, token, file_consent=consent), self._stored, failed)

    def _stored(self, where: str) -> None:
        self.status.setText(f"Token stored. {where}")
        self.where.setText(f"Token: {where}")

    def _no_keychain(self, profile: PostboxProfile, token: str, message: str) -> None:
        """No keychain: the user chooses "ask each time" or a private file — never silently."""
        box = QMessageBox(QMessageBox.Icon.Warning, "No keychain", message, parent=self)
        ask = box.addButton("Ask each time", QMessageBox.ButtonRole.AcceptRole)
        file = box.addButton("Store in a file only I can read", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        choice = {ask: "ask", file: "file"}.get(box.clickedButton())
        if choice is None:
            self.status.setText("The token was not stored.")
            return
        profile.token_storage = choice
        self.store.put(profile)
        self.reload(profile.id)
        self.store_token(profile, token, consent=choice == "file")

    def on_test(self) -> None:
        profile = self.profile_from_form()
        problems = profile.problems()
        if problems:
            self.status.setText(" ".join(problems))
            return
        typed = self.token.text()
        self.status.setText(f"Testing {profile.url} …")
        self.test_button.setEnabled(False)

        def work() -> str:
            token = typed.strip() or self.tokens.get(profile)
            if not token:
                return "No token stored for this profile yet: paste it into the Token field."
            return diagnose_connection_test(send_records(profile, token, {"data": []})).text()

        def done(text: str) -> None:
            self.test_button.setEnabled(True)
            self.status.setText(text)

        self._run(work, done, lambda m: (self.test_button.setEnabled(True), self.status.setText(m)))

    def _run(self, func, done, failed=None) -> Task:  # type: ignore[no-untyped-def]
        self.task = Task(func)
        self.task.finished.connect(done)
        self.task.failed.connect(failed or self.status.setText)
        return self.task.start()
