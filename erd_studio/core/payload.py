"""The postbox request body of an ERD: its JSON Schema and a sample that satisfies it.

Both are derived from the fields alone, so an integrator can check what a tracker will
send before any mapping exists. They agree with ``evaluate`` on every rule:

- a field that is required and has no ``default`` is in ``required``; a required field
  with a default is not, because the postbox fills the default in when it is absent;
- ``null`` counts as "not sent", so every field that may be absent may also be null;
- ``url`` accepts only http(s) URLs (``format: uri`` plus a pattern), as the postbox does.
"""

from __future__ import annotations

from typing import Any

from .model import MISSING, ErdDocument, Field
from .types import value_problem

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
HTTP_URL_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]+\S*$"

_JSON_TYPES = {
    "string": "string",
    "text": "string",
    "email": "string",
    "url": "string",
    "date": "string",
    "datetime": "string",
    "enum": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
}
_FORMATS = {"date": "date", "datetime": "date-time", "email": "email", "url": "uri"}
_TEXT_LIKE = ("string", "text", "email", "url")


def field_accepts_absence(f: Field) -> bool:
    """Whether a record may leave this field out (or send null) and still be accepted."""
    return not f.is_required or f.default is not MISSING


def field_schema(f: Field) -> dict[str, Any]:
    """The JSON Schema of one field's value in ``attributes``."""
    type_name = f.type if isinstance(f.type, str) else "string"
    json_type = _JSON_TYPES.get(type_name, "string")
    nullable = field_accepts_absence(f)
    out: dict[str, Any] = {}
    if isinstance(f.label, str):
        out["title"] = f.label
    if isinstance(f.description, str):
        out["description"] = f.description
    out["type"] = [json_type, "null"] if nullable else json_type
    if type_name in _FORMATS:
        out["format"] = _FORMATS[type_name]
    if type_name == "enum" and isinstance(f.values, list):
        out["enum"] = [*f.values, None] if nullable else list(f.values)
    if type_name in _TEXT_LIKE:
        _text_constraints(f, out, type_name)
    if type_name in ("integer", "number"):
        for key in ("minimum", "maximum"):
            if isinstance(f.get(key), (int, float)) and not isinstance(f.get(key), bool):
                out[key] = f.get(key)
    for key in ("default", "example"):
        value = f.get(key)
        if value is not MISSING and value_problem(value, f) is None:
            out[key if key == "default" else "examples"] = value if key == "default" else [value]
    return out


def _text_constraints(f: Field, out: dict[str, Any], type_name: str) -> None:
    for key in ("minLength", "maxLength"):
        value = f.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            out[key] = value
    patterns = [HTTP_URL_PATTERN] if type_name == "url" else []
    if isinstance(f.pattern, str):
        patterns.append(f.pattern)
    if len(patterns) == 1:
        out["pattern"] = patterns[0]
    elif patterns:
        out["allOf"] = [{"pattern": p} for p in patterns]


def payload_schema(doc: ErdDocument) -> dict[str, Any]:
    """Draft 2020-12 JSON Schema of the body a tracker POSTs to this ERD's postbox."""
    erd_id = doc.id if isinstance(doc.id, str) else "erd"
    name = doc.name if isinstance(doc.name, str) else erd_id
    fields = [f for f in doc.field_list() if isinstance(f.key, str)]
    attributes: dict[str, Any] = {
        "type": "object",
        "description": "The fields of the ERD; any other key is refused.",
        "properties": {f.key: field_schema(f) for f in fields},
        "additionalProperties": False,
    }
    required = [f.key for f in fields if not field_accepts_absence(f)]
    if required:
        attributes["required"] = required
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:erd-studio:postbox:{erd_id}:request",
        "title": f"{name} — postbox request body",
        "description": f'Records that the postbox "{erd_id}" accepts on POST /postboxes/{erd_id}/records '
        "(Content-Type: application/json, Authorization: Bearer <token>).",
        "type": "object",
        "required": ["data"],
        "additionalProperties": False,
        "properties": {
            "data": {
                "type": "array",
                "minItems": 1,
                "description": "One or more records; each id may be received only once.",
                "items": {"$ref": "#/$defs/record"},
            }
        },
        "$defs": {
            "record": {
                "type": "object",
                "required": ["id", "attributes"],
                "additionalProperties": False,
                "properties": {
                    "id": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The record's id in the sender, e.g. OPS-12",
                    },
                    "type": {"type": "string", "description": "Optional JSON:API resource type; ignored"},
                    "attributes": {"$ref": "#/$defs/attributes"},
                },
            },
            "attributes": attributes,
        },
    }


def sample_value(f: Field) -> Any:
    """A value valid for the field: its example, else its default, else a placeholder."""
    for candidate in (f.example, f.default):
        if candidate is not MISSING and candidate is not None and value_problem(candidate, f) is None:
            return candidate
    candidates = _placeholders(f)
    for candidate in candidates:
        if value_problem(candidate, f) is None:
            return candidate
    return candidates[0]


def _placeholders(f: Field) -> list[Any]:
    type_name = f.type
    key = f.key if isinstance(f.key, str) else "value"
    if type_name == "enum":
        values = f.values if isinstance(f.values, list) and f.values else ["value"]
        return [values[0]]
    if type_name in ("integer", "number"):
        return [_number_in_range(f, type_name == "integer")]
    fixed = {
        "boolean": [True],
        "date": ["2026-01-15"],
        "datetime": ["2026-01-15T09:30:00Z"],
        "email": ["jane.doe@example.com", "a@b.co"],
        "url": [f"https://tracker.example.com/issue/{key}", "https://e.io/"],
    }
    if type_name in fixed:
        return fixed[type_name]
    label = f.label if isinstance(f.label, str) and f.label else key
    return [_fit_length(text, f) for text in (f"Sample {label}", "Sample", "x", "0", "A", "a1")]


def _fit_length(text: str, f: Field) -> str:
    min_len, max_len = f.min_length, f.max_length
    if isinstance(min_len, int) and len(text) < min_len:
        text = text + "x" * (min_len - len(text))
    if isinstance(max_len, int) and not isinstance(max_len, bool) and len(text) > max_len >= 0:
        text = text[:max_len]
    return text


def _number_in_range(f: Field, integer: bool) -> int | float:
    import math

    low = f.minimum if isinstance(f.minimum, (int, float)) and not isinstance(f.minimum, bool) else None
    high = f.maximum if isinstance(f.maximum, (int, float)) and not isinstance(f.maximum, bool) else None
    value: float = 1
    if low is not None and value < low:
        value = low
    if high is not None and value > high:
        value = high
    if integer:
        rounded = math.ceil(value) if low is not None and value == low else math.floor(value)
        return int(rounded)
    return int(value) if float(value).is_integer() else value


def sample_payload(doc: ErdDocument, record_id: str = "SAMPLE-1") -> dict[str, Any]:
    """A request body with one record holding a valid value for every field."""
    attributes = {f.key: sample_value(f) for f in doc.field_list() if isinstance(f.key, str)}
    return {"data": [{"id": record_id, "attributes": attributes}]}


__all__ = ["field_accepts_absence", "field_schema", "payload_schema", "sample_payload", "sample_value"]
