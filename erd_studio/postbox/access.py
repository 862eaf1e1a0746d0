"""Who may post: bearer tokens (generated, or from the environment) and an optional rate limit.

A token reaches only the response of the process that made it (printed once by the
CLI, or handed to tests through ``LocalPostbox.tokens``); no message, log line or
error document contains it.
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
import time
from collections.abc import Iterable, Mapping

from .apierrors import ApiError

TOKEN_ENV = "ERD_STUDIO_POSTBOX_TOKEN"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_env_name(erd_id: str) -> str:
    """The variable that holds one postbox's token, e.g. ERD_STUDIO_POSTBOX_TOKEN_YOUTRACK_HIGH_SEVERITY."""
    return f"{TOKEN_ENV}_{re.sub(r'[^A-Za-z0-9]', '_', erd_id).upper()}"


def tokens_from_environment(erd_ids: Iterable[str], environ: Mapping[str, str]) -> dict[str, str]:
    """Tokens given in the environment: per postbox, else the common one; others are left out."""
    tokens = {}
    for erd_id in erd_ids:
        value = environ.get(token_env_name(erd_id)) or environ.get(TOKEN_ENV)
        if value:
            tokens[erd_id] = value
    return tokens


class RateLimiter:
    """Token bucket per postbox, so that a sender's handling of 429 can be tried for real."""

    def __init__(self, per_second: float) -> None:
        self.rate = per_second
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}

    def retry_after(self, key: str) -> float:
        """0 when a request may pass now, else the seconds to wait."""
        with self._lock:
            now = time.monotonic()
            level, last = self._buckets.get(key, (self.rate, now))
            level = min(self.rate, level + (now - last) * self.rate)
            if level >= 1:
                self._buckets[key] = (level - 1, now)
                return 0.0
            self._buckets[key] = (level, now)
            return (1 - level) / self.rate


def check_bearer(tokens: Mapping[str, str], postbox_id: str, header: str | None) -> None:
    """Refuse (401/403) unless ``header`` carries the token of ``postbox_id``.

    Tokens are compared in constant time, and never appear in a message or a log.
    """
    challenge = [("WWW-Authenticate", 'Bearer realm="erd-studio test postbox"')]
    if not header:
        raise ApiError.one(
            401,
            "missing-token",
            "send the postbox token: Authorization: Bearer <token>",
            header="Authorization",
            headers=challenge,
        )
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError.one(
            401,
            "invalid-authorization",
            'the Authorization header must read "Bearer <token>"',
            header="Authorization",
            headers=challenge,
        )
    matches = [pid for pid, known in tokens.items() if hmac.compare_digest(known.encode(), token.encode())]
    if postbox_id in matches:
        return
    if matches:
        raise ApiError.one(
            403,
            "wrong-postbox",
            f'this token belongs to another postbox, not to "{postbox_id}"',
            header="Authorization",
        )
    raise ApiError.one(
        401,
        "invalid-token",
        "the token is not valid for any postbox of this server; check it",
        header="Authorization",
        headers=challenge,
    )
