"""Postbox → Send test issue: payload, preview, send, and what the postbox made of it.

The payload starts as a sample generated from the ERD (with a fresh record id) and
can be edited; it is checked against the payload schema and mapped through the ERD on
every change, and the preview shows the CIP issue the postbox should create. An ERD
with errors or a payload that does not fit is not sent, and the dialog says why.

Send runs ``send_records`` on a worker task (the token is read from its store there,
too); the dialog shows progress and can cancel — it then stops waiting, and says that
the request may already have arrived. Results come back by signal only.

Signals: sendFinished(object) with the history entry (a ``history.Send``) of each send.
"""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...postbox.client import Outcome, request_headers, send_records
from ...postbox.credentials import CredentialError, TokenStore
from ...postbox.curl import curl_command
from ...postbox.diagnosis import diagnose
from ...postbox.history import SendHistory
from ...postbox.profiles import PostboxProfile, ProfileStore, ProfileStoreError
from ..document import Document
from ..i18n import localized, localized_join
from .payload_panel import PayloadPanel
from .profiles_dialog import ProfilesDialog
from .response_view import ResponseView
from .worker import Task

NEED_TOKEN = "need-token"


class SendDialog(QDialog):
    sendFinished = Signal(object)

    def __init__(
        self, document: Document, history: SendHistory, parent: QWidget | None = None, profile_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send test issue"))
        self.setObjectName("sendDialog")
        self.document = document
        self.history = history
        self.store = ProfileStore()
        self.tokens = TokenStore()
        self.task: Task | None = None
        self._profiles: list[PostboxProfile] = []
        self._build()
        self.load_profiles(profile_id)

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Postbox"))
        self.profile_combo.setAccessibleDescription(self.tr("The postbox profile the test issue is sent to"))
        self.profile_combo.currentIndexChanged.connect(self.on_profile_changed)
        manage = QPushButton(self.tr("Manage…"), objectName="manageProfiles")
        manage.clicked.connect(self.on_manage)
        self.where = QLabel(objectName="tokenWhere", wordWrap=True)
        top = QHBoxLayout()
        postbox_label = QLabel(self.tr("&Postbox:"), objectName="postboxLabel")
        postbox_label.setBuddy(self.profile_combo)
        top.addWidget(postbox_label)
        top.addWidget(self.profile_combo, 1)
        top.addWidget(manage)
        self.payload_panel = PayloadPanel(self.document)
        self.payload_panel.checked.connect(self._update_send_button)
        # the parts tests and other code look at
        self.payload, self.preview = self.payload_panel.editor, self.payload_panel.preview
        self.payload_status, self.new_sample = self.payload_panel.status, self.payload_panel.new_sample
        self.send_button = QPushButton(self.tr("Send"), objectName="sendButton", default=True)
        self.send_button.clicked.connect(lambda: self.on_send())
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton", enabled=False)
        self.cancel_button.clicked.connect(self.on_cancel)
        self.progress = QProgressBar(objectName="sendProgress", maximum=0, textVisible=False, visible=False)
        curl = QPushButton(self.tr("Copy as curl"), objectName="copyCurl")
        curl.clicked.connect(self.on_copy_curl)
        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        actions.addWidget(curl)
        self.response = ResponseView()
        self.response.problemActivated.connect(self.on_problem)
        self.response.exportRequested.connect(self.on_export)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        top_half = QWidget()
        upper = QVBoxLayout(top_half)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.payload_panel, 1)
        upper.addLayout(actions)
        vsplit.addWidget(top_half)
        vsplit.addWidget(self.response)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(vsplit, 1)
        self.resize(1000, 760)
        order = [self.profile_combo, manage, self.payload_panel.sample_button, self.payload, self.preview]
        order += [self.send_button, self.cancel_button, curl, *self.response.focus_order()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- profiles -----------------------------------------------------------------------------
    def load_profiles(self, select_id: str | None = None) -> None:
        current = select_id or self.profile_combo.currentData()
        try:
            self._profiles = self.store.load()
        except ProfileStoreError as exc:
            self._profiles = []
            self.where.setText(localized(exc))
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in self._profiles:
            self.profile_combo.addItem(f"{p.name} — {p.url}", p.id)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(index if index >= 0 else 0)
        self.profile_combo.blockSignals(False)
        self.on_profile_changed()

    def profile(self) -> PostboxProfile | None:
        pid = self.profile_combo.currentData()
        return next((p for p in self._profiles if p.id == pid), None)

    def on_profile_changed(self) -> None:
        p = self.profile()
        if p is None:
            self.where.setText(self.tr("No postbox profile yet: add one with Manage…."))
        else:
            notes = localized_join(p.warnings())
            self.where.setText(
                self.tr("Token: {where} {notes}").format(where=localized(self.tokens.where(p)), notes=notes).strip()
            )
        self._update_send_button()

    def on_manage(self) -> None:
        dialog = ProfilesDialog(self, self.store)
        dialog.profilesChanged.connect(self.load_profiles)
        dialog.exec()
        dialog.deleteLater()
        self.load_profiles()

    def _update_send_button(self) -> None:
        ready = self.profile() is not None and self.payload_panel.ready()
        self.send_button.setEnabled(ready and not self.busy())

    # --- send ---------------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.task is not None

    def on_send(self, token: str | None = None) -> None:
        profile = self.profile()
        if profile is None or not self.payload_panel.ready():
            return  # the payload panel already says why
        problems = profile.problems()
        if problems:
            self.response.show_busy(self.tr("Not sent: {reason}").format(reason=localized_join(problems)))
            return
        body, tokens = self.payload_panel.check().body, self.tokens

        def work() -> Outcome | str:
            secret = token or tokens.get(profile)
            if not secret:
                return NEED_TOKEN
            return send_records(profile, secret, body)

        self._started = time.monotonic()
        task = self.task = Task(work)
        task.finished.connect(lambda result: self.on_result(result, task))
        task.failed.connect(lambda message: self.on_failed(message, task))
        self._set_busy(True, self.tr("Sending to {url} …").format(url=profile.url))
        task.start()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self.task = None
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if text:
            self.response.show_busy(text)
        self._update_send_button()

    def on_result(self, result: Outcome | str, task: Task) -> None:
        if task is not self.task:
            return  # the user cancelled this send; its late answer is not shown
        self._set_busy(False)
        if result == NEED_TOKEN:
            self.ask_token()
            return
        assert isinstance(result, Outcome)
        self._record(result)

    def _record(self, outcome: Outcome) -> None:
        profile = self.profile() or PostboxProfile("?", outcome.url)
        doc = self.document.model()
        diagnosis = diagnose(outcome, doc)
        send = self.history.add(profile, str(getattr(doc, "id", "")), outcome, diagnosis)
        self.response.show_send(send)
        # what the postbox refused also shows in the main problems panel, at its place in the ERD
        self.document.set_postbox_problems([(p.message, p.erd_pointer) for p in diagnosis.problems if p.erd_pointer])
        if outcome.status == 201:
            self.new_sample()  # the next send needs a new record id
        self.sendFinished.emit(send)

    def on_failed(self, message: str, task: Task) -> None:
        if task is not self.task:
            return
        self._set_busy(False, self.tr("Not sent: {reason}").format(reason=message))

    def on_cancel(self) -> None:
        if self.task is None:
            return
        profile = self.profile()
        outcome = Outcome(
            "cancelled",
            profile.url if profile else "",
            request_headers(),
            self.payload.toPlainText(),
            elapsed=time.monotonic() - self._started,
        )
        self._set_busy(False)
        self._record(outcome)

    def ask_token(self) -> None:
        """No stored token: ask (masked); an "ask each time" token is kept for this session."""
        profile = self.profile()
        if profile is None:
            return
        if profile.token_storage == "ask":
            prompt = self.tr('Token for "{name}" (kept only until ERD Studio quits):').format(name=profile.name)
        else:
            prompt = self.tr(
                'No token is stored for "{name}"; the entry may have been removed.\nExpected: {where}\n'
                "Enter the token to send now, and store it again in Postbox → Manage profiles:"
            ).format(name=profile.name, where=localized(self.tokens.where(profile)))
        token, ok = self._ask_token(prompt)
        if not ok or not token.strip():
            self.response.show_busy(self.tr("Not sent: no token given."))
            return
        try:
            if profile.token_storage == "ask":
                self.tokens.remember_for_session(profile, token)
        except CredentialError as exc:
            self.response.show_busy(self.tr("Not sent: {reason}").format(reason=localized(exc)))
            return
        self.on_send(token.strip())

    def _ask_token(self, prompt: str) -> tuple[str, bool]:
        """A masked input as a named dialog, its field named for screen readers."""
        dialog = QInputDialog(self, objectName="tokenDialog")
        dialog.setWindowTitle(self.tr("Token"))
        dialog.setLabelText(prompt)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setTextValue("")
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleName(self.tr("Token"))
        ok = bool(dialog.exec())
        token = dialog.textValue()
        dialog.deleteLater()
        return token, ok

    # --- other actions ------------------------------------------------------------------------
    def on_problem(self, pointer: str) -> None:
        self.document.select(pointer, self)

    def curl_text(self) -> str:
        p = self.profile()
        url = p.url if p else "https://…"
        return curl_command(
            url, self.payload.toPlainText(), insecure=bool(p and not p.verify_tls), ca_bundle=p.ca_bundle if p else None
        )

    def on_copy_curl(self) -> None:
        QGuiApplication.clipboard().setText(self.curl_text())
        self.response.show_busy(self.tr("Copied a curl command; it reads the token from $ERD_STUDIO_TOKEN."))

    def on_export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export test sends"),
                "test-sends.json",
                self.tr("JSON ({patterns})").format(patterns="*.json"),
            )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.history.export_json())
        except OSError as exc:
            self.response.show_busy(self.tr("Could not write {path}: {reason}").format(path=path, reason=exc.strerror))
            return
        self.response.show_busy(
            self.tr("Exported {count} test send(s) to {path} (no token).").format(
                count=len(self.history.sends), path=path
            )
        )

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.task = None  # a running send finishes on its own; its answer is not shown
        super().closeEvent(event)
