"""Canonical ERD text: 2-space indent, keys in the documented order, final newline.

Two saves of the same document are byte-identical, so diffs in version control stay
small. Unknown keys (``x-`` extensions, or anything a user typed that the schema will
flag) keep their place after the known ones instead of being dropped.

The text is exactly ``json.dumps(value, indent=2, ensure_ascii=False)``, but written by
a small specialised writer: with ``indent`` the standard library falls back to its
pure-Python generator encoder, and every graphical edit re-renders the whole document
(about 2x faster on 1,000 fields). Anything unusual falls back to ``json.dumps`` itself.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from .model import ErdDocument


class _Unusual(Exception):
    """A value the fast writer leaves to ``json.dumps`` (non-string keys, NaN …)."""


def _write(value: Any, out: list[str], level: int) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Unusual
        out.append(float.__repr__(value))
    elif isinstance(value, dict):
        _write_object(value, out, level)
    elif isinstance(value, (list, tuple)):
        _write_array(value, out, level)
    else:
        raise _Unusual


def _write_object(value: dict[Any, Any], out: list[str], level: int) -> None:
    if not value:
        out.append("{}")
        return
    pad = "\n" + "  " * (level + 1)
    sep = "{" + pad
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Unusual
        out.append(sep)
        out.append(encode_basestring(key))
        out.append(": ")
        _write(item, out, level + 1)
        sep = "," + pad
    out.append("\n" + "  " * level + "}")


def _write_array(value: list[Any] | tuple[Any, ...], out: list[str], level: int) -> None:
    if not value:
        out.append("[]")
        return
    pad = "\n" + "  " * (level + 1)
    sep = "[" + pad
    for item in value:
        out.append(sep)
        _write(item, out, level + 1)
        sep = "," + pad
    out.append("\n" + "  " * level + "]")


def dumps_json(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)`` plus a final newline."""
    out: list[str] = []
    try:
        _write(value, out, 0)
    except (_Unusual, RecursionError):
        return json.dumps(value, indent=2, ensure_ascii=False) + "\n"
    out.append("\n")
    return "".join(out)


def to_text(doc: ErdDocument) -> str:
    return dumps_json(doc.to_json(copy=False))
