"""The tool bar's "postbox: [v]" picker: which profile Send test issue starts with.

It re-reads the profiles file each time it opens, so profiles added in the profiles
dialog or with ``erd-studio postbox add`` show up without any signal wiring.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...postbox.profiles import ProfileStore, ProfileStoreError


class ProfilePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postboxPicker")
        self.setToolTip(self.tr("The postbox profile that Send test issue uses"))
        self.setAccessibleName(self.tr("Postbox profile"))
        self.setAccessibleDescription(self.tr("The postbox profile that Send test issue uses"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload()

    def reload(self) -> None:
        current = self.currentData()
        try:
            profiles = ProfileStore().load()
        except ProfileStoreError:
            profiles = []
        self.blockSignals(True)
        self.clear()
        for p in profiles:
            self.addItem(p.name, p.id)
        if not profiles:
            self.addItem(self.tr("(no profile yet)"), None)
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)

    def select(self, profile_id: str | None) -> None:
        self.reload()
        index = self.findData(profile_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def showPopup(self) -> None:
        self.reload()
        super().showPopup()
