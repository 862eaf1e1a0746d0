"""The canonical ERD file: exactly what a save writes (core.to_text)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..canonical import to_text
from ..model import ErdDocument


def export(doc: ErdDocument, options: Mapping[str, Any]) -> str:
    """Canonical text, so an export and a save of the same document are byte-identical."""
    return to_text(doc)
