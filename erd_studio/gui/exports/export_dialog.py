"""File → Export…: pick a format, set its options, see the result, save it.

The preview is the exact text that is saved (the same core exporter the CLI uses).
An ERD with errors is not exported unless the user ticks "Export anyway", which is
the dialog's ``--force``; while the source does not parse, nothing can be exported.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.exporters import EXPORTERS, ExportError, get_exporter
from ...core.exporters.files import write_atomic
from ..document import Document
from ..i18n import LANGUAGES, chosen_language, localized
from . import memory
from .youtrack_options import YouTrackOptionsWidget

_POSTBOX_FORMATS = ("curl", "youtrack")
_RECORD_FORMATS = ("sample", "curl")
_YOUTRACK_FORMATS = ("youtrack", "youtrack-settings")
_LANGUAGE_FORMATS = ("markdown",)


def postbox_profiles() -> list[Any]:
    """Saved postbox profiles (name and URL only); none when the postbox part is absent."""
    try:
        from ...postbox.profiles import ProfileStore, ProfileStoreError
    except ImportError:
        return []
    try:
        return ProfileStore().load()
    except ProfileStoreError:
        return []


class ExportDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self._document = document
        self._text = ""
        self.format_box = QComboBox(objectName="format")
        self.format_box.setAccessibleName(self.tr("Format"))
        for e in EXPORTERS.values():
            self.format_box.addItem(f"{e.name} — {localized(e.description)}", e.name)
        self.format_box.currentIndexChanged.connect(self.on_format_changed)
        self.language_box = self._language_box()
        self.preview = QPlainTextEdit(objectName="preview", readOnly=True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The exact text that Save writes"))
        self.preview.setTabChangesFocus(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.force = QCheckBox(self.tr("Export &anyway (the ERD has errors)"), objectName="force")
        self.force.toggled.connect(self.refresh)
        self.path_edit = QLineEdit(objectName="path")
        self.path_edit.setAccessibleName(self.tr("Save to"))
        browse = QPushButton(self.tr("&Browse…"), objectName="browse")
        browse.clicked.connect(self.on_browse)
        self.save_button = QPushButton(self.tr("&Save"), objectName="save")
        self.save_button.clicked.connect(self.on_save)
        self.copy_button = QPushButton(self.tr("C&opy"), objectName="copy")
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._text))
        close = QPushButton(self.tr("&Close"), objectName="close")
        close.clicked.connect(self.reject)
        for button in (browse, self.save_button, self.copy_button, close):
            button.setAutoDefault(False)  # Return in a field never saves or closes by surprise
        self._build(browse, close)
        self._tab_order(browse, close)
        self.resize(1000, 680)
        document.resultChanged.connect(self.on_document_changed)
        self._restore(memory.load())
        self.on_document_changed()
        self.on_format_changed()

    # --- layout --------------------------------------------------------------------------
    def _build(self, browse: QPushButton, close: QPushButton) -> None:
        self.postbox_box = QGroupBox(self.tr("Postbox"))
        form = self.postbox_form = QFormLayout(self.postbox_box)
        self.profile_box = QComboBox(objectName="profile")
        self.profile_box.setAccessibleName(self.tr("Postbox profile"))
        self.profile_box.addItem(self.tr("(type a URL)"), "")
        for p in postbox_profiles():
            self.profile_box.addItem(p.name, p.url)
        self.profile_box.currentIndexChanged.connect(self.on_profile_chosen)
        self.url_edit = QLineEdit(objectName="url", placeholderText="https://…/postboxes/<erd id>/records")
        self.url_edit.setAccessibleName(self.tr("Postbox URL"))
        self.url_edit.textChanged.connect(self.refresh)
        self.record_edit = QLineEdit(objectName="recordId", placeholderText="SAMPLE-1")
        self.record_edit.setAccessibleName(self.tr("Sample record id"))
        self.record_edit.textChanged.connect(self.refresh)
        form.addRow(self.tr("&Profile:"), self.profile_box)
        form.addRow(self.tr("&URL:"), self.url_edit)
        form.addRow(self.tr("Sample &record id:"), self.record_edit)
        self.youtrack = YouTrackOptionsWidget()
        self.youtrack.changed.connect(self.refresh)
        self.youtrack_box = QGroupBox(self.tr("YouTrack workflow"))
        QVBoxLayout(self.youtrack_box).addWidget(self.youtrack)
        left = self.options_panel = QWidget(objectName="options")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.postbox_box)
        left_layout.addWidget(self.youtrack_box, 1)
        left_layout.addStretch(0)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([420, 580])
        path_row = QHBoxLayout()
        save_label = QLabel(self.tr("Save &to:"))
        save_label.setBuddy(self.path_edit)
        path_row.addWidget(save_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.force)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        top = self.top_form = QFormLayout()
        top.addRow(self.tr("&Format:"), self.format_box)
        top.addRow(self.tr("&Language:"), self.language_box)  # beside the format: no options pane for one combo
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(path_row)
        layout.addLayout(buttons)

    def _language_box(self) -> QComboBox:
        """The language of a Markdown page's own words (auditors may read German, the ERD stays as written)."""
        box = QComboBox(objectName="language")
        box.setAccessibleName(self.tr("Language of the description"))
        box.setToolTip(
            self.tr(
                "The language of the headings, table headers and notes. "
                "The ERD's own keys, labels and descriptions stay as written."
            )
        )
        for code, name in LANGUAGES.items():  # each language in its own words, as in View → Language
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(chosen_language())))
        box.currentIndexChanged.connect(self.refresh)
        return box

    def _tab_order(self, browse: QPushButton, close: QPushButton) -> None:
        """Reading order: format, language, postbox options, YouTrack options, preview, path, buttons."""
        chain = [
            self.format_box,
            self.language_box,
            self.profile_box,
            self.url_edit,
            self.record_edit,
            *self.youtrack.focus_chain(),
            self.preview,
            self.path_edit,
            browse,
            self.force,
            self.copy_button,
            self.save_button,
            close,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- state ---------------------------------------------------------------------------
    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def select_format(self, name: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(name))

    def language(self) -> str:
        """The Markdown page's language code ("en", "de")."""
        return str(self.language_box.currentData())

    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"registry": self._document.registry(), "language": self.language()}
        if self.url_edit.text().strip():
            opts["url"] = self.url_edit.text().strip()
        if self.record_edit.text().strip():
            opts["record_id"] = self.record_edit.text().strip()
        opts.update(self.youtrack.options())
        return opts

    def text(self) -> str:
        """What Save writes (empty while nothing can be exported)."""
        return self._text

    def problem(self) -> str | None:
        """Why nothing can be exported now, in plain words; None when it can."""
        doc = self._document
        if not doc.is_current() or doc.model() is None:
            return self.tr("The ERD source has a JSON error (see Problems); fix it before exporting.")
        if self.format_name() in _YOUTRACK_FORMATS and self.youtrack.problems():
            return self.youtrack.problems()[0]
        errors = doc.result().errors
        if errors and not self.force.isChecked():
            return self.tr(
                "The ERD has {count} error(s) (see Problems), so an export would not work as intended. Fix them, or tick “Export anyway”."
            ).format(count=errors)
        return None

    # --- slots ---------------------------------------------------------------------------
    def on_document_changed(self) -> None:
        model = self._document.model()
        if model is not None and self._document.is_current():
            self.youtrack.set_document(model)
        self.force.setVisible(self._document.result().errors > 0)
        self.refresh()

    def on_format_changed(self) -> None:
        name = self.format_name()
        self.postbox_box.setVisible(name in _POSTBOX_FORMATS or name in _RECORD_FORMATS)
        for row in (0, 1):  # profile and URL
            self.postbox_form.setRowVisible(row, name in _POSTBOX_FORMATS)
        self.postbox_form.setRowVisible(2, name in _RECORD_FORMATS)
        self.youtrack_box.setVisible(name in _YOUTRACK_FORMATS)
        self.top_form.setRowVisible(1, name in _LANGUAGE_FORMATS)
        # a format without options gives the preview the whole width instead of an empty pane
        self.options_panel.setVisible(not self.postbox_box.isHidden() or not self.youtrack_box.isHidden())
        self.path_edit.setText(str(self._default_path()))
        self.refresh()

    def on_profile_chosen(self) -> None:
        url = self.profile_box.currentData()
        if url:
            self.url_edit.setText(url)

    def refresh(self) -> None:
        problem = self.problem()
        if problem is None:
            try:
                self._text = get_exporter(self.format_name()).export(self._document.model(), self.options())
            except ExportError as exc:
                problem = localized(exc)
        if problem:
            self._text = ""
            self.preview.setPlainText("")
            self.message.setText(problem[:1].upper() + problem[1:])
        else:
            self.preview.setPlainText(self._text)
            self.message.setText("")
        self.save_button.setEnabled(not problem)
        self.copy_button.setEnabled(not problem)

    def on_browse(self) -> None:
        # Save asks before replacing a file, whichever way the name was chosen: no second question here
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), options=QFileDialog.Option.DontConfirmOverwrite
        )
        if path:
            self.path_edit.setText(path)

    def on_save(self) -> bool:
        """Write the export atomically; True when written."""
        if not self._text or not self.path_edit.text().strip():
            return False
        path = Path(self.path_edit.text().strip()).expanduser()
        if self._is_open_document(path):
            self._refuse_open_document(path)
            return False
        if path.is_dir():
            self.message.setText(self.tr("{path} is a folder: add a file name to save into it.").format(path=path))
            return False
        if path.exists() and not self._confirm_replace(path):
            self.message.setText(self.tr("Not saved: {path} is unchanged.").format(path=path))
            return False
        try:
            write_atomic(path, self._text)
        except OSError as exc:
            self.message.setText(
                self.tr("Could not save {path}: {error}. Choose another folder.").format(
                    path=path, error=exc.strerror or exc
                )
            )
            return False
        self.message.setText(self.tr("Saved {path}.").format(path=path))
        memory.save(self._remembered())
        return True

    def _is_open_document(self, path: Path) -> bool:
        """True when ``path`` is the file this window edits (an export must never replace it silently)."""
        own = self._document.path()
        if own is None:
            return False
        try:
            return path.resolve() == own.resolve() or (path.exists() and path.samefile(own))
        except OSError:
            return False

    def _refuse_open_document(self, path: Path) -> None:
        """Say plainly why the file open in the window is not written over (File → Save does that)."""
        text = self.tr("{name} is the ERD open in this window, so the export does not replace it.").format(
            name=path.name
        )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportOverOpenDocumentBox")
        box.setInformativeText(
            self.tr("Use File → Save to save the ERD itself, or choose another file name for the export.")
        )
        box.exec()
        self.message.setText(text)

    def _confirm_replace(self, path: Path) -> bool:
        """Ask before an existing file is written over; No is the default (Return keeps the file)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace file?"),
            self.tr("{name} already exists in {folder}. Replace it with this export?").format(
                name=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("exportReplaceBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Replace"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep the file"))
        if path.name.endswith(".erd.json"):
            box.setInformativeText(self.tr("It is an ERD file: its content is lost if you replace it."))
        else:
            box.setInformativeText(self.tr("Its current content is lost if you replace it."))
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)

    def _remembered(self) -> dict[str, str]:
        values = {name: edit.text().strip() for name, edit in self.youtrack.edits.items()}
        folder = str(Path(self.path_edit.text().strip()).expanduser().absolute().parent)
        values |= {"format": self.format_name(), "url": self.url_edit.text().strip(), "folder": folder}
        # only a saved Markdown page says which language the auditors read; other saves keep it
        saved_page = self.format_name() in _LANGUAGE_FORMATS
        return {
            **values,
            "markdown_language": self.language() if saved_page else memory.load().get("markdown_language", ""),
        }

    def _restore(self, values: dict[str, str]) -> None:
        """Last session's format, URL, guard and Markdown language (the widgets' signals refresh the preview)."""
        if (index := self.language_box.findData(values.get("markdown_language"))) >= 0:
            self.language_box.setCurrentIndex(index)
        for name, edit in self.youtrack.edits.items():
            if name in values:
                edit.setText(values[name])
        self.url_edit.setText(values.get("url", ""))
        if self.format_box.findData(values.get("format")) >= 0:
            self.select_format(values["format"])

    def _default_path(self) -> Path:
        model = self._document.model()
        exporter = get_exporter(self.format_name())
        name = exporter.default_filename(model) if model is not None else "erd" + exporter.suffix
        path = self._folder() / name
        if self._is_open_document(path):  # an "erd" export beside its own file would name the file itself
            path = path.with_name(name.removesuffix(exporter.suffix) + ".export" + exporter.suffix)
        return path

    def _folder(self) -> Path:
        """The folder chosen in this dialog, else the ERD's, else the last export's, else home.

        Switching the format keeps a folder the user picked; an untitled ERD (a template,
        an example) exports where the previous export went.
        """
        typed = self.path_edit.text().strip()
        if typed:
            return Path(typed).expanduser().absolute().parent
        if self._document.path():
            return self._document.path().parent
        last = Path(memory.load().get("folder") or Path.home())
        return last if last.is_dir() else Path.home()
