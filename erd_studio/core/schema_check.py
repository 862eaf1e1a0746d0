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
from .diagnostics import Diagnostic, make, pointer_join
from .messages import Msg, msg


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
    "^[A-Za-z_][A-Za-z0-9_]{0,63}$": msg(
        "a field key starts with a letter or _ and has only letters, digits and _ (at most 64)"
    ),
    "^[a-z0-9][a-z0-9-]{0,62}$": msg(
        "an id uses lower-case letters, digits and hyphens (at most 63), starting with a letter or digit"
    ),
}
_JSON_TYPES = {
    "object": msg("an object {{…}}"),
    "array": msg("a list […]"),
    "string": msg("a text in double quotes"),
    "integer": msg("a whole number"),
    "number": msg("a number"),
    "boolean": msg("true or false"),
    "null": Msg("null"),
}


def _json_type(value: Any) -> Msg:
    if isinstance(value, bool):
        return Msg("true/false")
    if value is None:
        return Msg("null")
    if isinstance(value, dict):
        return msg("an object")
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, str):
        return msg("a text")
    return msg("a number")


def _name(path: list[Any]) -> Msg:
    """How to name the offending value in a message."""
    for part in reversed(path):
        if isinstance(part, str):
            return Msg(f'"{part}"'.replace("{", "{{").replace("}", "}}"))
    return msg("the document") if not path else msg("this entry")


def _missing(key: str, path: list[Any], what: Msg) -> Msg:
    """Its own template for the document, so a language can inflect it (German: "im Dokument")."""
    if not path:
        return msg('the property "{key}" is missing from the document', key=key)
    return msg('the property "{key}" is missing from {what}', key=key, what=what)


def schema_diagnostics(data: Any) -> list[Diagnostic]:
    """One E002 per schema violation, at the pointer of the offending value."""
    if _fast().is_valid(data):
        return []
    return _unique(_explain(data))


def _unique(diags: list[Diagnostic]) -> list[Diagnostic]:
    """jsonschema reports ``required`` once per missing key, each naming them all: keep one each."""
    seen: set[tuple[str, str]] = set()
    out = []
    for d in diags:
        if (d.pointer, d.message) not in seen:
            seen.add((d.pointer, d.message))
            out.append(d)
    return out


def _explain(data: Any) -> list[Diagnostic]:
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
        return [make("E002", _missing(k, path, what), pointer) for k in missing]
    if keyword == "additionalProperties" or (keyword == "false" or expected is False):
        return _unexpected(error, path)
    return [make("E002", _message(keyword, expected, value, what, error), pointer)]


def _unexpected(error: jsonschema.ValidationError, path: list[Any]) -> list[Diagnostic]:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extras = [k for k in error.instance if k not in allowed and not (not path and k.startswith("x-"))]
        if path:
            template = 'unknown property "{key}"'
        else:
            template = 'unknown property "{key}"; only keys starting with x- may be added'
        return [make("E002", msg(template, key=k), pointer_join(*path, k), at_key=True) for k in extras]
    # a property forbidden for this field type (``"minimum": false`` in an if/then)
    prop = path[-1] if path else "?"
    text = msg('"{key}" does not apply to this type; remove it or change the type', key=prop)
    return [make("E002", text, pointer_join(*path), at_key=True)]


def _message(keyword: str, expected: Any, value: Any, what: Msg, error: jsonschema.ValidationError) -> Msg:
    if keyword == "type":
        wanted = [_JSON_TYPES.get(t, Msg(t)) for t in ([expected] if isinstance(expected, str) else expected)]
        if len(wanted) == 1:
            return msg("{what} must be {wanted}, not {actual}", what=what, wanted=wanted[0], actual=_json_type(value))
        return msg("{what} has the wrong type ({actual})", what=what, actual=_json_type(value))
    if keyword == "const":
        return msg("{what} must be {expected}", what=what, expected=json.dumps(expected))
    if keyword == "enum":
        return msg("{what} must be one of: {values}", what=what, values=", ".join(map(str, expected)))
    if keyword == "pattern":
        hint = _HINTS.get(expected) or msg("it must match {pattern}", pattern=expected)
        return msg('{what} value "{value}" is not allowed: {hint}', what=what, value=value, hint=hint)
    if keyword == "minLength":
        if expected == 1:
            return msg("{what} must not be empty", what=what)
        return msg("{what} needs at least {n} characters", what=what, n=expected)
    if keyword == "maxLength":
        return msg("{what} is too long ({length} characters; at most {n})", what=what, length=len(value), n=expected)
    if keyword == "minItems":
        return msg("{what} must list at least {n} value", what=what, n=expected)
    if keyword == "uniqueItems":
        return msg("{what} lists a value twice", what=what)
    if keyword == "minimum":
        return msg("{what} must be at least {n}", what=what, n=expected)
    if keyword == "not":
        return msg("{what} value {value} is reserved; choose another key", what=what, value=json.dumps(value))
    if keyword == "oneOf":
        return msg("a mapping needs exactly one of source, constant or template")
    if keyword == "dependentRequired":
        (needs,) = [k for k, v in expected.items() if k in value and any(r not in value for r in v)][:1] or ["?"]
        partner = expected.get(needs, ["?"])[0]
        return msg('"{key}" only works together with "{partner}"', key=needs, partner=partner)
    return msg("{what}: {detail}", what=what, detail=error.message)
