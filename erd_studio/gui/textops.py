"""Small text helpers shared by the Document and the source view (no widgets).

Qt counts text positions in UTF-16 code units, Python in code points; they differ only
when the text holds characters outside the Basic Multilingual Plane (emoji and the
like). The conversions below take a fast path when there are none.
"""

from __future__ import annotations

import re

from ..core.textpos import common_prefix, common_suffix, diff_range

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_astral(text: str) -> bool:
    return not text.isascii() and _ASTRAL.search(text) is not None


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))


def index_from_utf16(text: str, units: int, astral: bool = True) -> int:
    """Python index of the character that starts ``units`` UTF-16 units into ``text``."""
    if not astral:
        return min(units, len(text))
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def utf16_from_index(text: str, index: int, astral: bool = True) -> int:
    if not astral:
        return index
    return utf16_len(text[:index])


__all__ = [
    "common_prefix",
    "common_suffix",
    "diff_range",
    "has_astral",
    "index_from_utf16",
    "utf16_from_index",
    "utf16_len",
]
