"""Strict JSON reading: bytes or text in, data or one E001 diagnostic out.

Python's ``json`` is fast (C), but lenient where an ERD must not be: it keeps the last
of two duplicate keys, accepts ``NaN``/``Infinity``, turns ``1e999`` into infinity,
accepts lone surrogate escapes, and raises ``RecursionError`` on deep nesting. Each of
those is caught here and reported as E001 at the offending place, so callers only
ever see our own diagnostics.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostic, make, pointer_join
from .messages import Msg, msg, plain
from .textpos import offset_to_line_col

MAX_BYTES = 64 * 1024 * 1024  # larger files are refused before parsing
MAX_DEPTH = 200  # reported depth limit; ERDs nest about 5 levels


class _JsonProblem(ValueError):
    """A problem found by a decode hook, before its position is known."""

    def __init__(self, message: Msg, literal: str | None = None, path: tuple[Any, ...] = ()) -> None:
        super().__init__(message.render())
        self.message = message
        self.literal = literal
        self.path = path


@dataclass
class ParseResult:
    text: str
    data: Any = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics


def decode_bytes(raw: bytes) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 with an optional BOM; anything else is E001 at the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        line, col = offset_to_line_col(good, len(good))
        text = msg(
            "the file is not UTF-8 text (byte 0x{byte:02x} at byte offset {offset}); save it as UTF-8",
            byte=raw[exc.start],
            offset=exc.start,
        )
        return None, make("E001", text, "", line=line, column=col)


def parse_bytes(raw: bytes) -> ParseResult:
    if len(raw) > MAX_BYTES:
        mb = len(raw) / (1024 * 1024)
        return ParseResult(
            "", None, [make("E001", msg("the file is too large to be an ERD ({mb:.0f} MB; the limit is 64 MB)", mb=mb))]
        )
    text, diag = decode_bytes(raw)
    if diag is not None:
        return ParseResult("", None, [diag])
    assert text is not None
    return parse_text(text)


def _object_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _JsonProblem(
                msg('the key "{key}" appears twice in the same object; keep only one', key=key), path=(key,)
            )
        obj[key] = value
    return obj


def _parse_constant(name: str) -> Any:
    raise _JsonProblem(
        msg("{name} is not allowed in JSON; write a number or a string instead", name=name), literal=name
    )


def _parse_float(s: str) -> float:
    value = float(s)
    if math.isinf(value):
        raise _JsonProblem(msg("the number {number} is too large", number=s[:40]), literal=s)
    return value


def _parse_int(s: str) -> int:
    if len(s) > 300:
        raise _JsonProblem(
            msg("the number {number}… has {n} digits, which is too large", number=s[:20], n=len(s)), literal=s
        )
    return int(s)


def parse_text(text: str) -> ParseResult:
    """Parse ERD text strictly; on failure the result holds exactly one E001."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return ParseResult(
            text, None, [make("E001", msg('the file is empty; an ERD is a JSON object such as {{"erd": "1.0", …}}'))]
        )
    try:
        data = json.loads(
            text,
            object_pairs_hook=_object_hook,
            parse_constant=_parse_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
        )
    except json.JSONDecodeError as exc:
        return ParseResult(text, None, [_decode_error(text, exc)])
    except _JsonProblem as exc:
        return ParseResult(text, None, [_locate_problem(text, exc)])
    except RecursionError:
        return ParseResult(text, None, [too_deep(text)])
    except ValueError as exc:  # pragma: no cover - defensive
        return ParseResult(text, None, [make("E001", msg("the JSON cannot be read: {error}", error=str(exc)))])
    surrogate = _find_lone_surrogate(text)
    if surrogate is not None:
        return ParseResult(text, None, [surrogate])
    return ParseResult(text, data, [])


def _plain_reasons() -> dict[str, Msg]:
    """The json module's English reasons, in plain words (and translatable)."""
    return {
        "Expecting value": msg("a value is missing here (or there is a stray character)"),
        "Expecting property name enclosed in double quotes": msg(
            "expected a key in double quotes (is there a trailing comma?)"
        ),
        "Expecting ',' delimiter": msg("a comma is missing between two entries"),
        "Expecting ':' delimiter": msg("a colon is missing after the key"),
        "Extra data": msg("there is text after the end of the JSON object"),
        "Unterminated string starting at": msg("a string is not closed with a double quote"),
        "Invalid control character at": msg("a string contains a raw line break or control character; write it as \\n"),
        "Invalid \\escape": msg("a string contains an invalid backslash escape"),
    }


def json_reason(exc: json.JSONDecodeError) -> Msg:
    """Why Python's JSON parser refused a text, in plain translatable words.

    The parser's own reason is English and terse ("Expecting value"); every place that
    shows a JSON error (ERD, payload, sample) says it the same way through this table.
    A reason the table does not know stays as the parser wrote it.
    """
    return _plain_reasons().get(exc.msg) or plain(exc.msg)


def _decode_error(text: str, exc: json.JSONDecodeError) -> Diagnostic:
    reason = exc.msg
    plain_reason = _plain_reasons().get(reason)
    line, col = offset_to_line_col(text, exc.pos)
    if plain_reason is None:
        return make("E001", msg("not valid JSON: {reason}", reason=reason), "", line=line, column=col)
    return make("E001", msg("not valid JSON: {reason}", reason=plain_reason), "", line=line, column=col)


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)', re.S)


def _locate_problem(text: str, exc: _JsonProblem) -> Diagnostic:
    """Find where a hook's problem sits; only runs on the failure path."""
    if exc.literal is not None:
        for m in _TOKEN.finditer(text):
            if m.group(1) == exc.literal or m.group(2) == exc.literal:
                line, col = offset_to_line_col(text, m.start())
                end_line, end_col = offset_to_line_col(text, m.end())
                return make("E001", exc.message, "", line=line, column=col, end_line=end_line, end_column=end_col)
    if exc.path:
        from .positions import locate_duplicate_key

        found = locate_duplicate_key(text, str(exc.path[0]))
        if found is not None:
            pointer, (line, col) = found
            return make("E001", exc.message, pointer, line=line, column=col)
    return make("E001", exc.message)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _find_lone_surrogate(text: str) -> Diagnostic | None:
    """Lone surrogate escapes such as "\\ud800" decode to text that cannot be saved as UTF-8."""
    if not _SURROGATE_ESCAPE.search(text):
        return None
    for m in _STRING.finditer(text):
        s = m.group(0)
        if "\\u" not in s:
            continue
        try:
            json.loads(s).encode("utf-8")
        except UnicodeEncodeError:
            line, col = offset_to_line_col(text, m.start())
            text = msg(
                "a string contains an unpaired surrogate escape (such as \\ud800) that is not a character; remove it"
            )
            return make("E001", text, "", line=line, column=col)
        except ValueError:  # pragma: no cover - the whole text parsed, so each string does
            continue
    return None


def too_deep(text: str) -> Diagnostic:
    """E001 for nesting too deep to process, placed where the depth limit is crossed.

    Only runs after a ``RecursionError``: in ``json`` itself, or later in a walker over
    a document that parsed but nests deeper than any ERD should.
    """
    depth = 0
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', text, re.S):
        ch = m.group(0)
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = offset_to_line_col(text, m.start())
                text = msg("the JSON is nested more than {depth} levels deep; an ERD needs about 5", depth=MAX_DEPTH)
                return make("E001", text, "", line=line, column=col)
        elif ch in "]}":
            depth -= 1
    return make("E001", msg("the JSON is nested too deeply to process; an ERD needs about 5 levels"))


__all__ = ["MAX_BYTES", "ParseResult", "decode_bytes", "parse_bytes", "parse_text", "pointer_join"]
