"""The status bar's permanent fields: file, validity, problem counts, caret position."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from ..core.diagnostics import error_count
from .document import Document


class StatusLine:
    """Observes the Document (and the caret, via ``on_caret_moved``) and keeps four labels current."""

    def __init__(self, bar: QStatusBar, document: Document) -> None:
        self._document = document
        self.file_label = QLabel()
        self.validity_label = QLabel()
        self.counts_label = QLabel()
        self.caret_label = QLabel(
            QCoreApplication.translate("StatusLine", "Ln {line}, Col {column}").format(line=1, column=1)
        )
        for name, label in (
            ("statusFile", self.file_label),
            ("statusValidity", self.validity_label),
            ("statusCounts", self.counts_label),
            ("statusCaret", self.caret_label),
        ):
            label.setObjectName(name)
            bar.addPermanentWidget(label)
        document.fileStateChanged.connect(self.on_file_state)
        document.resultChanged.connect(self.on_result)
        document.textChanged.connect(self.on_text_changed)
        self.on_file_state()
        self.on_result()

    def on_file_state(self) -> None:
        path = self._document.path()
        self.file_label.setText(str(path) if path else QCoreApplication.translate("StatusLine", "(not saved yet)"))

    def on_text_changed(self) -> None:
        if self._document.is_large():
            self.validity_label.setText(
                QCoreApplication.translate("StatusLine", "large file: not checked (press F5 to check)")
            )
        else:
            self.validity_label.setText(QCoreApplication.translate("StatusLine", "checking…"))

    def on_result(self) -> None:
        doc = self._document
        result = doc.result()
        # the same list the problems panel shows, so both count the postbox's refusals too
        diagnostics = doc.diagnostics()
        errors = error_count(diagnostics)
        if doc.is_large() and result.text == doc.text() and not result.diagnostics and not doc.is_current():
            self.validity_label.setText(
                QCoreApplication.translate("StatusLine", "large file: not checked (press F5 to check)")
            )
            self.counts_label.setText("")
            return
        if not doc.is_current() and doc.model() is None:
            self.validity_label.setText(
                QCoreApplication.translate("StatusLine", "✗ does not parse: nothing to show until it does")
            )
        elif not doc.is_current():
            self.validity_label.setText(
                QCoreApplication.translate("StatusLine", "✗ does not parse: the mapping shows the last good state")
            )
        elif result.errors:
            self.validity_label.setText(QCoreApplication.translate("StatusLine", "✗ not valid"))
        elif errors:  # only what a postbox refused at the last test send
            self.validity_label.setText(QCoreApplication.translate("StatusLine", "✗ refused by the postbox"))
        else:
            self.validity_label.setText(QCoreApplication.translate("StatusLine", "✓ valid"))
        self.counts_label.setText(counts_text(errors, len(diagnostics) - errors))

    def on_caret_moved(self, line: int, column: int) -> None:
        self.caret_label.setText(
            QCoreApplication.translate("StatusLine", "Ln {line}, Col {column}").format(line=line, column=column)
        )


def counts_text(errors: int, warnings: int) -> str:
    """ "1 error, 2 warnings" with the right singular and plural in every language."""
    if errors == 1:
        error_part = QCoreApplication.translate("StatusLine", "1 error")
    else:
        error_part = QCoreApplication.translate("StatusLine", "{n} errors").format(n=errors)
    if warnings == 1:
        warning_part = QCoreApplication.translate("StatusLine", "1 warning")
    else:
        warning_part = QCoreApplication.translate("StatusLine", "{n} warnings").format(n=warnings)
    return f"{error_part}, {warning_part}"
