"""Check a test payload before it is sent: JSON, the payload schema, the mapping.

Shared by ``erd-studio send`` and the send dialog, so both refuse the same things
with the same words. A payload that fails here is never sent: the postbox would only
reject it, and the user learns more from a message that points at the line.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from ..core.diagnostics import pointer_join
from ..core.evaluate import RecordResult, evaluate_payload
from ..core.model import ErdDocument, TargetProfile
from ..core.payload import payload_schema, sample_payload


@dataclass
class PayloadCheck:
    """The parsed body (None when it is not JSON), problems, and the mapped entities."""

    body: Any = None
    problems: list[str] = field(default_factory=list)
    results: list[RecordResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.body is not None and not self.problems


def fresh_payload(doc: ErdDocument) -> dict[str, Any]:
    """A sample body whose record id is new on every call (a postbox accepts an id once)."""
    return sample_payload(doc, time.strftime("TEST-%Y%m%d-%H%M%S-", time.gmtime()) + uuid.uuid4().hex[:4])


def check_payload(doc: ErdDocument, profile: TargetProfile | None, text: str) -> PayloadCheck:
    try:
        body = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line}, column {exc.colno})" if line and hasattr(exc, "colno") else ""
        return PayloadCheck(None, [f"The payload is not valid JSON{where}: {getattr(exc, 'msg', exc)}."])
    check = PayloadCheck(body)
    validator = jsonschema.Draft202012Validator(payload_schema(doc))
    for err in sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.absolute_path))):
        where = pointer_join(*err.absolute_path) or "the body"
        check.problems.append(f"{where}: {err.message}")
    check.results = evaluate_payload(doc, profile, body)
    for result in check.results:
        for e in result.errors:
            text = f"{e.pointer or 'the body'}: {e.message}"
            if text not in check.problems:
                check.problems.append(text)
    return check
