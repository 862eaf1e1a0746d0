"""The fields of one postbox profile, as a form (part of the profiles dialog).

The token field is masked and write-only: it is never filled from the store, so a
stored token is not shown again; the label beside it says where the token is kept.
Warnings (verification off, plain http) update as the user edits.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...postbox.profiles import PostboxProfile

STORAGE_LABELS = {
    "keychain": "System keychain",
    "file": "File readable only by me",
    "ask": "Ask each time (not stored)",
}
PROXY_LABELS = {"environment": "From the environment", "none": "No proxy", "explicit": "This proxy:"}


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
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

    def show_profile(self, p: PostboxProfile, where: str) -> None:
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
        self.where.setText(f"Token: {where}" if p.name else "")
        self.on_edited()

    def profile(self, profile_id: str | None) -> PostboxProfile:
        """The profile as the form shows it; a new id when ``profile_id`` is None."""
        fields = {"id": profile_id} if profile_id else {}
        return PostboxProfile(
            name=self.name.text().strip(),
            url=self.url.text().strip(),
            **fields,
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
        self.warnings.setText("\n".join(self.profile(None).warnings()))

    def on_browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "CA bundle", "", "PEM certificates (*.pem *.crt);;All files (*)")
        if path:
            self.ca_bundle.setText(path)
