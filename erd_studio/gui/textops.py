"""Small text helpers shared by the Document and the source view (no widgets).

Qt counts text positions in UTF-16 code units, Python in code points; they differ only
when the text holds characters outside the Basic Multilingual Plane (emoji and the
like). The conversions below take a fast path when there are none.
"""

from __future__ import annotations

import re

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


def common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by bisection on slice equality (memcmp, not a Python loop)."""
    lo, hi = 0, min(len(a), len(b))
    if a[:hi] == b[:hi]:
        return hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix, at most ``limit`` characters."""
    lo, hi = 0, min(len(a), len(b), limit)
    if hi and a[len(a) - hi :] == b[len(b) - hi :]:
        return hi
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def diff_range(old: str, new: str) -> tuple[int, int, str]:
    """The smallest single replacement turning ``old`` into ``new``: (start, removed length, inserted)."""
    start = common_prefix(old, new)
    tail = common_suffix(old, new, min(len(old), len(new)) - start)
    return start, len(old) - start - tail, new[start : len(new) - tail]
