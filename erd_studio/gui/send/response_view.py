"""What the postbox answered: status, time, diagnosis, problems, body, headers, history.

The diagnosis comes first because it is what the administrator acts on; the raw
answer is one tab away for whoever needs it. Problems that map back into the ERD are
listed with their place; activating one emits ``problemActivated(pointer)``, which
the dialog turns into a selection in the editor.

Signals: problemActivated(str), exportRequested().
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...postbox.diagnosis import Diagnosis, Problem
from ...postbox.history import Send
from .. import theme
from ..i18n import localized, translate_message
from .http_status import status_line

POINTER_ROLE = Qt.ItemDataRole.UserRole + 1


class ResponseView(QWidget):
    problemActivated = Signal(str)
    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self.tr("No test issue sent yet."), objectName="responseStatus")
        self.diagnosis = QLabel(objectName="diagnosisLabel", wordWrap=True)
        self.diagnosis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QListWidget(objectName="problemList")
        self.problems.setAccessibleName(self.tr("Problems found by the postbox"))
        self.problems.setAccessibleDescription(self.tr("Enter on a problem shows its place in the ERD"))
        self.problems.itemActivated.connect(self.on_problem)
        self.problems.itemClicked.connect(self.on_problem)
        self.problems.setVisible(False)
        self.problems.setWordWrap(True)  # a long message and its "→ ERD" place stay readable
        self.body = QPlainTextEdit(objectName="responseBody", readOnly=True)
        self.body.setAccessibleName(self.tr("Response body"))
        self.body.setTabChangesFocus(True)
        self.headers = QTableWidget(0, 2, objectName="responseHeaders")
        self.headers.setAccessibleName(self.tr("Response headers"))
        self.headers.setTabKeyNavigation(False)
        self.headers.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.headers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.headers.verticalHeader().hide()
        self.history = QListWidget(objectName="historyList")
        self.history.setAccessibleName(self.tr("Test sends of this session"))
        export = self.export_button = QPushButton(self.tr("Export record…"), objectName="exportHistory")
        export.clicked.connect(self.exportRequested)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(export)
        history_layout.addLayout(row)
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.addWidget(self.diagnosis)
        result_layout.addWidget(self.problems)
        result_layout.addStretch(1)
        self.tabs = QTabWidget(objectName="responseTabs")
        self.tabs.addTab(result_page, self.tr("Result"))
        self.tabs.addTab(self.body, self.tr("Body"))
        self.tabs.addTab(self.headers, self.tr("Headers"))
        self.tabs.addTab(history_page, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs)
        self._shown: Send | None = None
        theme.follow_scheme(self)

    def focus_order(self) -> list[QWidget]:
        """Reading order for Tab: the tab bar, then the pages' widgets (only the shown page's are reached)."""
        return [self.tabs.tabBar(), self.problems, self.body, self.headers, self.history, self.export_button]

    def show_send(self, send: Send) -> None:
        o, d = send.outcome, send.diagnosis
        answer = status_line(o.status, o.reason) if o.status is not None else self.tr("no answer")
        self.status.setText(f"<b>{_html(answer)}</b> · {o.elapsed * 1000:.0f} ms · POST {o.url}")
        self._shown = send
        self.refresh_colours()
        self.problems.clear()
        for p in d.problems:
            item = QListWidgetItem(self.problem_text(p))
            item.setData(POINTER_ROLE, p.erd_pointer or "")
            self.problems.addItem(item)
        self.problems.setVisible(bool(d.problems))
        self.body.setPlainText(pretty(o.body) + ("\n" + self.tr("… (answer cut)") if o.truncated else ""))
        self.headers.setRowCount(len(o.headers))
        for row, (name, value) in enumerate(o.headers.items()):
            self.headers.setItem(row, 0, QTableWidgetItem(name))
            self.headers.setItem(row, 1, QTableWidgetItem(value))
        self.headers.resizeColumnToContents(0)  # each name on one line ("Content-Length" wrapped)
        self.headers.resizeRowsToContents()
        self.history.addItem(send.summary(translate_message))
        self.tabs.setCurrentIndex(0)

    def refresh_colours(self) -> None:
        """Write the result again in the current scheme's colours (the HTML holds them)."""
        if self._shown is not None:
            self.diagnosis.setText(self._diagnosis_html(self._shown.diagnosis))

    def _duplicate(self) -> bool:
        """A 409: the postbox had this record id already (the send dialog offers a fresh sample)."""
        return self._shown is not None and self._shown.outcome.status == 409

    def _diagnosis_html(self, d: Diagnosis) -> str:
        c = theme.colors()
        colour = {"success": c.ok, "error": c.error, "warning": c.warning}.get(d.severity, c.text).name()
        created = "".join(
            f"<p><b>{_html(str(e.get('type', 'entity')))} {_html(str(e.get('id', '')))}</b></p>"
            + _table(e.get("attributes"), c.muted.name())
            for e in d.created
        )
        return (
            f"<p style='color:{colour}; font-weight:bold'>{_html(localized(d.headline))}</p>{created}"
            + "<p>"
            + self.tr("Next: {step}").format(step=_html(localized(d.next_step)))
            + (" " + _html(self.tr('"New sample" makes a payload with a new id.')) if self._duplicate() else "")
            + "</p>"
        )

    def problem_text(self, p: Problem) -> str:
        """One problem the postbox reported, marked as the postbox's words (they are English, not ours)."""
        if p.payload_pointer:
            text = self.tr("The postbox says: “{message}” (at {place})").format(
                message=p.message, place=p.payload_pointer
            )
        else:
            text = self.tr("The postbox says: “{message}” (about the request as a whole)").format(message=p.message)
        return text + (f"  → ERD {p.erd_pointer}" if p.erd_pointer else "")

    def show_busy(self, text: str) -> None:
        self.status.setText(text)

    def on_problem(self, item: QListWidgetItem) -> None:
        pointer = item.data(POINTER_ROLE)
        if pointer:
            self.problemActivated.emit(pointer)


def pretty(body: str) -> str:
    try:
        return json.dumps(json.loads(body), indent=2, ensure_ascii=False)
    except ValueError:
        return body


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(attributes: object, name_colour: str) -> str:
    """The created entity's attributes as a small two-column table, names in a quieter colour."""
    if not isinstance(attributes, dict):
        return ""
    rows = "".join(
        f"<tr><td style='padding-right:12px; color:{name_colour}'>{_html(str(k))}</td><td>{_html(str(v))}</td></tr>"
        for k, v in attributes.items()
    )
    return f"<table>{rows}</table>"
