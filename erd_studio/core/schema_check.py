"""E002: checking a parsed document against the shipped ERD v1 JSON Schema.

Two engines, one schema. jsonschema-rs answers "valid?" in well under a millisecond
even for thousands of fields, which keeps validation-as-you-type cheap; only when it
says no does python-jsonschema walk the document for the detailed errors, whose
keyword and path we turn into plain messages. Both validators are built once.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
import jsonschema_rs

from ..resources import resource
from .diagnostics import Diagnostic, pointer_join


@lru_cache(maxsize=1)
def erd_schema() -> dict[str, Any]:
    return json.loads(resource("schema", "erd-1.0.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _fast() -> Any:
    return jsonschema_rs.validator_for(erd_schema())


@lru_cache(maxsize=1)
def _detailed() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(erd_schema())


@lru_cache(maxsize=4)
def _item_validators(kind: str) -> tuple[Any, jsonschema.Draft202012Validator]:
    """Fast and detailed validators for one array item kind ("field" or "mapping")."""
    sub = dict(erd_schema()["$defs"][kind])
    return jsonschema_rs.validator_for(sub), jsonschema.Draft202012Validator(sub)


_HINTS = {
    "^[A-Za-z_][A-Za-z0-9_]{0,63}$": "a field key starts with a letter or _ and has only letters, digits and _ (at most 64)",
    "^[a-z0-9][a-z0-9-]{0,62}$": "an id uses lower-case letters, digits and hyphens (at most 63), starting with a letter or digit",
}
_JSON_TYPES = {
    "object": "an object {…}",
    "array": "a list […]",
    "string": "a text in double quotes",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a text", int: "a number", float: "a number"}.get(
        type(value), "a value"
    )


def _name(path: list[Any]) -> str:
    """How to name the offending value in a message."""
    for part in reversed(path):
        if isinstance(part, str):
            return f'"{part}"'
    return "the document" if not path else "this entry"


def schema_diagnostics(data: Any) -> list[Diagnostic]:
    """One E002 per schema violation, at the pointer of the offending value."""
    if _fast().is_valid(data):
        return []
    if not isinstance(data, dict):
        return [d for e in _detailed().iter_errors(data) for d in _to_diagnostics(e)]
    # Explain only the parts that fail: the document shell, then each failing item, so
    # one typo in a 5,000-field ERD costs one small detailed pass, not a whole one.
    shell = {k: ([] if k in _ITEMS and isinstance(v, list) else v) for k, v in data.items()}
    out = [d for e in _detailed().iter_errors(shell) for d in _to_diagnostics(e)]
    for key, kind in _ITEMS.items():
        items = data.get(key)
        if not isinstance(items, list):
            continue
        fast, detailed = _item_validators(kind)
        for index, item in enumerate(items):
            if not fast.is_valid(item):
                for error in detailed.iter_errors(item):
                    error.path.extendleft([index, key])  # absolute path in the document
                    out.extend(_to_diagnostics(error))
    return out


_ITEMS = {"fields": "field", "mappings": "mapping"}


def _to_diagnostics(error: jsonschema.ValidationError) -> list[Diagnostic]:
    path = list(error.absolute_path)
    pointer = pointer_join(*path)
    keyword, expected, value = error.validator, error.validator_value, error.instance
    what = _name(path)
    if keyword == "required":
        missing = [k for k in expected if isinstance(value, dict) and k not in value]
        return [Diagnostic("E002", f'the property "{k}" is missing from {what}', pointer) for k in missing]
    if keyword == "additionalProperties" or (keyword == "false" or expected is False):
        return _unexpected(error, path)
    message = _message(keyword, expected, value, what, error)
    return [Diagnostic("E002", message, pointer)]


def _unexpected(error: jsonschema.ValidationError, path: list[Any]) -> list[Diagnostic]:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extras = [k for k in error.instance if k not in allowed and not (not path and k.startswith("x-"))]
        hint = "; only keys starting with x- may be added" if not path else ""
        return [
            Diagnostic("E002", f'unknown property "{k}"{hint}', pointer_join(*path, k), at_key=True) for k in extras
        ]
    # a property forbidden for this field type (``"minimum": false`` in an if/then)
    prop = path[-1] if path else "?"
    message = f'"{prop}" does not apply to this type; remove it or change the type'
    return [Diagnostic("E002", message, pointer_join(*path), at_key=True)]


def _message(keyword: str, expected: Any, value: Any, what: str, error: jsonschema.ValidationError) -> str:
    if keyword == "type":
        wanted = " or ".join(_JSON_TYPES.get(t, t) for t in ([expected] if isinstance(expected, str) else expected))
        return f"{what} must be {wanted}, not {_json_type(value)}"
    if keyword == "const":
        return f'{what} must be "{expected}"' if isinstance(expected, str) else f"{what} must be {expected}"
    if keyword == "enum":
        return f"{what} must be one of: {', '.join(map(str, expected))}"
    if keyword == "pattern":
        return f'{what} value "{value}" is not allowed: {_HINTS.get(expected, "it must match " + expected)}'
    if keyword == "minLength":
        return f"{what} must not be empty" if expected == 1 else f"{what} needs at least {expected} characters"
    if keyword == "maxLength":
        return f"{what} is too long ({len(value)} characters; at most {expected})"
    if keyword == "minItems":
        return f"{what} must list at least {expected} value"
    if keyword == "uniqueItems":
        return f"{what} lists a value twice"
    if keyword == "minimum":
        return f"{what} must be at least {expected}"
    if keyword == "not":
        return f"{what} value {json.dumps(value)} is reserved; choose another key"
    if keyword == "oneOf":
        return "a mapping needs exactly one of source, constant or template"
    if keyword == "dependentRequired":
        (needs,) = [k for k, v in expected.items() if k in value and any(r not in value for r in v)][:1] or ["?"]
        return f'"{needs}" only works together with "{expected.get(needs, ["?"])[0]}"'
    return f"{what}: {error.message}"
