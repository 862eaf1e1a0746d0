"""The graphical side of the main window: fields and inspector, canvas and mapping table.

This widget only arranges the views and the canvas tool bar (target profile, zoom,
fit, search, auto-map); each view observes the Document on its own. While the source
does not parse, a banner says that the graphical side is out of date and read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from ..i18n import localized
from .actions import MappingActions
from .canvas_view import CanvasView
from .common import run_edit, tab_order
from .eliding_combo import ElidingComboBox
from .fields_panel import FieldsPanel
from .inspector import Inspector
from .mapping_table import MappingTable

TOOLTIP = Qt.ItemDataRole.ToolTipRole
CLEAR_BUTTON_ROOM = 26  # Qt keeps this for a line edit's clear button (16 px icon + 6, 4 px margin), shown or not
ZOOM_KEYS = {"Ctrl++": QKeySequence.StandardKey.ZoomIn, "Ctrl+-": QKeySequence.StandardKey.ZoomOut}


def stale_text(has_model: bool = True) -> str:
    """Why the graphical side is read-only; a file that never parsed has no last good state to show."""
    if not has_model:
        return QCoreApplication.translate(
            "MappingEditor",
            "⚠ The source does not parse, so there is nothing to show here yet. The fields and the mapping appear once the source is fixed.",
        )
    return QCoreApplication.translate(
        "MappingEditor",
        "⚠ Out of date: the source does not parse. The graphical side shows the last good state and is read-only until the source is fixed.",
    )


def placeholder_width(edit: QLineEdit) -> int:
    """Width at which a line edit shows its whole placeholder next to its clear button."""
    metrics = edit.fontMetrics()
    frame = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # QLineEdit's hint: 17 "x" + frame
    clear = CLEAR_BUTTON_ROOM if edit.isClearButtonEnabled() else 0
    return metrics.horizontalAdvance(edit.placeholderText()) + frame + clear


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
        self.banner = QLabel(stale_text(), objectName="staleBanner", wordWrap=True)
        self.banner.setStyleSheet("background: #ffecb3; color: #5d4037; padding: 4px;")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.profile_combo = ElidingComboBox(min_chars=6)
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.profile_combo.setAccessibleName(self.tr("Target profile"))
        self.profile_combo.setAccessibleDescription(self.tr("The entity the postbox creates from each record"))
        self.profile_combo.activated.connect(lambda _i: self.set_profile(self.profile_combo.currentData()))
        # A short placeholder: the bar leaves the field about 80 px at a 1280 px window; the tooltip explains
        self.search_edit = QLineEdit(placeholderText=self.tr("Find…"), clearButtonEnabled=True)
        self.search_edit.setObjectName("canvasSearch")
        self.search_edit.setMinimumWidth(placeholder_width(self.search_edit))
        self.search_edit.setAccessibleName(self.tr("Find in mapping"))
        self.search_edit.setToolTip(
            self.tr("Highlight fields and attributes whose name contains this text; Enter finds the next")
        )
        self.search_edit.textChanged.connect(self.canvas.search)
        self.search_edit.returnPressed.connect(self.canvas.find_next)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mappingTabs")
        self.tabs.addTab(self.canvas, self.tr("Canvas"))
        self.tabs.addTab(self.table, self.tr("Mapping table"))
        self.menu_actions = self._make_actions()
        self._layout()
        document.parseStateChanged.connect(self.on_parse_state)
        document.resultChanged.connect(self.update_state)
        document.profilesChanged.connect(self.update_state)
        self.update_state()

    def _make_actions(self) -> dict[str, QAction]:
        # (name, menu text, short text on a tool button, tooltip, shortcut, slot)
        specs = (
            (
                "zoom_in",
                self.tr("Zoom in"),
                "+",
                self.tr("Zoom into the mapping canvas"),
                "Ctrl++",
                lambda: self.canvas.zoom(1.25),
            ),
            (
                "zoom_out",
                self.tr("Zoom out"),
                "−",
                self.tr("Zoom out of the mapping canvas"),
                "Ctrl+-",
                lambda: self.canvas.zoom(0.8),
            ),
            (
                "fit",
                self.tr("Fit mapping"),
                self.tr("Fit"),
                self.tr("Show the whole mapping in the canvas"),
                "Ctrl+0",
                self.canvas.fit,
            ),
            (
                "find",
                self.tr("Find in mapping"),
                self.tr("Find"),
                self.tr("Find a field or attribute on the canvas"),
                "Ctrl+Shift+F",
                self.focus_search,
            ),
            (
                "auto_map",
                self.tr("Auto-map by name…"),
                self.tr("Auto-map"),
                self.tr("Map unfilled attributes to fields of the same name (shows a preview first)"),
                "Ctrl+Shift+M",
                lambda: self.actions.auto_map(self),
            ),
            (
                "load_profile",
                self.tr("Load target profile…"),
                self.tr("Load…"),
                self.tr("Load a target profile file (JSON) and make it the target"),
                "",
                self.choose_profile_file,
            ),
            (
                "mapping_table",
                self.tr("Mapping table"),
                self.tr("Mapping table"),
                self.tr("Show the mapping table: the keyboard way to map"),
                "Ctrl+Shift+L",  # Ctrl+Shift+T is Postbox → Send test issue
                lambda: self.tabs.setCurrentWidget(self.table),
            ),
        )
        out = {}
        for name, text, short, tip, shortcut, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"mapping_{name}")
            if shortcut in ZOOM_KEYS:
                action.setShortcuts([*QKeySequence.keyBindings(ZOOM_KEYS[shortcut]), QKeySequence(shortcut)])
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setIconText(short)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.triggered.connect(slot)
            out[name] = action
        return out

    def _layout(self) -> None:
        bar = QHBoxLayout()
        target_label = QLabel(self.tr("&Target:"))
        target_label.setBuddy(self.profile_combo)
        bar.addWidget(target_label)
        bar.addWidget(self.profile_combo)
        self.tool_buttons: list[QToolButton] = []
        for name in ("load_profile", "auto_map", "fit"):
            button = QToolButton(objectName=f"{name}Button")
            button.setDefaultAction(self.menu_actions[name])
            button.setAccessibleName(self.menu_actions[name].text().replace("…", ""))
            bar.addWidget(button)
            self.tool_buttons.append(button)
        bar.addWidget(self.search_edit, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.tabs)
        scroll = QScrollArea(objectName="inspectorScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, the frame does not
        scroll.setWidget(self.inspector)
        scroll.setWidgetResizable(True)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.fields)
        left.addWidget(scroll)
        left.setSizes([300, 400])
        left.setMinimumWidth(max(240, self.fields.minimumSizeHint().width()))  # every (German) header whole
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
        self._tab_order()

    def _tab_order(self) -> None:
        """Reading order: profile switcher and canvas tools, fields panel, inspector, canvas, table."""
        tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The widgets of the graphical area in Tab order (for the main window's chain)."""
        return [
            self.profile_combo,
            *self.tool_buttons,
            self.search_edit,
            *self.fields.focus_chain(),
            *self.inspector.focus_chain(),
            self.tabs,  # its tab bar (Canvas | Mapping table), just above them
            self.canvas,
            self.table,
        ]

    def on_parse_state(self, current: bool) -> None:
        self.update_state()

    # --- state -----------------------------------------------------------------------------------
    def update_state(self) -> None:
        current = self.document.is_current()
        self.banner.setText(stale_text(self.document.model() is not None))
        self.banner.setVisible(not current)
        for name in ("auto_map", "load_profile"):
            self.menu_actions[name].setEnabled(current)
        self.profile_combo.setEnabled(current)
        model = self.document.model()
        target = model.target if model is not None else None
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        ids = self.document.registry().ids()
        names = [self.document.registry().get(profile_id).name for profile_id in ids]
        for profile_id, name in zip(ids, names, strict=True):
            # the name alone reads best in the narrow bar; the id only where two names are alike
            text = name if names.count(name) == 1 else f"{name} ({profile_id})"
            self.profile_combo.addItem(text, profile_id)
            self.profile_combo.setItemData(self.profile_combo.count() - 1, f"{name} ({profile_id})", TOOLTIP)
        if isinstance(target, str) and target not in ids:
            self.profile_combo.addItem(self.tr("{target} (unknown)").format(target=target), target)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(target)))
        self.profile_combo.blockSignals(False)
        self.profile_combo.updateGeometry()  # its preferred width follows the longest name
        self._profile_tooltip()

    def _profile_tooltip(self) -> None:
        """The full name and id of the target, which the box itself may show cut short."""
        index = self.profile_combo.currentIndex()
        full = self.profile_combo.itemData(index, TOOLTIP) or self.profile_combo.currentText()
        tip = self.tr("Target profile: the entity the postbox creates")
        self.profile_combo.setToolTip(f"{full}\n{tip}" if full else tip)

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
        description = self.tr("Target {profile}").format(profile=profile_id)
        return run_edit(self.document, description, lambda d: E.set_target(d, profile_id), self)

    def load_profile(self, path: str | Path) -> str | None:
        """Load a profile file, register it and make it the target; an error message or None."""
        try:
            profile = load_profile_file(path)
        except ProfileError as exc:
            return localized(exc)
        self.document.add_profile(profile)
        self.set_profile(profile.id)
        return None

    def choose_profile_file(self) -> None:
        filters = self.tr("Target profiles") + " (*.json);;" + self.tr("All files") + " (*)"
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load target profile"), "", filters)
        if path:
            problem = self.load_profile(path)
            if problem:
                QMessageBox.warning(
                    self,
                    self.tr("Cannot load the profile"),
                    problem + "\n\n" + self.tr("Choose a target profile file (JSON)."),
                )
