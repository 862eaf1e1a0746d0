"""The test payload: editable, checked against the ERD on every change, with a preview.

The payload starts as a sample generated from the ERD with a fresh record id. Each
change of the payload or of the ERD re-runs ``check_payload`` (payload schema plus the
mapping, the same code the CLI and the local test postbox use) and shows the CIP issue
the postbox should create. An ERD with errors blocks sending with a reason.

Signals: checked() after every check; ``check()`` then holds the result.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...postbox.client import encode_payload
from ...postbox.payloadcheck import PayloadCheck, check_payload, fresh_payload
from .. import theme
from ..document import Document
from ..i18n import localized


class PayloadPanel(QWidget):
    checked = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._check = PayloadCheck()
        self.editor = QPlainTextEdit(objectName="payloadEdit")
        self.editor.setAccessibleName(self.tr("Payload"))
        self.editor.setAccessibleDescription(
            self.tr("The test payload as JSON; it is checked against the ERD as you type")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.textChanged.connect(self.on_changed)
        self.status = QLabel(objectName="payloadStatus", wordWrap=True)
        sample = QPushButton(self.tr("New sample"), objectName="newSample")
        sample.clicked.connect(self.new_sample)
        self.sample_button = sample
        self.preview = QPlainTextEdit(objectName="previewEdit", readOnly=True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The CIP issue the postbox should create"))
        self.preview.setTabChangesFocus(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(_titled(self.tr("Payload (editable)"), self.editor, sample))
        split.addWidget(_titled(self.tr("Preview: the CIP issue the postbox should create"), self.preview))
        QWidget.setTabOrder(sample, self.editor)
        QWidget.setTabOrder(self.editor, self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._said = ("error", "")
        document.resultChanged.connect(self.on_changed)
        theme.follow_scheme(self)
        self.new_sample()

    def check(self) -> PayloadCheck:
        return self._check

    def text(self) -> str:
        return self.editor.toPlainText()

    def new_sample(self) -> None:
        doc = self.document.model()
        text = encode_payload(fresh_payload(doc)).decode("utf-8") if doc is not None else '{"data": []}'
        self.editor.setPlainText(text)

    def erd_problem(self) -> str | None:
        """Why the ERD itself cannot be tested now (None when it can)."""
        if self.document.model() is None or not self.document.is_current():
            return self.tr("Not sent: the ERD source does not parse; fix it first (see the problems panel).")
        errors = self.document.result().errors
        if errors:
            return self.tr("Not sent: the ERD has {errors} error(s); fix them first (see the problems panel).").format(
                errors=errors
            )
        return None

    def ready(self) -> bool:
        return self._check.ok and self.erd_problem() is None

    def on_changed(self) -> None:
        problem = self.erd_problem()
        doc = self.document.model()
        self._check = PayloadCheck() if doc is None else check_payload(doc, self.document.profile(), self.text())
        self.preview.setPlainText(self._preview_text())
        if problem:
            self._say("error", problem)
        elif self._check.ok:
            n = len(self._check.body["data"])
            fits = (
                self.tr("Payload fits the ERD ({n} record).")
                if n == 1
                else self.tr("Payload fits the ERD ({n} records).")
            )
            self._say("ok", fits.format(n=n))
        else:
            self._say(
                "error",
                self.tr("Not sent until fixed:")
                + "<br>"
                + "<br>".join(_esc(localized(p)) for p in self._check.problems[:8]),
            )
        self.checked.emit()

    def _preview_text(self) -> str:
        """The mapped entity, or why there is none: an empty list would look like a result."""
        if self.document.model() is None:
            return self.tr("No preview until the ERD source parses.")
        if self._check.body is None:
            return self.tr("No preview until the payload is valid JSON.")
        entities = [r.entity for r in self._check.results if r.ok]
        if not entities:
            return self.tr("No preview until a record of the payload fits the ERD.")
        return json.dumps(entities[0] if len(entities) == 1 else entities, indent=2, ensure_ascii=False)

    def _say(self, role: str, html: str) -> None:
        """Show ``html`` in the colour that means ``role`` ("ok" or "error") in the current scheme."""
        self._said = (role, html)
        colour = getattr(theme.colors(), role).name()
        self.status.setText(f"<span style='color:{colour}'>{html}</span>")

    def refresh_colours(self) -> None:
        self._say(*self._said)


def _titled(title: str, widget: QWidget, extra: QWidget | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    label = QLabel(f"<b>{title}</b>")
    label.setBuddy(widget)
    row.addWidget(label)
    row.addStretch(1)
    if extra is not None:
        row.addWidget(extra)
    layout.addLayout(row)
    layout.addWidget(widget)
    return box


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
