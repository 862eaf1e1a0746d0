"""The fields of one postbox profile, as a form (part of the profiles dialog).

The token field is masked and write-only: it is never filled from the store, so a
stored token is not shown again; the label beside it says where the token is kept.
Warnings (verification off, plain http) update as the user edits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
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

from ...core.messages import Msg
from ...postbox.profiles import PostboxProfile
from .. import theme
from ..i18n import localized, localized_join

STORAGE_LABELS = {
    "keychain": QT_TRANSLATE_NOOP("ProfileForm", "System keychain"),
    "file": QT_TRANSLATE_NOOP("ProfileForm", "File readable only by me"),
    "ask": QT_TRANSLATE_NOOP("ProfileForm", "Ask each time (not stored)"),
}
PROXY_LABELS = {
    "environment": QT_TRANSLATE_NOOP("ProfileForm", "From the environment"),
    "none": QT_TRANSLATE_NOOP("ProfileForm", "No proxy"),
    "explicit": QT_TRANSLATE_NOOP("ProfileForm", "This proxy:"),
}


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit(objectName="profileName")
        self.url = QLineEdit(objectName="profileUrl", placeholderText="https://trax.example.com/…/records")
        self.timeout = QDoubleSpinBox(objectName="profileTimeout", minimum=1, maximum=600, value=30)
        self.timeout.setSuffix(self.tr(" s"))
        self.verify = QCheckBox(self.tr("Verify the postbox's certificate"), objectName="profileVerify", checked=True)
        self.ca_bundle = QLineEdit(objectName="profileCaBundle", placeholderText=self.tr("system certificates"))
        browse = self.browse_button = QPushButton(self.tr("Browse…"), objectName="browseCaBundle")
        browse.setAccessibleName(self.tr("Browse for a CA bundle"))
        browse.clicked.connect(self.on_browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle)
        ca_row.addWidget(browse)
        self.proxy_mode = QComboBox(objectName="profileProxyMode")
        for key, label in PROXY_LABELS.items():
            self.proxy_mode.addItem(QCoreApplication.translate("ProfileForm", label), key)
        self.proxy_url = QLineEdit(objectName="profileProxyUrl", placeholderText="http://proxy.example.com:3128")
        proxy_row = QHBoxLayout()
        proxy_row.addWidget(self.proxy_mode)
        proxy_row.addWidget(self.proxy_url)
        self.allow_http = QCheckBox(
            self.tr("Allow plain http to other computers (unsafe)"), objectName="profileAllowHttp"
        )
        self.storage = QComboBox(objectName="profileStorage")
        for key, label in STORAGE_LABELS.items():
            self.storage.addItem(QCoreApplication.translate("ProfileForm", label), key)
        self.token = QLineEdit(objectName="profileToken", echoMode=QLineEdit.EchoMode.Password)
        # the field is about 500 px wide: a short placeholder, the whole rule in the tooltip
        self.token.setPlaceholderText(self.tr("new token (empty: keep the stored one)"))
        self.token.setToolTip(self.tr("Paste a new token to store it; leave the field empty to keep the stored one."))
        self.where = QLabel(objectName="tokenWhere", wordWrap=True)
        self.warnings = QLabel(objectName="profileWarnings", wordWrap=True)
        self.refresh_colours()
        theme.follow_scheme(self)
        rows = (
            (self.tr("Name"), self.name, self.name, ""),
            (self.tr("Create URL"), self.url, self.url, self.tr("The postbox address that creates records")),
            (self.tr("Timeout"), self.timeout, self.timeout, self.tr("Seconds to wait for the postbox")),
            (self.tr("TLS"), self.verify, self.verify, ""),
            (self.tr("CA bundle"), ca_row, self.ca_bundle, self.tr("Certificate file; empty: system certificates")),
            (self.tr("Proxy"), proxy_row, self.proxy_mode, ""),
            ("", self.allow_http, None, ""),
            (self.tr("Token storage"), self.storage, self.storage, self.tr("Where the token is kept")),
            (self.tr("Token"), self.token, self.token, self.tr("Write-only: a stored token is never shown")),
            ("", self.where, None, ""),
            ("", self.warnings, None, ""),
        )
        for text, field, buddy, description in rows:
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)
                if not isinstance(buddy, QCheckBox):
                    buddy.setAccessibleName(text)
                if description:
                    buddy.setAccessibleDescription(description)
            form.addRow(label, field)
        self.proxy_url.setAccessibleName(self.tr("Proxy address"))
        self.verify.setAccessibleName(self.verify.text())
        self.allow_http.setAccessibleName(self.allow_http.text())
        for w in (self.verify, self.allow_http):
            w.toggled.connect(self.on_edited)
        self.url.textChanged.connect(self.on_edited)
        self.proxy_mode.currentIndexChanged.connect(self.on_edited)

    def refresh_colours(self) -> None:
        """Warnings in the scheme's warning colour (a fixed orange is unreadable on dark)."""
        palette = self.warnings.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.colors().warning)
        self.warnings.setPalette(palette)

    def show_no_token(self) -> None:
        """The label after the user declined to store the token: nothing is kept anywhere yet."""
        self.where.setText(self.tr("Token: none stored yet; paste it into the Token field and save."))

    def show_profile(self, p: PostboxProfile, where: Msg) -> None:
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
        self.where.setText(self.tr("Token: {where}").format(where=localized(where)) if p.name else "")
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
        self.warnings.setText(localized_join(self.profile(None).warnings(), "\n"))

    def on_browse_ca(self) -> None:
        filters = self.tr("PEM certificates ({patterns});;All files ({all})").format(patterns="*.pem *.crt", all="*")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA bundle"), "", filters)
        if path:
            self.ca_bundle.setText(path)
