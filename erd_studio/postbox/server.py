"""The local test postbox as a WSGI application: the postbox contract of ERD-FORMAT.md.

``POST /postboxes/<erd id>/records`` takes ``{"data": [records]}`` with a bearer token,
checks the body against the ERD, maps every record (core.evaluate, the same code as
``erd-studio preview`` and the editor) and stores the request all-or-nothing.
``GET`` on the same URL lists what arrived, with the mapped entities. ``GET /`` lists
the postboxes (never their tokens). Every refusal is a JSON:API error document
(apierrors.py). The HTTP server around it is waitress (local.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..core.evaluate import evaluate_payload
from ..core.jsonload import parse_bytes
from ..core.model import ErdDocument, TargetProfile
from .access import RateLimiter, check_bearer
from .apierrors import ApiError, ErrorObject
from .store import DuplicateRecords, RecordStore, StoredRecord

log = logging.getLogger("erd_studio.postbox")
access_log = logging.getLogger("erd_studio.postbox.access")

MAX_BODY_BYTES = 1024 * 1024  # 1 MiB: a few thousand tickets; larger bodies get 413
MAX_RECORDS = 1000  # per request; more records get 413 (send them in several requests)
_ROUTE = re.compile(r"^/postboxes/([^/]+)/records/?$")
_JSON_TYPES = ("application/json", "application/vnd.api+json")


@dataclass
class Postbox:
    """One ERD served as a postbox, with the profile of its target and its token."""

    erd: ErdDocument
    profile: TargetProfile
    token: str

    @property
    def id(self) -> str:
        return str(self.erd.id)


class PostboxApp:
    """WSGI callable; thread-safe (the store and the rate limiter lock themselves)."""

    def __init__(
        self,
        postboxes: Iterable[Postbox],
        store: RecordStore,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_records: int = MAX_RECORDS,
        rate_limit: float | None = None,
    ) -> None:
        self.postboxes = {p.id: p for p in postboxes}
        self.store = store
        self.max_body_bytes = max_body_bytes
        self.max_records = max_records
        self.limiter = RateLimiter(rate_limit) if rate_limit else None

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        try:
            status, doc, headers = self._route(method, path, environ)
            body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        except ApiError as exc:
            status, body, headers = exc.status, exc.body(), exc.headers
        except Exception:
            log.exception("the test postbox failed on %s %s", method, path)
            exc = ApiError.one(500, "internal-error", "the test postbox failed; its log says why")
            status, body, headers = 500, exc.body(), []
        access_log.info('%s "%s %s" %d %d', environ.get("REMOTE_ADDR", "-"), method, path, status, len(body))
        start_response(
            f"{status} {_reason(status)}",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Cache-Control", "no-store"),
                *headers,
            ],
        )
        return [body]

    def _route(self, method: str, path: str, environ: dict[str, Any]) -> tuple[int, Any, list[tuple[str, str]]]:
        if path in ("", "/"):
            _allow(method, ("GET",))
            return 200, self._index(), []
        match = _ROUTE.match(path)
        if match is None:
            raise ApiError.one(404, "not-found", f"there is nothing at {path}; post to /postboxes/<erd id>/records")
        postbox = self.postboxes.get(match.group(1))
        if postbox is None:
            known = ", ".join(sorted(self.postboxes)) or "none"
            raise ApiError.one(
                404, "no-such-postbox", f'there is no postbox "{match.group(1)}"; this server has: {known}'
            )
        _allow(method, ("GET", "POST"))
        check_bearer({p.id: p.token for p in self.postboxes.values()}, postbox.id, environ.get("HTTP_AUTHORIZATION"))
        if method == "GET":
            return 200, self._listing(postbox), []
        self._throttle(postbox)
        return 201, self._create(postbox, environ), []

    def _index(self) -> dict[str, Any]:
        return {
            "data": [
                {
                    "id": p.id,
                    "type": "postbox",
                    "attributes": {"name": p.erd.name, "target": p.profile.id},
                    "links": {"records": f"/postboxes/{p.id}/records"},
                }
                for p in self.postboxes.values()
            ]
        }

    def _throttle(self, postbox: Postbox) -> None:
        wait = self.limiter.retry_after(postbox.id) if self.limiter else 0.0
        if wait > 0:
            seconds = max(1, int(wait + 0.999))
            raise ApiError.one(
                429,
                "rate-limited",
                f"too many requests; try again in {seconds} s",
                headers=[("Retry-After", str(seconds))],
            )

    def _create(self, postbox: Postbox, environ: dict[str, Any]) -> dict[str, Any]:
        body = self._read_json(environ)
        data = body.get("data") if isinstance(body, dict) else None
        if isinstance(data, list) and len(data) > self.max_records:
            raise ApiError.one(
                413,
                "too-many-records",
                f"{len(data)} records in one request; send at most {self.max_records} per request",
                pointer="/data",
            )
        results = evaluate_payload(postbox.erd, postbox.profile, body)
        if results and results[0].index is None:
            raise ApiError(422, [ErrorObject(e.code, e.message, e.pointer) for e in results[0].errors])
        problems = [ErrorObject(e.code, e.message, e.pointer) for r in results for e in r.errors]
        if problems:
            raise ApiError(422, problems)
        records = [StoredRecord(r.id, body["data"][r.index]["attributes"], r.entity) for r in results]
        try:
            self.store.add(postbox.id, records)
        except DuplicateRecords as exc:
            where = {r.id: r.index for r in results}
            raise ApiError(
                409,
                [
                    ErrorObject(
                        "already-received",
                        f'the record "{rid}" was already received by this postbox',
                        f"/data/{where[rid]}/id",
                    )
                    for rid in exc.ids
                ],
            ) from None
        return {"data": [{"id": r.id, "type": postbox.profile.id, "attributes": r.entity} for r in results]}

    def _read_json(self, environ: dict[str, Any]) -> Any:
        content_type = environ.get("CONTENT_TYPE", "")
        media, _, params = content_type.partition(";")
        if media.strip().lower() not in _JSON_TYPES:
            shown = media.strip() or "none"
            raise ApiError.one(
                415,
                "unsupported-media-type",
                f"the body must be sent as Content-Type: application/json (got {shown})",
                header="Content-Type",
            )
        charset = re.search(r"charset\s*=\s*\"?([\w-]+)", params, re.I)
        if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
            raise ApiError.one(415, "unsupported-charset", "the body must be UTF-8 JSON", header="Content-Type")
        raw = self._read_body(environ)
        parsed = parse_bytes(raw)
        if not parsed.ok:
            d = parsed.diagnostics[0]
            reason = d.message.removeprefix("not valid JSON: ").split("; an ERD")[0]
            detail = f"the body is not valid JSON at line {d.line}, column {d.column}: {reason}"
            raise ApiError.one(415, "invalid-json", detail, pointer="")
        return parsed.data

    def _read_body(self, environ: dict[str, Any]) -> bytes:
        limit = self.max_body_bytes
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            raise _too_large(length, limit)
        raw = environ["wsgi.input"].read(limit + 1)
        if len(raw) > limit:
            raise _too_large(len(raw), limit)
        return raw

    def _listing(self, postbox: Postbox) -> dict[str, Any]:
        return {
            "data": [
                {
                    "id": r.id,
                    "type": postbox.profile.id,
                    "attributes": r.entity,
                    "meta": {"receivedAt": r.received_at, "sent": r.attributes},
                }
                for r in self.store.records(postbox.id)
            ]
        }


def _too_large(size: int, limit: int) -> ApiError:
    return ApiError.one(
        413,
        "body-too-large",
        f"the body has {size} bytes; the limit is {limit} bytes; send fewer records per request",
        pointer="",
    )


def _allow(method: str, allowed: tuple[str, ...]) -> None:
    if method not in allowed:
        raise ApiError.one(
            405, "method-not-allowed", f"use {' or '.join(allowed)} here", headers=[("Allow", ", ".join(allowed))]
        )


def _reason(status: int) -> str:
    from http import HTTPStatus

    return HTTPStatus(status).phrase
