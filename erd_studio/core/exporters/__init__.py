"""Exports of an ERD for other tools: one module per format, one registry.

Every format is a pure function ``export(doc, options) -> str`` so that the CLI, the
export dialog and the tests produce byte-identical output. ``options`` is a plain
mapping; each exporter documents the keys it reads and ignores the others, so one
options dict can be handed to any format. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..messages import Msg, MsgError, msg
from ..model import ErdDocument
from . import curl, erd, markdown, payload, youtrack
from .errors import ExportError

Options = Mapping[str, Any]


@dataclass(frozen=True)
class Exporter:
    """One export format as the CLI and the dialog list it."""

    name: str
    suffix: str
    description: Msg
    export: Callable[[ErdDocument, Options], str]

    def default_filename(self, doc: ErdDocument) -> str:
        stem = doc.id if isinstance(doc.id, str) and doc.id else "erd"
        return stem + self.suffix


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("erd", ".erd.json", msg("the canonical ERD file (for the ISMS and version control)"), erd.export),
        Exporter(
            "payload-schema",
            ".payload.schema.json",
            msg("JSON Schema (Draft 2020-12) of the request body the postbox accepts"),
            payload.export_schema,
        ),
        Exporter("sample", ".sample.json", msg("a sample request body with one example record"), payload.export_sample),
        Exporter("curl", ".curl.sh", msg("a curl command that sends the sample to the postbox"), curl.export),
        Exporter(
            "youtrack", ".youtrack.js", msg("a YouTrack workflow rule that sends matching issues"), youtrack.export
        ),
        Exporter(
            "youtrack-settings",
            ".settings.json",
            msg("the settings.json that gives the YouTrack workflow its postbox token"),
            youtrack.export_settings,
        ),
        Exporter("markdown", ".md", msg("a readable description for audit documentation"), markdown.export),
    )
}


class UnknownFormat(MsgError, ValueError):
    """A format name that no exporter has; the message lists the known ones."""


def get_exporter(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UnknownFormat(
            msg('unknown export format "{name}"; use one of: {choices}', name=name, choices=", ".join(EXPORTERS))
        ) from None


def export(name: str, doc: ErdDocument, options: Options | None = None) -> str:
    return get_exporter(name).export(doc, options or {})


__all__ = ["EXPORTERS", "ExportError", "Exporter", "Options", "UnknownFormat", "export", "get_exporter"]
