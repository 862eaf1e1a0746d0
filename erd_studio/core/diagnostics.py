"""Diagnostics: one record per problem, shared by the CLI, the problems panel and tests.

Codes are stable and never reused for another meaning (docs/diagnostics.md lists
them). Messages are written for administrators, not programmers: what is wrong and,
where it helps, what to do. The templates live in ``MESSAGES`` so that the GUI can
translate them by code while the code itself stays the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Final

from .messages import Msg, identity

ERROR: Final = "error"
WARNING: Final = "warning"

# code -> (severity, one-line summary). The summary documents the code; the message of
# each diagnostic is more specific and names the offending value.
CODES: Final[dict[str, tuple[str, str]]] = {
    "E001": (ERROR, "not valid JSON"),
    "E002": (ERROR, "does not match the ERD v1 schema"),
    "E101": (ERROR, "duplicate field key"),
    "E102": (ERROR, "mapping source names no field"),
    "E103": (ERROR, "mapping target names no attribute of the target profile"),
    "E104": (ERROR, "target attribute filled by more than one mapping"),
    "E105": (ERROR, "required target attribute not filled by any mapping"),
    "E106": (ERROR, "source field type cannot be converted to the target attribute type"),
    "E107": (ERROR, "template placeholder names no field"),
    "E108": (ERROR, "constant, lookup output or default not valid for the target attribute"),
    "E109": (ERROR, "unknown target profile"),
    "E110": (ERROR, "field default/example not valid for the field's type or constraints"),
    "E301": (ERROR, "the postbox refused a test record because of this field or mapping (422)"),
    "W201": (WARNING, "field is sent but never used by any mapping"),
    "W202": (WARNING, "optional field fills a required target attribute"),
    "W203": (WARNING, "lookup on an enum field misses some values and has no default"),
    "W204": (WARNING, "field may hold longer text than the target attribute accepts"),
}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: stable code, plain message and where it is.

    ``pointer`` is an RFC 6901 JSON pointer ("" is the whole document). ``line`` and
    ``column`` are 1-based positions in the source text (column counted in
    characters); ``end_line``/``end_column`` close the range to underline. Rules that
    blame a property itself (unknown, not applicable, unused) set ``at_key``.
    """

    code: str
    message: str
    pointer: str = ""
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    at_key: bool = False  # place it on the property's key rather than its value
    text: Msg | None = field(default=None, compare=False)  # the translatable form of ``message``

    @property
    def severity(self) -> str:
        return CODES[self.code][0]

    def localized(self, translate: Callable[[str], str] = identity) -> str:
        """The message in the user's language (``translate`` maps English templates)."""
        return self.text.render(translate) if self.text is not None else self.message

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def at(self, line: int, column: int, end_line: int | None = None, end_column: int | None = None) -> Diagnostic:
        return replace(self, line=line, column=column, end_line=end_line, end_column=end_column)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "pointer": self.pointer,
            "line": self.line,
            "column": self.column,
            "endLine": self.end_line,
            "endColumn": self.end_column,
        }


def make(code: str, text: Msg, pointer: str = "", **place: Any) -> Diagnostic:
    """A diagnostic whose message is rendered from a translatable ``Msg``."""
    return Diagnostic(code, text.render(), pointer, text=text, **place)


def sort_key(d: Diagnostic) -> tuple[int, int, str]:
    return (d.line, d.column, d.code)


def pointer_join(*parts: str | int) -> str:
    """Build a JSON pointer from unescaped reference tokens."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def pointer_split(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def error_count(diags: list[Diagnostic]) -> int:
    return sum(1 for d in diags if d.is_error)
