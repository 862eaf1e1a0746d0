"""Evaluate an ERD's mappings on records: what the postbox makes of an incident.

A record is ``{"id": …, "attributes": {…}}``. Its attributes are checked against the
fields (with ``types.value_problem``, the same rule as E110), a field's ``default``
fills in when the record lacks the field (or sends null), then every mapping fills one
target attribute, converted with ``types.convert`` (the same rule as E106/E108).

Nothing here raises on odd input: every problem becomes a ``RecordError`` with a JSON
pointer into the request body (``/data/0/attributes/name``) or, for a problem of the
definition itself, into the ERD (``/mappings/2/constant``). Error codes are short,
stable strings (docs/postbox-server.md lists them).
"""

from __future__ import annotations

from typing import Any

from .diagnostics import pointer_join
from .messages import msg
from .model import MISSING, ErdDocument, Field, TargetProfile
from .record_eval import RecordError, RecordEvaluation, RecordResult, field_map

_ABSENT = MISSING


def evaluate_record(doc: ErdDocument, profile: TargetProfile | None, record: Any, index: int = 0) -> RecordResult:
    """Map one record (the ``index``-th of ``data``) into the target entity, or say why not."""
    return _evaluate(doc, profile, record, index, field_map(doc))


def _evaluate(
    doc: ErdDocument, profile: TargetProfile | None, record: Any, index: int, fields: dict[str, Field]
) -> RecordResult:
    try:
        return RecordEvaluation(doc, profile, record, index, fields).run()
    except RecursionError:
        result = RecordResult(index, None)
        result.errors.append(
            RecordError.of(pointer_join("data", index), "too-deep", msg("the record is nested too deeply"))
        )
        return result


def body_errors(body: Any) -> list[RecordError]:
    """Problems of the request body's shape, before any record is looked at."""
    if not isinstance(body, dict):
        return [RecordError.of("", "not-an-object", msg('the body must be an object {{"data": [ … ]}}'))]
    errors = [
        RecordError.of(
            pointer_join(key), "unknown-member", msg('"{key}" is not part of the body; send only "data"', key=key)
        )
        for key in body
        if key not in ("data", "meta", "jsonapi")
    ]
    data = body.get("data", _ABSENT)
    if data is _ABSENT:
        errors.append(
            RecordError.of("", "missing-data", msg('the body has no "data"; send {{"data": [ {{record}}, … ]}}'))
        )
    elif not isinstance(data, list):
        errors.append(RecordError.of("/data", "data-not-an-array", msg('"data" must be a list of records [ … ]')))
    elif not data:
        errors.append(RecordError.of("/data", "data-empty", msg('"data" is empty; send at least one record')))
    return errors


def evaluate_payload(doc: ErdDocument, profile: TargetProfile | None, body: Any) -> list[RecordResult]:
    """Evaluate every record of a request body.

    A body of the wrong shape gives a single result with ``index`` None that carries
    the shape errors. Otherwise there is one result per record, in order; a record id
    seen earlier in the same body is an error (``duplicate-id``) on the later record.
    """
    shape = body_errors(body)
    if shape:
        return [RecordResult(None, None, {}, shape)]
    results: list[RecordResult] = []
    seen: dict[str, int] = {}
    fields = field_map(doc)
    for index, record in enumerate(body["data"]):
        result = _evaluate(doc, profile, record, index, fields)
        rid = result.id
        if isinstance(rid, str) and rid:
            if rid in seen:
                result.errors.append(
                    RecordError.of(
                        pointer_join("data", index, "id"),
                        "duplicate-id",
                        msg(
                            'the id "{id}" is used twice in this body (also record {other}); ids must be unique',
                            id=rid,
                            other=seen[rid],
                        ),
                    )
                )
            else:
                seen[rid] = index
        results.append(result)
    return results


__all__ = ["RecordError", "RecordResult", "body_errors", "evaluate_payload", "evaluate_record"]
