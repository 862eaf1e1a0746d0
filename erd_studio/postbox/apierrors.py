"""JSON:API error documents of the local test postbox (ERD-FORMAT.md, "Postbox contract").

Every refusal is an ``ApiError`` raised inside the request handler and turned into
``{"errors": [{"status", "code", "title", "detail", "source"}]}`` in one place, so
that no path answers with HTML, a traceback or a bare status line. ``source`` holds a
``pointer`` into the request body for body problems, or a ``header`` for a problem
with a request header (JSON:API 1.1), or is left out where neither applies (404).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

MAX_LISTED_ERRORS = 100

TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Token not valid for this postbox",
    404: "No such postbox",
    405: "Method not allowed",
    409: "Record already received",
    413: "Request too large",
    415: "Not a JSON request",
    422: "Record does not satisfy the ERD",
    429: "Too many requests",
    500: "Internal error of the test postbox",
}


@dataclass(frozen=True)
class ErrorObject:
    """One entry of ``errors``."""

    code: str
    detail: str
    pointer: str | None = None
    header: str | None = None

    def to_json(self, status: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "status": str(status),
            "code": self.code,
            "title": TITLES.get(status, HTTPStatus(status).phrase),
            "detail": self.detail,
        }
        if self.pointer is not None:
            out["source"] = {"pointer": self.pointer}
        elif self.header is not None:
            out["source"] = {"header": self.header}
        return out


@dataclass
class ApiError(Exception):
    """A refusal: HTTP status, one or more error objects, and extra response headers."""

    status: int
    errors: list[ErrorObject]
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def one(
        cls,
        status: int,
        code: str,
        detail: str,
        pointer: str | None = None,
        header: str | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> ApiError:
        return cls(status, [ErrorObject(code, detail, pointer, header)], headers or [])

    def document(self) -> dict[str, Any]:
        shown = self.errors[:MAX_LISTED_ERRORS]
        doc: dict[str, Any] = {"errors": [e.to_json(self.status) for e in shown]}
        if len(self.errors) > len(shown):
            doc["meta"] = {"errorCount": len(self.errors), "listed": len(shown)}
        return doc

    def body(self) -> bytes:
        return json.dumps(self.document(), ensure_ascii=False).encode("utf-8")
