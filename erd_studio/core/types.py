"""Value types of fields and target attributes: validity, conversion, compatibility.

One module serves the static rules (E106, E108, E110, W204) and the evaluation of
records, so that "this constant is valid for the attribute" means the same thing in
the editor as in the postbox.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import urlsplit

from .messages import Msg, msg
from .model import MISSING, NUMERIC_TYPES, TEXT_TYPES


class TypeSpec(Protocol):
    """Anything with a type and constraints: a Field or a target Attribute."""

    def get(self, json_key: str) -> Any: ...


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def _is_int(value: Any) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str) or not _DATETIME.match(value):
        return False
    try:
        _dt.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def _is_url(value: Any) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


_TYPE_CHECKS = {
    "string": (lambda v: isinstance(v, str), msg("a text")),
    "text": (lambda v: isinstance(v, str), msg("a text")),
    "integer": (_is_int, msg("a whole number")),
    "number": (_is_number, msg("a number")),
    "boolean": (lambda v: isinstance(v, bool), msg("true or false")),
    "date": (_is_date, msg("a date like 2026-11-29")),
    "datetime": (_is_datetime, msg("a date and time like 2026-11-29T14:30:00Z")),
    "email": (lambda v: isinstance(v, str) and bool(_EMAIL.match(v)), msg("an e-mail address")),
    "url": (_is_url, msg("an http(s) URL")),
    "enum": (lambda v: isinstance(v, str), msg("one of the allowed values")),
}


def describe_type_msg(type_name: str) -> Msg:
    check = _TYPE_CHECKS.get(type_name)
    return check[1] if check is not None else Msg(str(type_name))


def describe_type(type_name: str) -> str:
    return describe_type_msg(type_name).render()


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None


def value_problem(value: Any, spec: TypeSpec) -> str | None:
    """Why ``value`` is not valid for ``spec``'s type and constraints, or None."""
    problem = value_problem_msg(value, spec)
    return problem.render() if problem is not None else None


def value_problem_msg(value: Any, spec: TypeSpec) -> Msg | None:
    """``value_problem`` in translatable form."""
    type_name = spec.get("type")
    check = _TYPE_CHECKS.get(type_name)
    if check is None:
        return None  # unknown type: the schema reports it
    if not check[0](value):
        return msg("{value} is not {kind}", value=_show(value), kind=check[1])
    if type_name == "enum":
        values = spec.get("values")
        if isinstance(values, list) and value not in values:
            allowed = ", ".join(map(str, values[:10]))
            return msg("{value} is not one of the allowed values ({allowed})", value=_show(value), allowed=allowed)
    if type_name in TEXT_TYPES:
        return _text_problem(value, spec)
    if type_name in NUMERIC_TYPES:
        return _range_problem(value, spec)
    return None


def _text_problem(value: str, spec: TypeSpec) -> Msg | None:
    min_len, max_len, pattern = spec.get("minLength"), spec.get("maxLength"), spec.get("pattern")
    if _is_int(min_len) and len(value) < min_len:
        return msg("{value} is shorter than {n} characters", value=_show(value), n=int(min_len))
    if _is_int(max_len) and len(value) > max_len:
        return msg("{value} is longer than {n} characters", value=_show(value), n=int(max_len))
    if isinstance(pattern, str):
        compiled = _compiled(pattern)
        if compiled is not None and not compiled.search(value):
            return msg("{value} does not match the pattern {pattern}", value=_show(value), pattern=pattern)
    return None


def _range_problem(value: float, spec: TypeSpec) -> Msg | None:
    minimum, maximum = spec.get("minimum"), spec.get("maximum")
    if _is_number(minimum) and value < minimum:
        return msg("{value} is below the minimum {limit}", value=_show(value), limit=minimum)
    if _is_number(maximum) and value > maximum:
        return msg("{value} is above the maximum {limit}", value=_show(value), limit=maximum)
    return None


def _show(value: Any) -> str:
    if isinstance(value, str):
        return '"' + (value if len(value) <= 40 else value[:37] + "…") + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    return str(value)


def render_text(value: Any) -> str:
    """How any JSON value reads when it fills a text attribute."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    import json

    return json.dumps(value, ensure_ascii=False)


def convert(value: Any, target: TypeSpec) -> tuple[Any, str | None]:
    """Convert a value into ``target``'s type: (converted, None) or (value, problem).

    Any value becomes text for string/text targets; an integer becomes a number; a
    date becomes a datetime at midnight UTC; otherwise the value must already be valid.
    """
    converted, problem = convert_msg(value, target)
    return converted, problem.render() if problem is not None else None


def convert_msg(value: Any, target: TypeSpec) -> tuple[Any, Msg | None]:
    """``convert`` with the problem in translatable form."""
    target_type = target.get("type")
    if target_type in ("string", "text") and not isinstance(value, str):
        value = render_text(value)
    elif target_type == "number" and _is_int(value):
        value = value
    elif target_type == "datetime" and _is_date(value):
        value = f"{value}T00:00:00Z"
    elif target_type == "integer" and isinstance(value, float) and value.is_integer():
        value = int(value)
    return value, value_problem_msg(value, target)


# source type -> target types it converts to without a lookup (ERD-FORMAT.md, E106)
_CONVERTIBLE: dict[str, frozenset[str]] = {
    "string": frozenset({"enum", "email", "url", "date", "datetime"}),
    "integer": frozenset({"number"}),
    "date": frozenset({"datetime"}),
}


def convertible(source: TypeSpec, target: TypeSpec) -> bool:
    """Whether a source field's values can fill a target attribute without a lookup."""
    s_type, t_type = source.get("type"), target.get("type")
    if t_type in ("string", "text"):
        return True
    if s_type == t_type:
        if s_type != "enum":
            return True
        s_values, t_values = source.get("values"), target.get("values")
        if not isinstance(s_values, list) or not isinstance(t_values, list):
            return True
        return all(v in t_values for v in s_values)
    return t_type in _CONVERTIBLE.get(s_type, frozenset())


def max_text_length(spec: TypeSpec) -> int | None:
    """Longest text a field can hold, None when unbounded; for W204."""
    if spec.get("type") == "enum":
        values = spec.get("values")
        return max((len(v) for v in values if isinstance(v, str)), default=0) if isinstance(values, list) else None
    max_len = spec.get("maxLength")
    return int(max_len) if _is_int(max_len) else None


__all__ = [
    "MISSING",
    "convert",
    "convert_msg",
    "convertible",
    "describe_type",
    "describe_type_msg",
    "max_text_length",
    "render_text",
    "value_problem",
    "value_problem_msg",
]
