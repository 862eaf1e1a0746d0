"""The graphical side of the main window: fields and inspector, canvas and mapping table.

This widget only arranges the views and the canvas tool bar (target profile, zoom,
fit, search, auto-map); each view observes the Document on its own. While the source
does not parse, a banner says that the graphical side is out of date and read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import ProfileError, load_profile_file
from ...core import edits as E
from .actions import MappingActions
from .canvas_view import CanvasView
from .common import run_edit
from .fields_panel import FieldsPanel
from .inspector import Inspector
from .mapping_table import MappingTable

STALE = "⚠ Out of date: the source does not parse. The graphical side shows the last good state and is read-only until the source is fixed."


ZOOM_KEYS = {"Ctrl++": QKeySequence.StandardKey.ZoomIn, "Ctrl+-": QKeySequence.StandardKey.ZoomOut}
SHORT = {"zoom_in": "+", "zoom_out": "−", "fit": "Fit", "load_profile": "Load…", "auto_map": "Auto-map"}


class MappingEditor(QWidget):
    """Fields panel + inspector on the left, canvas / mapping table on the right."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingEditor")
        self.document = document
        self.actions = MappingActions(document, self)
        self.fields = FieldsPanel(document)
        self.inspector = Inspector(document)
        self.canvas = CanvasView(document, self.actions)
        self.table = MappingTable(document, self.actions)
        self.banner = QLabel(STALE, objectName="staleBanner", wordWrap=True)
        self.banner.setStyleSheet("background: #ffecb3; color: #5d4037; padding: 4px;")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.profile_combo = QComboBox(objectName="profileCombo")
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile_combo.setMinimumContentsLength(14)
        self.profile_combo.setToolTip("Target profile: the entity the postbox creates")
        self.profile_combo.activated.connect(lambda _i: self.set_profile(self.profile_combo.currentData()))
        self.search_edit = QLineEdit(placeholderText="Find field or attribute…", clearButtonEnabled=True)
        self.search_edit.setObjectName("canvasSearch")
        self.search_edit.textChanged.connect(self.canvas.search)
        self.search_edit.returnPressed.connect(self.canvas.find_next)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.canvas, "Canvas")
        self.tabs.addTab(self.table, "Mapping table")
        self.menu_actions = self._make_actions()
        self._layout()
        document.parseStateChanged.connect(self.on_parse_state)
        document.resultChanged.connect(self.update_state)
        document.profilesChanged.connect(self.update_state)
        self.update_state()

    def _make_actions(self) -> dict[str, QAction]:
        specs = (
            ("zoom_in", "Zoom in", "Ctrl++", lambda: self.canvas.zoom(1.25)),
            ("zoom_out", "Zoom out", "Ctrl+-", lambda: self.canvas.zoom(0.8)),
            ("fit", "Fit mapping", "Ctrl+0", self.canvas.fit),
            ("find", "Find in mapping", "Ctrl+Shift+F", self.focus_search),
            ("auto_map", "Auto-map by name…", "Ctrl+Shift+M", lambda: self.actions.auto_map(self)),
            ("load_profile", "Load target profile…", "", self.choose_profile_file),
            ("mapping_table", "Mapping table", "Ctrl+Shift+T", lambda: self.tabs.setCurrentWidget(self.table)),
        )
        out = {}
        for name, text, shortcut, slot in specs:
            action = QAction(text, self)
            if shortcut in ZOOM_KEYS:
                action.setShortcuts([*QKeySequence.keyBindings(ZOOM_KEYS[shortcut]), QKeySequence(shortcut)])
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setIconText(SHORT.get(name, text))
            action.triggered.connect(slot)
            out[name] = action
        return out

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Target:"))
        bar.addWidget(self.profile_combo)
        for name in ("load_profile", "auto_map", "fit"):
            button = QToolButton()
            button.setDefaultAction(self.menu_actions[name])
            bar.addWidget(button)
        bar.addWidget(self.search_edit, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.tabs)
        scroll = QScrollArea()
        scroll.setWidget(self.inspector)
        scroll.setWidgetResizable(True)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.fields)
        left.addWidget(scroll)
        left.setSizes([300, 400])
        left.setMinimumWidth(240)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(split)

    def on_parse_state(self, current: bool) -> None:
        self.update_state()

    # --- state -----------------------------------------------------------------------------------
    def update_state(self) -> None:
        current = self.document.is_current()
        self.banner.setVisible(not current)
        for name in ("auto_map", "load_profile"):
            self.menu_actions[name].setEnabled(current)
        self.profile_combo.setEnabled(current)
        model = self.document.model()
        target = model.target if model is not None else None
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        ids = self.document.registry().ids()
        for profile_id in ids:
            self.profile_combo.addItem(f"{self.document.registry().get(profile_id).name} ({profile_id})", profile_id)
        if isinstance(target, str) and target not in ids:
            self.profile_combo.addItem(f"{target} (unknown)", target)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(target)))
        self.profile_combo.blockSignals(False)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.canvas)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- target profile ------------------------------------------------------------------------------
    def set_profile(self, profile_id: str) -> bool:
        """Switch the ERD's target profile (one undo step); mappings stay, even dangling ones."""
        model = self.document.model()
        if model is None or model.target == profile_id:
            return False
        return run_edit(self.document, f"Target {profile_id}", lambda d: E.set_target(d, profile_id), self)

    def load_profile(self, path: str | Path) -> str | None:
        """Load a profile file, register it and make it the target; an error message or None."""
        try:
            profile = load_profile_file(path)
        except ProfileError as exc:
            return str(exc)
        self.document.add_profile(profile)
        self.set_profile(profile.id)
        return None

    def choose_profile_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Load target profile", "", "Target profiles (*.json);;All files (*)"
        )
        if path:
            problem = self.load_profile(path)
            if problem:
                QMessageBox.warning(
                    self, "Cannot load the profile", problem + "\n\nChoose a target profile file (JSON)."
                )
