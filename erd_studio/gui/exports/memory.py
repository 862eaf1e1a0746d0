"""What the export dialog remembers between runs (QSettings): the last format, URL, folder,
YouTrack guard and Markdown language, so an administrator sets up the options once, not per
export (an ISMS team that writes its audit pages in German keeps doing so in an English UI).

Property mappings are not remembered: they belong to one ERD's fields.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

PREFIX = "export/"
REMEMBERED = (
    "format",
    "url",
    "folder",
    "severity_field",
    "severity_value",
    "reported_field",
    "token_setting",
    "markdown_language",
)


def load() -> dict[str, str]:
    s = QSettings()
    return {k: v for k in REMEMBERED if isinstance(v := s.value(PREFIX + k), str) and v}


def save(values: dict[str, str]) -> None:
    s = QSettings()
    for key in REMEMBERED:
        value = values.get(key, "")
        if value:
            s.setValue(PREFIX + key, value)
        else:
            s.remove(PREFIX + key)
    s.sync()
