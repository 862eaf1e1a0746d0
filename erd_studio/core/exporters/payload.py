"""Payload schema and sample body, rendered from ``core.payload``.

The schema and the sample come from ``erd_studio.core.payload``, which the local test
postbox uses too, so what is exported is exactly what a postbox checks.

Options: ``record_id`` (the sample record's id, default ``SAMPLE-1``; the postbox
accepts each id once, so a re-run needs a new one).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..model import ErdDocument
from ..payload import payload_schema, sample_payload


def dump_json(value: Any) -> str:
    """Stable, readable JSON text with a final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def sample_body(doc: ErdDocument, options: Mapping[str, Any]) -> dict[str, Any]:
    record_id = options.get("record_id")
    return sample_payload(doc, record_id if isinstance(record_id, str) and record_id else "SAMPLE-1")


def export_schema(doc: ErdDocument, options: Mapping[str, Any]) -> str:
    return dump_json(payload_schema(doc))


def export_sample(doc: ErdDocument, options: Mapping[str, Any]) -> str:
    return dump_json(sample_body(doc, options))
