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
from ..core.jsonload import json_reason
from ..core.messages import Msg, msg
from ..core.model import ErdDocument, TargetProfile
from ..core.payload import payload_schema, sample_payload


@dataclass
class PayloadCheck:
    """The parsed body (None when it is not JSON), problems, and the mapped entities."""

    body: Any = None
    problems: list[Msg] = field(default_factory=list)
    results: list[RecordResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.body is not None and not self.problems


def fresh_payload(doc: ErdDocument) -> dict[str, Any]:
    """A sample body whose record id is new on every call (a postbox accepts an id once)."""
    return sample_payload(doc, time.strftime("TEST-%Y%m%d-%H%M%S-", time.gmtime()) + uuid.uuid4().hex[:4])


def check_payload(doc: ErdDocument, profile: TargetProfile | None, text: str) -> PayloadCheck:
    try:
        return _check(doc, profile, text)
    except RecursionError:  # json, jsonschema and the evaluation all recurse into the body
        return PayloadCheck(None, [msg("The payload is nested too deeply to check; a record needs about 4 levels.")])


def _check(doc: ErdDocument, profile: TargetProfile | None, text: str) -> PayloadCheck:
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = msg(
            "The payload is not valid JSON (line {line}, column {column}): {reason}.",
            line=exc.lineno,
            column=exc.colno,
            reason=json_reason(exc),
        )
        return PayloadCheck(None, [problem])
    except ValueError as exc:  # pragma: no cover - json.loads raises JSONDecodeError for text
        return PayloadCheck(None, [msg("The payload is not valid JSON: {reason}.", reason=str(exc))])
    check = PayloadCheck(body)
    check.results = evaluate_payload(doc, profile, body)
    seen: set[str] = set()
    places: list[str] = []
    for result in check.results:
        for e in result.errors:
            problem = msg("{where}: {reason}", where=e.pointer or msg("the body"), reason=e.text or e.message)
            if str(problem) not in seen:
                seen.add(str(problem))
                places.append(e.pointer)
                check.problems.append(problem)
    # The schema's words come from jsonschema (English only); the evaluation above already
    # said, in the user's language, what the schema finds at the same place or next to it.
    validator = jsonschema.Draft202012Validator(payload_schema(doc))
    for err in sorted(validator.iter_errors(body), key=lambda e: list(map(str, e.absolute_path))):
        where = pointer_join(*err.absolute_path)
        if not any(_related(where, place) for place in places):
            check.problems.append(msg("{where}: {reason}", where=where or msg("the body"), reason=err.message))
    return check


def _related(a: str, b: str) -> bool:
    """Whether two JSON pointers name the same place, or one lies inside the other."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/") or not a or not b
