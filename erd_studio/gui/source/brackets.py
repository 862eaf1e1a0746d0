"""Bracket matching on JSON text, skipping brackets inside strings.

Pure functions on Python strings (no Qt), so they are cheap to test. Strings never
span lines in JSON, so a scan that starts at a line start is outside any string; the
backwards scan starts at such a line within ``WINDOW`` characters to stay fast on
large files.
"""

from __future__ import annotations

import re

_TOKENS = re.compile(r'"(?:[^"\\\n]|\\.)*"?|[\[\]{}]')
_PAIRS = {"{": "}", "[": "]", "}": "{", "]": "["}
WINDOW = 200_000


def _brackets(text: str, start: int, end: int) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _TOKENS.finditer(text, start, end) if m.group() in _PAIRS]


def _in_string(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return any(
        m.start() < offset < m.end() and m.group()[0] == '"' for m in _TOKENS.finditer(text, line_start, offset + 1)
    )


def match_bracket(text: str, offset: int) -> tuple[int, int | None] | None:
    """For a bracket at ``offset`` (outside strings): (offset, offset of its partner or None)."""
    if not 0 <= offset < len(text) or text[offset] not in _PAIRS or _in_string(text, offset):
        return None
    ch = text[offset]
    if ch in "{[":
        depth = 0
        for pos, tok in _brackets(text, offset, min(len(text), offset + WINDOW)):
            depth += 1 if tok in "{[" else -1
            if depth == 0:
                return (offset, pos) if tok == _PAIRS[ch] else (offset, None)
        return offset, None
    begin = text.rfind("\n", 0, max(0, offset - WINDOW)) + 1
    stack: list[tuple[int, str]] = []
    for pos, tok in _brackets(text, begin, offset):
        if tok in "{[":
            stack.append((pos, tok))
        elif stack:
            stack.pop()
    if stack and stack[-1][1] == _PAIRS[ch]:
        return offset, stack[-1][0]
    return offset, None


def bracket_near(text: str, caret: int) -> tuple[int, int | None] | None:
    """The bracket just after the caret, else just before it, with its partner."""
    return match_bracket(text, caret) or (match_bracket(text, caret - 1) if caret > 0 else None)
